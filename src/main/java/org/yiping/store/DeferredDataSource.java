package org.yiping.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose database is chosen later. Hibernate boots against it before anyone has signed in (the data key
 * is not known yet); the real pool is attached once the store is opened and detached at sign-out.
 */
final class DeferredDataSource implements DataSource {
  private volatile DataSource target;

  void attach(DataSource ds) {
    this.target = ds;
  }

  void detach() {
    this.target = null;
  }

  private DataSource target() throws SQLException {
    DataSource t = target;
    if (t == null) {
      throw new SQLException("The store is not open (nobody is signed in).");
    }
    return t;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return target().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target().isWrapperFor(iface);
  }
}

package org.yiping.centre;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;

/**
 * The centre's database: embedded H2 in the data folder by default, PostgreSQL when given a JDBC URL. The same
 * migrations ({@code db/centre}) and the same plain-SQL code run on both.
 */
public final class CentreStore implements AutoCloseable {
  static final String MIGRATIONS = "classpath:db/centre";
  private final HikariDataSource ds;
  private final boolean postgres;

  private CentreStore(HikariDataSource ds, boolean postgres) {
    this.ds = ds;
    this.postgres = postgres;
  }

  /** The embedded H2 file of a data folder; AUTO_SERVER lets the admin commands open it while the server runs. */
  public static String h2Url(Path dataDir) {
    // MAX_COMPACT_TIME=0 as on the laptop: H2 2.3.232 can corrupt a file while compacting it on close.
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("centre") + ";AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0";
  }

  public static CentreStore open(String jdbcUrl, String user, String password, int poolSize) {
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl(jdbcUrl);
    if (user != null) {
      cfg.setUsername(user);
    }
    if (password != null) {
      cfg.setPassword(password);
    }
    cfg.setMaximumPoolSize(poolSize);
    cfg.setAutoCommit(false);
    cfg.setPoolName("centre");
    HikariDataSource ds = new HikariDataSource(cfg);
    try {
      Flyway.configure().dataSource(ds).locations(MIGRATIONS).table("centre_schema_history").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new CentreStore(ds, jdbcUrl.startsWith("jdbc:postgresql:"));
  }

  public boolean postgres() {
    return postgres;
  }

  @FunctionalInterface
  public interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
  }

  /** One transaction: commit on return, roll back on any exception. */
  public <T> T tx(SqlWork<T> work) {
    try (Connection c = ds.getConnection()) {
      try {
        T result = work.apply(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("centre database: " + e.getSQLState(), e);
    }
  }

  static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Instant t) {
        ps.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
      } else {
        ps.setObject(i + 1, a);
      }
    }
    return ps;
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static Timestamp ts(Instant t) {
    return Timestamp.from(t);
  }

  @Override
  public void close() {
    ds.close();
  }
}

package org.yiping.security;

import org.yiping.store.Database;

/**
 * An open store and who opened it. Owns the data key while the session lasts; {@link #close()} closes the database
 * and wipes the key.
 */
public final class Unlocked implements AutoCloseable {
  private final Database database;
  private final byte[] dataKey;
  private final Session session;
  private final boolean mustChangePassword;

  Unlocked(Database database, byte[] dataKey, Session session, boolean mustChangePassword) {
    this.database = database;
    this.dataKey = dataKey;
    this.session = session;
    this.mustChangePassword = mustChangePassword;
  }

  public Database database() {
    return database;
  }

  public Session session() {
    return session;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** For {@link Accounts} only: wrapping the key for a new or reset user needs it. */
  byte[] dataKey() {
    return dataKey;
  }

  @Override
  public void close() {
    try {
      database.close();
    } finally {
      java.util.Arrays.fill(dataKey, (byte) 0);
    }
  }
}

package org.yiping.centre;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;
import org.h2.tools.ChangeFileEncryption;
import org.yiping.core.PrivateFiles;
import org.yiping.core.UserFacingException;

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

  static final String H2_STEM = "centre";
  /** The plain file's copy while it is being encrypted; deleted once the encrypted file has opened. */
  static final String PLAIN_BACKUP = "plain-backup-centre.mv";

  /**
   * The embedded H2 file of a data folder, AES-encrypted; AUTO_SERVER lets the admin commands open it while the
   * server runs.
   */
  public static String h2Url(Path dataDir) {
    // MAX_COMPACT_TIME=0 as on the laptop: H2 2.3.232 can corrupt a file while compacting it on close.
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(H2_STEM)
        + ";CIPHER=AES;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0";
  }

  /** H2's "filePassword userPassword", both derived from the data key, so the key alone opens the file. */
  static String h2Password(CentreDataKey key) {
    HexFormat hex = HexFormat.of();
    return hex.formatHex(key.derive("h2 file")) + " " + hex.formatHex(key.derive("h2 user"));
  }

  private static Path h2File(Path dataDir) {
    return dataDir.resolve(H2_STEM + ".mv.db");
  }

  /** Whether the folder's H2 file exists and starts with {@code prefix} (plain files start "H:2,", sealed "H2encrypt"). */
  private static boolean h2FileStarts(Path dataDir, String prefix) throws IOException {
    Path f = h2File(dataDir);
    if (!Files.exists(f)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(f)) {
      return new String(in.readNBytes(prefix.length()), StandardCharsets.ISO_8859_1).equals(prefix);
    }
  }

  static boolean h2Encrypted(Path dataDir) throws IOException {
    return h2FileStarts(dataDir, "H2encrypt");
  }

  /**
   * Opens the encrypted H2 store of {@code dataDir}. A plain file left by an older centre is first encrypted in
   * place (after a copy, restored if anything fails; the copy is deleted once the encrypted file has opened).
   */
  public static CentreStore openH2(Path dataDir, CentreDataKey key, int poolSize) {
    String password = h2Password(key);
    Path backup = dataDir.resolve(PLAIN_BACKUP);
    try {
      if (h2FileStarts(dataDir, "H:2,")) {
        encryptPlainFile(dataDir, password, backup);
      }
    } catch (IOException e) {
      throw new UserFacingException(e, "centre.store.cannotEncrypt", h2File(dataDir).toString());
    }
    CentreStore store;
    try {
      store = open(h2Url(dataDir), null, password, poolSize);
    } catch (RuntimeException e) {
      if (causedBy(e, 90049)) { // "Encryption error": the file was sealed with another key
        throw new UserFacingException(e, "centre.key.wrong", String.valueOf(key.file()), h2File(dataDir).toString());
      }
      throw e;
    }
    try {
      Files.deleteIfExists(backup);
    } catch (IOException e) {
      store.close();
      throw new UncheckedIOException(e);
    }
    return store;
  }

  private static void encryptPlainFile(Path dataDir, String password, Path backup) throws IOException {
    Path file = h2File(dataDir);
    Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
    PrivateFiles.file(backup);
    String filePassword = password.substring(0, password.indexOf(' '));
    String userPassword = password.substring(password.indexOf(' ') + 1);
    try {
      ChangeFileEncryption.execute(dataDir.toAbsolutePath().toString(), H2_STEM, "AES", null,
          filePassword.toCharArray(), true);
      // The plain file's only user is H2's default "" without a password: give it the key's user password.
      try (Connection c = DriverManager.getConnection(h2Url(dataDir) + ";IFEXISTS=TRUE", "", filePassword + " ");
          Statement st = c.createStatement()) {
        st.execute("ALTER USER \"\" SET PASSWORD '" + userPassword + "'");
      }
    } catch (SQLException | RuntimeException e) {
      Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
      throw new UserFacingException(e, "centre.store.cannotEncrypt", file.toString());
    }
  }

  private static boolean causedBy(Throwable e, int h2ErrorCode) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getErrorCode() == h2ErrorCode) {
        return true;
      }
    }
    return false;
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

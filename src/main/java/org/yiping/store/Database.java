package org.yiping.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.yiping.core.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local store: one AES-encrypted H2 file in the user's data folder (ADR 0004). Opening it migrates the schema with
 * Flyway (after a backup of the file when migrations are pending), then starts Hibernate, which only validates.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  public static final String FILE_STEM = "yiping";
  public static final String FILE_NAME = FILE_STEM + ".mv.db";
  private static final String DB_USER = "YIPING";
  private static final int BACKUPS_KEPT = 5;
  static final String MIGRATIONS = "classpath:db/migration";

  private final HikariDataSource dataSource;
  private final PersistenceUnit unit;
  private final Transactions transactions;
  private final MigrateResult migration;

  private Database(HikariDataSource dataSource, PersistenceUnit unit, MigrateResult migration) {
    this.dataSource = dataSource;
    this.unit = unit;
    this.transactions = new Transactions(unit.emf());
    this.migration = migration;
  }

  public static boolean exists(Path dataDir) {
    return Files.exists(dataDir.resolve(FILE_NAME));
  }

  /** Creates a new, empty, encrypted database. Refuses to overwrite an existing one. */
  public static Database create(Path dataDir, byte[] dataKey, PersistenceUnit unit, Clock clock) {
    if (exists(dataDir)) {
      throw new UserFacingException("error.database.exists", dataDir.toString());
    }
    try {
      org.yiping.core.PrivateFiles.directory(dataDir);
    } catch (IOException e) {
      throw new UserFacingException(e, "error.database.folder", dataDir.toString());
    }
    return start(dataDir, dataKey, unit, clock, false, MIGRATIONS);
  }

  /** Opens an existing database. {@code IFEXISTS=TRUE}: a wrong path never silently makes an empty database. */
  public static Database open(Path dataDir, byte[] dataKey, PersistenceUnit unit, Clock clock) {
    return open(dataDir, dataKey, unit, clock, MIGRATIONS);
  }

  /** With extra migration locations: how tests stand in for a newer version of the app. */
  static Database open(Path dataDir, byte[] dataKey, PersistenceUnit unit, Clock clock, String... locations) {
    if (!exists(dataDir)) {
      throw new UserFacingException("error.database.missing", dataDir.toString());
    }
    return start(dataDir, dataKey, unit, clock, true, locations);
  }

  private static Database start(Path dataDir, byte[] dataKey, PersistenceUnit unit, Clock clock,
      boolean mustExist, String... locations) {
    // MAX_COMPACT_TIME=0: no compaction while closing. H2 2.3.232's compaction on close can leave a file that
    // will not open again ("Double mark", h2database issues 2752 and 4123), seen here after a session of photos;
    // ReopenAfterPhotosTest keeps it away. The file is still compacted in the background while it is open.
    String url = "jdbc:h2:file:" + dataDir.resolve(FILE_STEM).toAbsolutePath()
        + ";CIPHER=AES;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    String password = passwordFor(dataKey);

    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(DB_USER);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setAutoCommit(false);
    config.setPoolName("yiping-store");
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw openFailure(e);
    }
    try {
      // The pool holds the database open from here on: the backup check, the migration and the session share one
      // open of the file (opening a large encrypted file twice cost seconds).
      Backup backup = backupIfMigrationsPending(ds, dataDir, clock, mustExist, locations);
      MigrateResult result;
      try {
        result = flyway(ds, locations).migrate();
      } catch (RuntimeException e) {
        throw backup == null ? e : undoUpgrade(ds, dataDir, backup, e);
      }
      unit.attach(ds);
      try {
        // Entities and schema must agree before anything is read or written (Hibernate validates, never changes).
        unit.validateSchema();
      } catch (RuntimeException e) {
        unit.detach();
        // Migrated but unusable: the upgrade did not complete, so the user gets the file from before it back.
        throw backup == null || result.migrationsExecuted == 0 ? e : undoUpgrade(ds, dataDir, backup, e);
      }
      return new Database(ds, unit, result);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  /** The copy taken before migrating, and the schema version the migration was heading for. */
  private record Backup(Path file, String targetVersion) {}

  /**
   * A failed upgrade: closes the file and puts the backup taken just before back in its place, so the data is exactly
   * as it was before this start (H2 commits DDL at once, so a half-run migration cannot simply roll back). The
   * returned exception tells the user what happened and where the backup is.
   */
  private static UserFacingException undoUpgrade(HikariDataSource ds, Path dataDir, Backup backup,
      RuntimeException failure) {
    // The migration's error can quote the failing SQL or data; its class names the problem well enough for the log.
    LOG.error("Upgrading the database to version {} failed ({}); restoring the backup taken before it",
        backup.targetVersion(), failure.getClass().getName());
    ds.close();
    try {
      restore(backup.file(), dataDir);
    } catch (IOException | RuntimeException e) {
      LOG.error("Restoring the backup failed: {}", e.getClass().getName());
      UserFacingException u = new UserFacingException(failure, "error.database.restoreFailed",
          backup.targetVersion(), backup.file().toString(), dataDir.toString());
      u.addSuppressed(e);
      return u;
    }
    LOG.info("Backup restored; the database is as it was before the upgrade");
    return new UserFacingException(failure, "error.database.upgradeFailed", backup.targetVersion(),
        backup.file().toString());
  }

  /** Replaces the database file with the one in an H2 backup zip: written beside it first, then moved over it. */
  static void restore(Path backupZip, Path dataDir) throws IOException {
    Path target = dataDir.resolve(FILE_NAME);
    Path partial = dataDir.resolve(FILE_NAME + ".restoring");
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backupZip))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(FILE_NAME)) {
          Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
          try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true); // on disk before it replaces the only other copy of the data
          }
          Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          return;
        }
      }
    } finally {
      Files.deleteIfExists(partial);
    }
    throw new IOException("the backup holds no " + FILE_NAME);
  }

  private static Flyway flyway(javax.sql.DataSource ds, String... locations) {
    return Flyway.configure().dataSource(ds).locations(locations).load();
  }

  private static UserFacingException openFailure(Throwable e) {
    // A damaged file surfaces as an "encryption error" too; it must not be reported as a wrong key.
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.h2.mvstore.MVStoreException) {
        return new UserFacingException(e, "error.database.damaged");
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD
          || sql.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1)) {
        return new UserFacingException(e, "error.database.wrongKey");
      }
    }
    return new UserFacingException(e, "error.database.open");
  }

  /**
   * Copies the database (H2's online BACKUP, still encrypted) before any migration touches it, so a failed upgrade
   * can be undone. A brand-new database has nothing to lose and is not copied. Returns null when nothing was
   * copied.
   */
  private static Backup backupIfMigrationsPending(HikariDataSource ds, Path dataDir, Clock clock, boolean existing,
      String... locations) {
    if (!existing) {
      return null;
    }
    try (Connection c = ds.getConnection()) {
      MigrationInfoService info = Flyway.configure().dataSource(ds).locations(locations).load().info();
      MigrationInfo current = info.current();
      MigrationInfo[] pending = info.pending();
      if (current == null || pending.length == 0) {
        return null;
      }
      Path dir = dataDir.resolve("backups");
      Files.createDirectories(dir);
      String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
      Path target = dir.resolve(FILE_STEM + "-" + stamp + "-before-v" + pending[0].getVersion() + ".zip");
      try (PreparedStatement st = c.prepareStatement("BACKUP TO ?")) {
        st.setString(1, target.toAbsolutePath().toString());
        st.execute();
      }
      LOG.info("Database backed up before migrating from version {}", current.getVersion());
      pruneBackups(dir);
      return new Backup(target, pending[pending.length - 1].getVersion().toString());
    } catch (SQLException e) {
      throw openFailure(e);
    } catch (IOException e) {
      throw new UserFacingException(e, "error.database.backup", dataDir.toString());
    }
  }

  private static void pruneBackups(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> old = files.filter(p -> p.getFileName().toString().endsWith(".zip"))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
          .skip(BACKUPS_KEPT).toList();
      for (Path p : old) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** H2 takes "filePassword userPassword": both come from the data key, so the key alone opens the file. */
  static String passwordFor(byte[] dataKey) {
    try {
      HexFormat hex = HexFormat.of();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("yiping-db-user".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      byte[] user = sha.digest(dataKey);
      return hex.formatHex(dataKey) + " " + hex.formatHex(user);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the whole open path once on a throw-away in-memory database (pool, migrations, schema validation, a query)
   * so the classes are loaded and compiled before the user signs in: the real open then takes a fraction of the
   * time. Leaves the unit detached.
   */
  public static void warmUp(PersistenceUnit unit, Clock clock) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:yiping-warm-up-" + System.nanoTime() + ";DB_CLOSE_DELAY=0");
    config.setUsername(DB_USER);
    config.setPassword("");
    config.setMaximumPoolSize(2); // Flyway holds one connection for its lock and migrates on another
    config.setAutoCommit(false);
    config.setPoolName("yiping-warm-up");
    try (HikariDataSource ds = new HikariDataSource(config)) {
      flyway(ds, MIGRATIONS).migrate();
      unit.attach(ds);
      try {
        unit.validateSchema();
        new Database(ds, unit, null).count(org.yiping.store.Setting.class);
      } finally {
        unit.detach();
      }
    }
  }

  /** Counts the rows of one entity: the self-test's proof that Hibernate and the schema agree. */
  public long count(Class<?> entity) {
    return transactions.read(w -> w.em().createQuery("select count(e) from " + entity.getSimpleName() + " e",
        Long.class).getSingleResult());
  }

  public Transactions tx() {
    return transactions;
  }

  /** Migrations applied by this open (0 when the schema was current). */
  public int migrationsApplied() {
    return migration.migrationsExecuted;
  }

  public String schemaVersion() {
    return migration.targetSchemaVersion != null ? migration.targetSchemaVersion : migration.initialSchemaVersion;
  }

  /** Closes the pool (and so the H2 file); the booted persistence unit stays for the next sign-in. */
  @Override
  public void close() {
    try {
      unit.detach();
    } finally {
      dataSource.close();
    }
  }

  /** Deletes a database folder's files; for tests and the self-test's temporary database. */
  public static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

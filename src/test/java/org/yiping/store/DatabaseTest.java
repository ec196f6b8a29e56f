package org.yiping.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.core.UserFacingException;
import org.yiping.security.AppUser;
import org.yiping.support.TestEntities;

class DatabaseTest {
  static PersistenceUnit unit;
  @TempDir Path dir;
  final byte[] key = new byte[32];

  @BeforeAll
  static void boot() {
    unit = PersistenceUnit.boot(TestEntities.all());
  }

  @AfterAll
  static void shutDown() {
    unit.close();
  }

  DatabaseTest() {
    new SecureRandom().nextBytes(key);
  }

  @Test
  void aWrongPathIsRefusedInsteadOfCreatingAnEmptyDatabase() {
    assertThatThrownBy(() -> Database.open(dir.resolve("nowhere"), key, unit, Clock.systemUTC()))
        .hasMessage("error.database.missing");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void theWrongKeyDoesNotOpenTheFile() {
    Database.create(dir, key, unit, Clock.systemUTC()).close();
    byte[] other = key.clone();
    other[0] ^= 1;
    assertThatThrownBy(() -> Database.open(dir, other, unit, Clock.systemUTC()))
        .isInstanceOf(UserFacingException.class);
  }

  @Test
  void pendingMigrationsRunOnceAfterABackupOfTheFile() throws Exception {
    Database.create(dir, key, unit, Clock.systemUTC()).close();
    try (Database db = Database.open(dir, key, unit, Clock.systemUTC(), Database.MIGRATIONS,
        "classpath:db/upgrade-test")) {
      assertThat(db.migrationsApplied()).isEqualTo(1);
      assertThat(db.schemaVersion()).isEqualTo("900");
      assertThat(db.count(AppUser.class)).isZero();
    }
    try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
      assertThat(backups.toList()).singleElement()
          .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-before-v900.zip"));
    }
    // Opened again: nothing pending, no second backup.
    try (Database db = Database.open(dir, key, unit, Clock.systemUTC(), Database.MIGRATIONS,
        "classpath:db/upgrade-test")) {
      assertThat(db.migrationsApplied()).isZero();
    }
    try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
      assertThat(backups.count()).isEqualTo(1);
    }
  }

  @Test
  void aSchemaThatDoesNotMatchTheEntitiesIsRefused() throws Exception {
    Database.create(dir, key, unit, Clock.systemUTC()).close();
    String url = "jdbc:h2:file:" + dir.resolve(Database.FILE_STEM).toAbsolutePath() + ";CIPHER=AES;IFEXISTS=TRUE";
    try (Connection c = DriverManager.getConnection(url, "YIPING", Database.passwordFor(key))) {
      c.createStatement().execute("ALTER TABLE elder DROP COLUMN notes");
    }
    assertThatThrownBy(() -> Database.open(dir, key, unit, Clock.systemUTC())).hasMessage("error.database.schema");
    // The unit is free again for a correct store.
    Path other = dir.resolve("other");
    Database.create(other, key, unit, Clock.systemUTC()).close();
  }
}

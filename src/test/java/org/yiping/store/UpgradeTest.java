package org.yiping.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.AppContext;
import org.yiping.app.Json;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.ElderDraft;
import org.yiping.report.ReportSamples;
import org.yiping.security.KdfParams;
import org.yiping.security.KeyRing;
import org.yiping.support.TestEntities;
import org.yiping.testdata.AssessmentWorld;

/**
 * Upgrading a store full of data made by this version (migrations V1..V7 and the real services) to a "next version":
 * the same store opened with an extra, test-only migration location. Every row of every table is compared before and
 * after, on the real encrypted file.
 */
class UpgradeTest {
  static PersistenceUnit unit;
  @TempDir Path dir;
  byte[] key;
  UUID elderId;
  UUID assessmentId;
  List<UUID> moreElders = new ArrayList<>();

  @BeforeAll
  static void boot() {
    unit = PersistenceUnit.boot(TestEntities.all());
  }

  @AfterAll
  static void shutDown() {
    unit.close();
  }

  /** Version N's data: users, elders, a finalized assessment, its audit trail and outbox rows. */
  @BeforeEach
  void dataOfTheCurrentVersion() {
    try (AssessmentWorld world = new AssessmentWorld(dir)) {
      elderId = world.elderId;
      assessmentId = world.finalizedGbt(1);
      try (Workspace admin = world.admin()) {
        for (int i = 0; i < 5; i++) {
          String id = ReportSamples.idNumber("650102", LocalDate.of(1940 + i, 1 + i, 10 + i), i % 2 == 0);
          moreElders.add(admin.elders().create(ElderDraft.minimal("阿依古丽" + i, id, "650102002002")).id());
        }
      }
    }
    key = new KeyRing(dir.resolve(KeyRing.FILE_NAME), Json.newMapper(), KdfParams.FAST_FOR_TESTS)
        .unlock("admin", "Xinjiang2026".toCharArray()).orElseThrow();
  }

  @Test
  void anUpgradeWithANewMigrationKeepsEveryRecordAndRunsOnce() throws Exception {
    Map<String, List<String>> before = everyRow();
    String versionBefore = schemaVersion();

    try (Database db = Database.open(dir, key, unit, Clock.systemUTC(), Database.MIGRATIONS,
        "classpath:db/upgrade-add-column")) {
      assertThat(db.migrationsApplied()).isEqualTo(1);
      assertThat(db.schemaVersion()).isEqualTo("900");
    }
    assertThat(everyRow()).isEqualTo(before);
    assertThat(backups()).singleElement()
        .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-before-v900.zip"));
    try (Connection c = connect(); Statement st = c.createStatement()) {
      assertThat(count(st, "SELECT COUNT(*) FROM elder WHERE upgrade_note = 'migrated'")).isEqualTo(6);
      assertThat(count(st, "SELECT COUNT(*) FROM upgrade_test_log")).isEqualTo(1);
    }

    // The next start of the new version: nothing pending, no second backup, the migration's row still single.
    try (Database db = Database.open(dir, key, unit, Clock.systemUTC(), Database.MIGRATIONS,
        "classpath:db/upgrade-add-column")) {
      assertThat(db.migrationsApplied()).isZero();
    }
    assertThat(backups()).hasSize(1);
    try (Connection c = connect(); Statement st = c.createStatement()) {
      assertThat(count(st, "SELECT COUNT(*) FROM upgrade_test_log")).isEqualTo(1);
    }
    assertThat(versionBefore).isNotEqualTo("900");

    // And through the services, as a user would look: the files, the assessment and an intact audit chain.
    try (AppContext app = new AppContext(dir, Clock.systemUTC(), Messages.CHINESE, KdfParams.FAST_FOR_TESTS);
        Workspace admin = app.open(app.vault().signIn("admin", "Xinjiang2026".toCharArray()))) {
      assertThat(admin.elders().count()).isEqualTo(6);
      assertThat(admin.elders().get(elderId).name()).isEqualTo("张秀兰");
      for (int i = 0; i < moreElders.size(); i++) {
        assertThat(admin.elders().get(moreElders.get(i)).name()).isEqualTo("阿依古丽" + i);
      }
      assertThat(admin.audit().verify().intact()).isTrue();
    }
  }

  @Test
  void aFailedMigrationRestoresTheBackupAndSaysWhereItIs() throws Exception {
    Map<String, List<String>> before = everyRow();
    String versionBefore = schemaVersion();

    assertThatThrownBy(() -> Database.open(dir, key, unit, Clock.systemUTC(), Database.MIGRATIONS,
        "classpath:db/upgrade-failing"))
        .isInstanceOfSatisfying(UserFacingException.class, e -> {
          assertThat(e.key()).isEqualTo("error.database.upgradeFailed");
          Path backup = Path.of(e.args()[1].toString());
          assertThat(backup).exists().hasParent(dir.resolve("backups"));
          assertThat(e.render(Messages.chinese()))
              .contains("升级本地数据库（到结构版本 900）失败", "没有丢失", backup.toString());
        });

    // Every record as before, including the column and the rows the migration destroyed; no trace of the attempt.
    assertThat(everyRow()).isEqualTo(before);
    assertThat(schemaVersion()).isEqualTo(versionBefore);
    try (Connection c = connect(); Statement st = c.createStatement()) {
      assertThat(count(st, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")).isZero();
    }
    assertThat(dir.resolve(Database.FILE_NAME + ".restoring")).doesNotExist();
    // The current version opens it as usual.
    try (Database db = Database.open(dir, key, unit, Clock.systemUTC())) {
      assertThat(db.migrationsApplied()).isZero();
      assertThat(db.schemaVersion()).isEqualTo(versionBefore);
    }
  }

  @Test
  void aMigrationThatLeavesAnUnusableSchemaIsUndoneToo() throws Exception {
    Map<String, List<String>> before = everyRow();

    assertThatThrownBy(() -> Database.open(dir, key, unit, Clock.systemUTC(), Database.MIGRATIONS,
        "classpath:db/upgrade-breaks-schema"))
        .isInstanceOfSatisfying(UserFacingException.class,
            e -> assertThat(e.key()).isEqualTo("error.database.upgradeFailed"));

    assertThat(everyRow()).isEqualTo(before);
    try (Database db = Database.open(dir, key, unit, Clock.systemUTC())) {
      assertThat(db.count(org.yiping.elder.Elder.class)).isEqualTo(6);
    }
  }

  @Test
  void aBackupWithoutTheDatabaseFileIsNotRestoredOverTheData() throws Exception {
    Path zip = dir.resolve("empty.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("other.txt"));
      out.write(1);
    }
    long size = Files.size(dir.resolve(Database.FILE_NAME));
    assertThatThrownBy(() -> Database.restore(zip, dir)).isInstanceOf(java.io.IOException.class);
    assertThat(Files.size(dir.resolve(Database.FILE_NAME))).isEqualTo(size);
  }

  /** Every row of every table of the current version, as text, sorted; only the columns it has. */
  private Map<String, List<String>> everyRow() throws SQLException {
    Map<String, List<String>> rows = new TreeMap<>();
    try (Connection c = connect(); Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
          + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'"
          + " AND TABLE_NAME NOT LIKE 'UPGRADE\\_TEST\\_%'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        List<String> columns = columnsOf(c, table);
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns.size(); i++) {
              row.append(rs.getString(i)).append('|');
            }
            values.add(row.toString());
          }
        }
        values.sort(null);
        rows.put(table, values);
      }
    }
    assertThat(rows).containsKeys("ELDER", "APP_USER", "ASSESSMENT", "AUDIT_LOG", "OUTBOX");
    assertThat(rows.get("ELDER")).hasSize(6);
    assertThat(rows.get("ASSESSMENT")).isNotEmpty();
    assertThat(rows.get("OUTBOX")).isNotEmpty();
    return rows;
  }

  /** The columns of V1..V7 (a column the upgrade adds is not part of the comparison). */
  private static List<String> columnsOf(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var st = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
        + " AND TABLE_NAME = ? AND COLUMN_NAME <> 'UPGRADE_NOTE' ORDER BY ORDINAL_POSITION")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          columns.add('"' + rs.getString(1) + '"');
        }
      }
    }
    return columns;
  }

  private String schemaVersion() throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private List<Path> backups() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
      return files.toList();
    }
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Connection connect() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve(Database.FILE_STEM).toAbsolutePath() + ";CIPHER=AES;IFEXISTS=TRUE";
    return DriverManager.getConnection(url, "YIPING", Database.passwordFor(key));
  }
}

package org.yiping.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yiping.app.Json;
import org.yiping.core.UserFacingException;
import org.yiping.sync.SyncFixture;
import org.yiping.sync.protocol.Bodies;

/**
 * The centre's data at rest: the H2 file is AES-encrypted with the centre's data key (a plain file from an older
 * centre is converted at first start, its records kept), and every attachment is encrypted and authenticated, so
 * the bytes on disk are not the photo, a resumed upload still works, and a file altered on disk is not served.
 */
class CentreAtRestTest {
  /** A byte run that stands for a person's photo or ID number: it must never be found on the centre's disk. */
  private static final String MARKER = "id-650102194001011234";
  @TempDir Path dir;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aPlainCentreFromAnOlderVersionIsEncryptedAtFirstStartAndKeepsItsRecordsAndPhotos() throws Exception {
    Path data = Files.createDirectories(dir.resolve("centre"));
    // An older centre's folder: a plain H2 file at schema V2 with a record, and plain attachment files.
    String plainUrl = "jdbc:h2:file:" + data.resolve("centre").toAbsolutePath() + ";MAX_COMPACT_TIME=0";
    Flyway.configure().dataSource(plainUrl, "", "").locations(CentreStore.MIGRATIONS).table("centre_schema_history")
        .target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(plainUrl, "", "")) {
      c.createStatement().execute("INSERT INTO centre_region (code, name) VALUES ('650102', '天山区')");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO centre_record (record_id, record_type, "
          + "region_code, county_code, centre_rev, seq, content_hash, deleted, body, natural_key, device_id, "
          + "updated_by) VALUES ('0190a000-0000-7000-8000-000000000001', 'elder', '650102002002', '650102', 1, 1, ?, "
          + "FALSE, ?, '650102194001011234', 'device-a', 'li')")) {
        ps.setString(1, "0".repeat(64));
        ps.setString(2, "{\"name\":\"" + MARKER + "\"}");
        ps.executeUpdate();
      }
      c.createStatement().execute("UPDATE centre_counter SET counter_value = 1");
    }
    assertThat(contains(data.resolve("centre.mv.db"), MARKER)).as("the test can see a plain file").isTrue();
    byte[] photo = photo(400_000, 7);
    String sha = Bodies.sha256(photo);
    Path photoFile = Files.createDirectories(data.resolve("attachments").resolve(sha.substring(0, 2))).resolve(sha);
    Files.write(photoFile, photo);
    byte[] partial = photo(50_000, 8);
    String partSha = Bodies.sha256(photo(90_000, 8));
    Path partFile = Files.createDirectories(data.resolve("attachments").resolve(partSha.substring(0, 2)))
        .resolve(partSha + ".part");
    Files.write(partFile, partial);

    try (Centre centre = open(data, null)) {
      assertThat(head(data.resolve("centre.mv.db"), 9)).isEqualTo("H2encrypt");
      assertThat(contains(data.resolve("centre.mv.db"), MARKER)).isFalse();
      assertThat(data.resolve(CentreStore.PLAIN_BACKUP)).doesNotExist();
      assertThat(centre.admin().recordCounts()).isEqualTo(Map.of("elder", 1L));
      String body = centre.store().tx(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT body FROM centre_record")) {
          rs.next();
          return rs.getString(1);
        }
      });
      assertThat(body).contains(MARKER);
      // The converted store is fully usable: later migrations ran, new rows go in.
      centre.admin().addUser("test", "li", "李评估", "ASSESSOR", "650102", "Centre2026a".toCharArray());
      assertThat(centre.sync().sessions().live()).isZero();

      CentreAttachments attachments = centre.sync().attachments();
      assertThat(contains(photoFile, MARKER)).isFalse();
      assertThat(SealedFile.sealed(photoFile)).isTrue();
      assertThat(attachments.size(sha)).isEqualTo(photo.length);
      try (var in = attachments.open(sha, 0)) {
        assertThat(in.readAllBytes()).isEqualTo(photo);
      }
      assertThat(SealedFile.sealed(partFile)).isTrue();
      assertThat(attachments.received(partSha)).isEqualTo(partial.length);
      // The upload that was under way resumes on the sealed part and completes.
      byte[] rest = Arrays.copyOfRange(photo(90_000, 8), partial.length, 90_000);
      assertThat(attachments.append(partSha, partial.length, new java.io.ByteArrayInputStream(rest), true))
          .isEqualTo(CentreAttachments.Upload.COMPLETE);
      try (var in = attachments.open(partSha, 0)) {
        assertThat(in.readAllBytes()).isEqualTo(photo(90_000, 8));
      }
    }
    // The key is owner-only; started again, nothing is converted twice and everything opens.
    Path keyFile = data.resolve(CentreDataKey.FILE_NAME);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    try (Centre again = open(data, null)) {
      assertThat(again.admin().recordCounts()).isEqualTo(Map.of("elder", 1L));
      try (var in = again.sync().attachments().open(sha, 0)) {
        assertThat(in.readAllBytes()).isEqualTo(photo);
      }
    }

    // Without its key the data stays shut, and the admin is told what to do.
    Path elsewhere = dir.resolve("no-such-key");
    assertThatThrownBy(() -> open(data, elsewhere)).isInstanceOfSatisfying(UserFacingException.class,
        e -> assertThat(e.key()).isEqualTo("centre.key.missing"));
    Files.writeString(elsewhere, "ab".repeat(32));
    assertThatThrownBy(() -> open(data, elsewhere)).isInstanceOfSatisfying(UserFacingException.class,
        e -> assertThat(e.key()).isEqualTo("centre.key.wrong"));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aKeyKeptOffTheDataFolderIsNeededToOpenIt() throws Exception {
    Path data = dir.resolve("centre");
    Path keyFile = dir.resolve("usb").resolve("centre.key");
    try (Centre centre = open(data, keyFile)) {
      centre.admin().addRegion("test", "650102", "天山区");
      assertThat(centre.dataKeyFile()).isEqualTo(keyFile.toAbsolutePath());
    }
    assertThat(keyFile).exists();
    assertThat(data.resolve(CentreDataKey.FILE_NAME)).doesNotExist();
    // The data folder alone (a copy, a backup) does not open: its key is not in it.
    assertThatThrownBy(() -> open(data, null)).isInstanceOfSatisfying(UserFacingException.class,
        e -> assertThat(e.key()).isEqualTo("centre.key.missing"));
    try (Centre centre = open(data, keyFile)) {
      String region = centre.store().tx(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM centre_region")) {
          rs.next();
          return rs.getString(1);
        }
      });
      assertThat(region).isEqualTo("天山区");
    }
  }

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void photosAreEncryptedOnDiskResumeAfterACutComeBackExactlyAndAreRefusedWhenAltered(SyncFixture.Backend backend)
      throws Exception {
    try (SyncFixture f = SyncFixture.on(backend, dir)) {
      CentreTestClient li = new CentreTestClient(f.centre);
      String device = li.enrol(f.centre.admin().newEnrolmentCode("test", SyncFixture.TIANSHAN, Duration.ofHours(1)),
          "device-li");
      li.login("device-li", device, "li", SyncFixture.CENTRE_PASSWORD);
      byte[] photo = photo(700_000, 3);
      String sha = Bodies.sha256(photo);
      Path onDisk = dir.resolve("centre").resolve("attachments").resolve(sha.substring(0, 2)).resolve(sha);

      // A cut upload: the first part (ending inside an AES block) is kept, sealed; the rest resumes from there.
      int cut = 300_001;
      assertThat(li.send("PUT", "/v1/attachments/" + sha + "?offset=0&last=false", Arrays.copyOf(photo, cut))
          .status()).isEqualTo(202);
      assertThat(li.send("HEAD", "/v1/attachments/" + sha, null).header("X-Yiping-Received"))
          .isEqualTo(Integer.toString(cut));
      Path part = onDisk.resolveSibling(sha + ".part");
      assertThat(contains(part, MARKER)).isFalse();
      assertThat(li.send("PUT", "/v1/attachments/" + sha + "?offset=" + cut + "&last=true",
          Arrays.copyOfRange(photo, cut, photo.length)).status()).isEqualTo(200);

      assertThat(Files.size(onDisk)).isEqualTo(photo.length + SealedFile.HEADER + SealedFile.TAG);
      assertThat(contains(onDisk, MARKER)).isFalse();
      assertThat(li.get("/v1/attachments/" + sha).body()).isEqualTo(photo);
      assertThat(li.get("/v1/attachments/" + sha + "?from=123457").body())
          .isEqualTo(Arrays.copyOfRange(photo, 123_457, photo.length));
      assertThat(li.send("HEAD", "/v1/attachments/" + sha, null).header("X-Yiping-Received"))
          .isEqualTo(Integer.toString(photo.length));

      // From a batch file (whole bytes at once): sealed as well.
      byte[] signature = photo(20_000, 4);
      String signatureSha = Bodies.sha256(signature);
      f.centre.sync().attachments().put(signatureSha, signature);
      Path signatureFile = onDisk.getParent().getParent().resolve(signatureSha.substring(0, 2)).resolve(signatureSha);
      assertThat(contains(signatureFile, MARKER)).isFalse();
      try (var in = f.centre.sync().attachments().open(signatureSha, 0)) {
        assertThat(in.readAllBytes()).isEqualTo(signature);
      }

      // One bit changed on disk: the file is refused, never served.
      byte[] stored = Files.readAllBytes(onDisk);
      stored[SealedFile.HEADER + 5000] ^= 1;
      Files.write(onDisk, stored);
      CentreTestClient.Answer damaged = li.get("/v1/attachments/" + sha);
      assertThat(damaged.status()).isEqualTo(500);
      assertThat(damaged.error()).isEqualTo("sync.centre.attachmentDamaged");
      assertThat(damaged.json().path("message").asText()).contains("备份");
      // Another sealed file moved under this name is refused too: the tag binds a file to its name.
      Files.copy(signatureFile, onDisk, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      assertThat(li.get("/v1/attachments/" + sha).error()).isEqualTo("sync.centre.attachmentDamaged");
    }
  }

  private static Centre open(Path data, Path keyFile) {
    return new Centre(data, keyFile, null, null, null, 1000, Clock.systemUTC(), Json.newMapper());
  }

  /** Random bytes with the marker written into them every 50,000 bytes. */
  private static byte[] photo(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
    for (int at = 1000; at + marker.length < size; at += 50_000) {
      System.arraycopy(marker, 0, b, at, marker.length);
    }
    return b;
  }

  private static boolean contains(Path file, String text) throws Exception {
    byte[] hay = Files.readAllBytes(file);
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String head(Path file, int n) throws Exception {
    try (var in = Files.newInputStream(file)) {
      return new String(in.readNBytes(n), StandardCharsets.ISO_8859_1);
    }
  }
}

package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Json;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.PhotoRecord;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.Wire;
import org.yiping.testdata.AssessmentWorld;

/**
 * Photos travel apart from their records, by SHA-256: stored once however often sent, resumed from where a cut
 * upload stopped, checked against their hash; and enrolment codes work once, with the pinned certificate only.
 */
class SyncAttachmentTest {
  @TempDir Path dir;

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(SyncFixture.Backend.class)
  void aPhotoGoesUpOnceResumesAfterACutAndComesDownByteForByte(SyncFixture.Backend backend) throws Exception {
    try (SyncFixture f = SyncFixture.on(backend, dir); SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      UUID elder = a.newElder("张秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      byte[] image = noise(900, 700);
      UUID photo;
      byte[] stored;
      try (Workspace li = a.user()) {
        UUID assessment = li.assessments().start(elder, AssessmentWorld.GBT, AssessmentReason.FIRST).assessment().id();
        PhotoRecord p = li.evidence().addPhoto(assessment, "门口.png", image, "门口台阶");
        li.evidence().addPhoto(assessment, "门口2.png", image, "同一张");
        photo = p.id();
        stored = li.evidence().photo(photo);
      }
      SyncReport up = a.sync();
      assertThat(up.accepted()).isEqualTo(4);
      // Two photo records, the same picture and thumbnail: two files at the centre, not four.
      try (Stream<Path> files = Files.walk(dir.resolve("centre").resolve("attachments"))) {
        assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
      }
      b.sync();
      try (Workspace li = b.user()) {
        assertThat(li.evidence().photo(photo)).isEqualTo(stored);
      }
    }
  }

  @Test
  void uploadsResumeFromWhatArrivedAndAreCheckedAgainstTheirHash() throws Exception {
    try (SyncFixture f = new SyncFixture(dir)) {
      String url = f.centre.url();
      String pin = f.centre.keys().fingerprint();
      CentreClient wrongPin = new CentreClient(url, "00".repeat(32), Json.newMapper(), Duration.ofSeconds(30));
      String code = f.centre.admin().newEnrolmentCode("test", SyncFixture.TIANSHAN, Duration.ofHours(1));
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(256);
      String key = Base64.getEncoder().encodeToString(gen.generateKeyPair().getPublic().getEncoded());
      Wire.EnrolRequest enrol = new Wire.EnrolRequest(code, "device-x", "x", key);
      assertThatThrownBy(() -> wrongPin.enrol(enrol)).isInstanceOf(CentreClient.Unreachable.class);

      CentreClient client = new CentreClient(url, pin, Json.newMapper(), Duration.ofSeconds(30));
      Wire.EnrolResponse enrolled = client.enrol(enrol);
      assertThat(enrolled.regionCode()).isEqualTo(SyncFixture.TIANSHAN);
      assertThatThrownBy(() -> client.enrol(new Wire.EnrolRequest(code, "device-y", "y", key)))
          .isInstanceOfSatisfying(CentreClient.Refused.class,
              e -> assertThat(e.code()).isEqualTo("sync.centre.enrol.codeUsed"));
      assertThatThrownBy(() -> client.login("device-x", enrolled.deviceToken(), "li", "wrong-password".toCharArray()))
          .isInstanceOfSatisfying(CentreClient.Refused.class,
              e -> assertThat(e.code()).isEqualTo("sync.centre.badPassword"));
      client.login("device-x", enrolled.deviceToken(), "li", SyncFixture.CENTRE_PASSWORD.toCharArray());

      byte[] data = new byte[700_000];
      new Random(1).nextBytes(data);
      String sha = Bodies.sha256(data);
      boolean[] complete = {false};
      assertThat(client.attachmentReceived(sha, complete)).isZero();
      assertThat(client.putAttachmentPart(sha, 0, Arrays.copyOf(data, 300_000), false)).isEqualTo(202);
      assertThat(client.attachmentReceived(sha, complete)).isEqualTo(300_000);
      assertThat(complete[0]).isFalse();
      // A part sent again from an old offset is refused and changes nothing.
      assertThat(client.putAttachmentPart(sha, 0, Arrays.copyOf(data, 300_000), false)).isEqualTo(409);
      assertThat(client.putAttachmentPart(sha, 300_000, Arrays.copyOfRange(data, 300_000, data.length), true))
          .isEqualTo(200);
      assertThat(client.attachmentReceived(sha, complete)).isEqualTo(data.length);
      assertThat(complete[0]).isTrue();
      assertThat(client.attachment(sha)).isEqualTo(data);
      // The same content again is already there.
      assertThat(client.putAttachmentPart(sha, 0, data, true)).isEqualTo(200);

      // A device of another county that knows the hash gets nothing: not the photo, not even that it exists, and
      // claiming to upload it (without the bytes being checked) opens nothing either.
      String otherCode = f.centre.admin().newEnrolmentCode("test", SyncFixture.SAYBAGH, Duration.ofHours(1));
      CentreClient stranger = new CentreClient(url, pin, Json.newMapper(), Duration.ofSeconds(30));
      Wire.EnrolResponse otherDevice = stranger.enrol(new Wire.EnrolRequest(otherCode, "device-z", "z", key));
      stranger.login("device-z", otherDevice.deviceToken(), "zhao", SyncFixture.CENTRE_PASSWORD.toCharArray());
      assertThatThrownBy(() -> stranger.attachment(sha)).isInstanceOfSatisfying(CentreClient.Refused.class,
          e -> assertThat(e.code()).isEqualTo("sync.centre.notFound"));
      boolean[] seen = {false};
      stranger.attachmentReceived(sha, seen);
      assertThat(seen[0]).isFalse();
      assertThat(stranger.putAttachmentPart(sha, 0, new byte[] {0}, true)).isEqualTo(200);
      assertThatThrownBy(() -> stranger.attachment(sha)).isInstanceOf(CentreClient.Refused.class);
      assertThat(client.attachment(sha)).isEqualTo(data); // its own county still reads it

      byte[] other = Arrays.copyOf(data, 1000);
      String claimed = Bodies.sha256(new byte[] {1, 2, 3});
      assertThatThrownBy(() -> client.putAttachmentPart(claimed, 0, other, true))
          .isInstanceOfSatisfying(CentreClient.Refused.class,
              e -> assertThat(e.code()).isEqualTo("sync.attachment.hashMismatch"));
      assertThat(client.attachmentReceived(claimed, complete)).isZero();
    }
  }

  private static byte[] noise(int w, int h) throws java.io.IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(3);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, r.nextInt(0xFFFFFF));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}

package org.yiping.assessment.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.store.Database;
import org.yiping.testdata.AssessmentWorld;

/** Photos and signatures of a visit, on a real encrypted store. */
class EvidenceServiceTest {
  @TempDir Path dir;
  AssessmentWorld world;

  @BeforeEach
  void setUp() {
    world = new AssessmentWorld(dir);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  static byte[] image(int w, int h, String format) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h);
    g.setColor(Color.BLUE);
    g.fillRect(w / 2, 0, w - w / 2, h);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /** A JPEG as a phone writes a portrait: the pixels stored landscape, with EXIF orientation 6 (turn 90° right). */
  static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, // little-endian TIFF header, first IFD at 8
        1, 0, // one entry
        0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, // 0x0112 Orientation, SHORT, 1 value
        0, 0, 0, 0}; // no next IFD
    byte[] exif = new byte[6 + tiff.length];
    System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
    System.arraycopy(tiff, 0, exif, 6, tiff.length);
    int len = exif.length + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    out.write(len >> 8);
    out.write(len & 0xFF);
    out.write(exif, 0, exif.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private UUID draft(Workspace ws) {
    return ws.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.FIRST).assessment().id();
  }

  @Test
  void aLargePhotoIsShrunkStoredInsideTheEncryptedStoreAndItsViewingAudited() throws IOException {
    byte[] original = image(4000, 3000, "png");
    UUID id;
    byte[] stored;
    try (Workspace li = world.li()) {
      id = draft(li);
      PhotoRecord p = li.evidence().addPhoto(id, "门口.png", original, "门口台阶");
      assertThat(p.width()).isEqualTo(1600);
      assertThat(p.height()).isEqualTo(1200);
      BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(p.thumbnail()));
      assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(240);
      stored = li.evidence().photo(p.id());
      BufferedImage full = ImageIO.read(new ByteArrayInputStream(stored));
      assertThat(full.getWidth()).isEqualTo(1600);
      assertThat(stored.length).isLessThan(400_000);
      assertThat(li.evidence().photos(id)).extracting(PhotoRecord::caption).containsExactly("门口台阶");
    }
    try (Workspace admin = world.admin()) {
      List<String> actions = admin.audit().page(0, 50).stream().map(AuditRecord::action).toList();
      assertThat(actions).contains("EVIDENCE_ADDED", "EVIDENCE_VIEWED");
      assertThat(admin.audit().page(0, 50)).allSatisfy(r -> assertThat(String.valueOf(r.detail()))
          .doesNotContain("门口"));
    }
    world.close();
    // Not a loose file, and not readable in the store file: the store is encrypted.
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".jpg") || f.endsWith(".png"));
    }
    byte[] raw = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
    byte[] probe = Arrays.copyOfRange(stored, stored.length / 2, stored.length / 2 + 32);
    assertThat(indexOf(raw, probe)).isEqualTo(-1);
  }

  @Test
  void aPortraitFromAPhoneIsStoredUpright() throws IOException {
    byte[] sideways = withExifOrientation(image(400, 200, "jpg"), 6);
    try (Workspace li = world.li()) {
      PhotoRecord p = li.evidence().addPhoto(draft(li), "IMG_0001.jpg", sideways, null);
      assertThat(p.width()).isEqualTo(200);
      assertThat(p.height()).isEqualTo(400);
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(li.evidence().photo(p.id())));
      // The left (red) half of the stored pixels is the top once turned 90° clockwise.
      assertThat(new Color(img.getRGB(100, 50)).getRed()).isGreaterThan(200);
      assertThat(new Color(img.getRGB(100, 350)).getBlue()).isGreaterThan(200);
    }
  }

  @Test
  void whatIsNotAPhotoIsRefusedWithItsName() {
    try (Workspace li = world.li()) {
      UUID id = draft(li);
      assertThatThrownBy(() -> li.evidence().addPhoto(id, "病历.pdf", "%PDF-1.7 not an image".getBytes(), null))
          .isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("evidence.problem.notImage");
            assertThat(e.args()).containsExactly("病历.pdf");
          });
      assertThatThrownBy(() -> li.evidence().addPhoto(id, "空.jpg", new byte[0], null))
          .hasMessage("evidence.problem.empty");
      assertThat(li.evidence().photos(id)).isEmpty();
    }
  }

  @Test
  void signaturesAreVectorStrokesOnePerRoleAndAMereDotIsRefused() {
    try (Workspace li = world.li()) {
      UUID id = draft(li);
      List<double[]> strokes = List.of(new double[] {10, 10, 60, 40, 120, 20}, new double[] {30, 60, 90, 70});
      SignatureRecord mine = li.evidence().sign(id, SignerRole.ASSESSOR, "假名字", 400, 150, strokes);
      assertThat(mine.signerName()).isEqualTo("李评估"); // the assessor's own name, whatever was typed
      li.evidence().sign(id, SignerRole.GUARDIAN, "张小明（儿子）", 400, 150, strokes);
      li.evidence().sign(id, SignerRole.GUARDIAN, "张小红（女儿）", 400, 150,
          List.of(new double[] {0, 0, 500, 500})); // outside the pad: kept inside it
      List<SignatureRecord> all = li.evidence().signatures(id);
      assertThat(all).extracting(SignatureRecord::role).containsExactly(SignerRole.ASSESSOR, SignerRole.GUARDIAN);
      assertThat(all.get(1).signerName()).isEqualTo("张小红（女儿）");
      assertThat(all.get(1).strokes().get(0)).containsExactly(0, 0, 400, 150);
      assertThat(all.get(0).strokes()).hasSize(2);

      assertThatThrownBy(() -> li.evidence().sign(id, SignerRole.ELDER, "张秀兰", 400, 150,
          List.of(new double[] {5, 5, 6, 6}))).hasMessage("evidence.problem.noInk");
      assertThatThrownBy(() -> li.evidence().sign(id, SignerRole.ELDER, " ", 400, 150, strokes))
          .hasMessage("evidence.problem.signerName");
      li.evidence().clearSignature(id, SignerRole.GUARDIAN);
      assertThat(li.evidence().signatures(id)).extracting(SignatureRecord::role).containsExactly(SignerRole.ASSESSOR);
    }
  }

  @Test
  void evidenceIsLockedWithTheAssessmentAndACorrectionStartsFromIt() throws IOException {
    byte[] photo = image(800, 600, "jpg");
    List<double[]> strokes = List.of(new double[] {10, 10, 200, 80});
    UUID id;
    UUID photoId;
    try (Workspace li = world.li()) {
      id = draft(li);
      photoId = li.evidence().addPhoto(id, "a.jpg", photo, "卫生间").id();
      li.evidence().sign(id, SignerRole.ELDER, "张秀兰", 400, 150, strokes);
      AssessmentWorld.fillGbt(li, id);
      String before = li.assessments().finalizeAssessment(id, null, "家中").assessment().contentHash();
      assertThat(before).hasSize(64);
      assertThatThrownBy(() -> li.evidence().addPhoto(id, "b.jpg", photo, null))
          .hasMessage("assessment.problem.locked");
      assertThatThrownBy(() -> li.evidence().removePhoto(photoId)).hasMessage("assessment.problem.locked");
      assertThatThrownBy(() -> li.evidence().sign(id, SignerRole.ELDER, "张秀兰", 400, 150, strokes))
          .hasMessage("assessment.problem.locked");
    }
    try (Workspace town = world.town()) {
      town.assessments().returnForCorrection(id, "照片不清楚");
    }
    try (Workspace li = world.li()) {
      UUID fix = li.assessments().correct(id, "补拍照片").assessment().id();
      List<PhotoRecord> copied = li.evidence().photos(fix);
      assertThat(copied).extracting(PhotoRecord::caption).containsExactly("卫生间");
      assertThat(copied.get(0).id()).isNotEqualTo(photoId);
      assertThat(li.evidence().signatures(fix)).extracting(SignatureRecord::signerName).containsExactly("张秀兰");
      li.evidence().removePhoto(copied.get(0).id());
      assertThat(li.evidence().photos(fix)).isEmpty();
      assertThat(li.evidence().photos(id)).hasSize(1); // the old version keeps its evidence
    }
  }

  @Test
  void onlyTheAssessorOfTheDraftAddsEvidence() throws IOException {
    UUID id;
    try (Workspace li = world.li()) {
      id = draft(li);
    }
    byte[] photo = image(300, 200, "jpg");
    try (Workspace wang = world.wang()) {
      assertThatThrownBy(() -> wang.evidence().addPhoto(id, "x.jpg", photo, null))
          .hasMessage("assessment.problem.notYours");
    }
    try (Workspace town = world.town()) {
      assertThatThrownBy(() -> town.evidence().addPhoto(id, "x.jpg", photo, null))
          .hasMessage("error.notAllowed");
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

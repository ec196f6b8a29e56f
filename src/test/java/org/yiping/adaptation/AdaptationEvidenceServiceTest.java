package org.yiping.adaptation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.elder.EconomicStatus;
import org.yiping.testdata.AssessmentWorld;

/** Before and after photos per item and the signatures at acceptance. */
class AdaptationEvidenceServiceTest {
  @TempDir Path dir;
  AssessmentWorld world;

  @BeforeEach
  void setUp() {
    world = new AssessmentWorld(dir);
    world.economicStatus(EconomicStatus.TEKUN);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  private static byte[] jpeg() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  @Test
  void beforeAndAfterPhotosAndTheAcceptanceSignatures() throws Exception {
    byte[] photo = jpeg();
    List<double[]> strokes = List.of(new double[] {10, 10, 150, 60, 300, 20});
    UUID id;
    try (Workspace li = world.li()) {
      id = li.adaptation().apply(world.elderId, LocalDate.now().getYear(), null).id();
      CasePhoto before = li.adaptationEvidence().addPhoto(id, "13", Phase.BEFORE, "卫生间.jpg", photo);
      assertThat(before.width()).isEqualTo(1600);
      assertThatThrownBy(() -> li.adaptationEvidence().addPhoto(id, "13", Phase.AFTER, "x.jpg", photo))
          .hasMessage("adaptation.problem.afterPhoto");
      assertThatThrownBy(() -> li.adaptationEvidence().sign(id, AcceptanceRole.FAMILY, "张小明", 480, 180, strokes))
          .hasMessage("adaptation.problem.signWhen");
      li.adaptation().plan(id, List.of(new PlanLine("13", true, 2, 15_000, Payer.SUBSIDY, null)));
      li.adaptation().advance(id, null);
    }
    try (Workspace town = world.town()) {
      town.adaptation().advance(id, null);
      town.adaptation().advance(id, null); // 施工
      town.adaptationEvidence().addPhoto(id, "13", Phase.AFTER, "扶手.jpg", photo);
      town.adaptationEvidence().sign(id, AcceptanceRole.FAMILY, "张小明（儿子）", 480, 180, strokes);
      AcceptanceSignature office = town.adaptationEvidence().sign(id, AcceptanceRole.OFFICE, "随便", 480, 180,
          strokes);
      assertThat(office.signerName()).isEqualTo("乡镇审核");
      town.adaptation().advance(id, "验收合格"); // 验收
      assertThat(town.adaptationEvidence().photos(id)).extracting(CasePhoto::phase)
          .containsExactly(Phase.AFTER, Phase.BEFORE);
      assertThat(town.adaptationEvidence().signatures(id)).extracting(AcceptanceSignature::role)
          .containsExactly(AcceptanceRole.FAMILY, AcceptanceRole.OFFICE);
      town.adaptation().advance(id, null);
      town.adaptation().advance(id, null); // 归档
      assertThatThrownBy(() -> town.adaptationEvidence().addPhoto(id, "13", Phase.AFTER, "late.jpg", photo))
          .hasMessage("adaptation.problem.afterPhoto");
    }
  }
}

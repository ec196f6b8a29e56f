package org.yiping.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.Phase;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.bed.BedSetup;
import org.yiping.bed.Device;
import org.yiping.bed.DeviceType;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.ElderDraft;
import org.yiping.report.ReportSamples;
import org.yiping.testdata.AssessmentWorld;
import org.yiping.testdata.NoisyPhotos;
import org.yiping.ui.UiTestSupport;

/**
 * A session of photos and case work, signed out, and the store opened again: every record and photo is still there.
 * With H2 2.3.232's compaction on close, a session like this one left a file that would not open again ("Double
 * mark"), which the user was told was a wrong password.
 */
class ReopenAfterPhotosTest {
  @TempDir Path dir;

  @Test
  void aStoreWithMegabytesOfPhotosOpensAgainWithEverything() throws Exception {
    AssessmentWorld world = new AssessmentWorld(dir);
    world.economicStatus(EconomicStatus.TEKUN);
    List<UUID> elders = new ArrayList<>();
    try (Workspace admin = world.admin()) {
      for (int i = 0; i < 10; i++) {
        elders.add(admin.elders().create(ElderDraft.minimal("王秀" + "兰英华玉珍芳桂凤梅淑".charAt(i),
            ReportSamples.idNumber("650102", LocalDate.of(1940 + i, 1 + i, 3), false), "650102003002")).id());
      }
    }
    UUID caseId;
    try (Workspace li = world.li()) {
      caseId = li.adaptation().apply(world.elderId, LocalDate.now().getYear(), null).id();
      List<PlanLine> plan = new ArrayList<>();
      for (int i = 1; i <= 30; i++) {
        plan.add(new PlanLine(Integer.toString(i), true, 1 + i % 5, 5_000 + i * 1_250L,
            i % 4 == 0 ? Payer.FAMILY : Payer.SUBSIDY, null));
      }
      li.adaptation().plan(caseId, plan);
      for (int i = 1; i <= 10; i++) {
        li.adaptationEvidence().addPhoto(caseId, Integer.toString(i), Phase.BEFORE, i + ".jpg", NoisyPhotos.jpeg(i));
      }
      li.adaptation().advance(caseId, "入户评估完成");
      for (UUID e : elders) {
        li.beds().open(e, new BedSetup("颐和居家养老服务中心", LocalDate.now(), LocalDate.now().plusYears(1), null,
            List.of(new Device(DeviceType.FALL_ALARM, "FA-" + e.toString().substring(0, 6))), "乡镇特批"));
      }
    }
    // The next user of the laptop signs in: the file is opened again in the same run.
    try (Workspace town = world.town()) {
      assertThat(town.adaptationEvidence().photos(caseId)).hasSize(10);
      assertThat(town.beds().beds(null, true)).hasSize(10);
    }
    world.close();
    // And after the program was closed.
    AppContext again = UiTestSupport.context(dir);
    try (Workspace li = again.open(again.vault().signIn("li", "Assess2026a".toCharArray()))) {
      assertThat(li.adaptationEvidence().photos(caseId)).hasSize(10);
      assertThat(li.adaptationEvidence().photo(li.adaptationEvidence().photos(caseId).get(0).id())).isNotEmpty();
    } finally {
      again.close();
    }
  }
}

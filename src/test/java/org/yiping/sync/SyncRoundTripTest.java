package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;

/** Two laptops and a real centre on loopback: records go up, come down, and nothing is counted twice. */
class SyncRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  void anElderAndItsAssessmentGoUpAndComeDownToAnotherLaptop(SyncFixture.Backend backend) {
    try (SyncFixture f = SyncFixture.on(backend, dir); SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      UUID elder = a.newElder("张秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      UUID assessment;
      try (Workspace li = a.user()) {
        assessment = li.assessments().start(elder, org.yiping.testdata.AssessmentWorld.GBT,
            org.yiping.assessment.visit.AssessmentReason.FIRST).assessment().id();
        li.assessments().answer(assessment, "B.1.1", org.yiping.testdata.GbtItems.MAXIMA.get(0));
      }
      assertThat(a.waiting()).isEqualTo(2);

      SyncReport up = a.sync();
      assertThat(up.sent()).isEqualTo(2);
      assertThat(up.accepted()).as(() -> a.states().toString()).isEqualTo(2);
      assertThat(a.waiting()).isZero();
      assertThat(f.centre.admin().recordCounts()).containsEntry("elder", 1L).containsEntry("assessment", 1L);

      SyncReport again = a.sync();
      assertThat(again.sent()).isZero();
      assertThat(again.received()).isZero();

      SyncReport down;
      try (Workspace li = b.user()) {
        // The search index of this session was loaded before the centre's files came down: it is brought up to date.
        assertThat(li.elders().index().search(org.yiping.elder.search.SearchQuery.text("zxl", java.time.LocalDate.now()),
            0, 5).total()).isZero();
        down = li.sync().sync(SyncFixture.CENTRE_PASSWORD.toCharArray(), SyncEngine.Progress.NONE);
        assertThat(li.elders().index().search(org.yiping.elder.search.SearchQuery.text("zxl", java.time.LocalDate.now()),
            0, 5).total()).isEqualTo(1);
      }
      assertThat(down.received()).isEqualTo(2);
      assertThat(b.elder(elder).name()).isEqualTo("张秀兰");
      try (Workspace li = b.user()) {
        assertThat(li.assessments().history(elder)).hasSize(1);
      }
      assertThat(b.waiting()).isZero();
      assertThat(b.sync().received()).isZero();
      assertThat(f.centre.admin().recordCounts()).isEqualTo(Map.of("elder", 1L, "assessment", 1L));
    }
  }
}

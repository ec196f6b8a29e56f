package org.yiping.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.adaptation.CaseState;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.Workspace;
import org.yiping.bed.BedSetup;
import org.yiping.bed.ServiceKind;
import org.yiping.carevisit.Coverage;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.HardshipFlag;
import org.yiping.testdata.AssessmentWorld;

/** The dashboard's figures on a small store whose right answers are known. */
class DashboardServiceTest {
  @TempDir Path dir;
  AssessmentWorld world;
  final LocalDate today = LocalDate.now();
  final YearMonth month = YearMonth.from(today);

  @BeforeEach
  void setUp() {
    world = new AssessmentWorld(dir);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  @Test
  void theFiguresOfASmallTownship() {
    world.economicStatus(EconomicStatus.TEKUN);
    world.finalizedGbt(2); // 张秀兰: a level between 1 and 3
    try (Workspace admin = world.admin()) {
      admin.elders().create(ElderDraft.minimal("王桂芝", "650102193811250023", "650102002002")
          .withFlags(Set.of(HardshipFlag.DISABLED)));
      admin.elders().create(ElderDraft.minimal("另一乡", "650102193701010053", "650102003001")); // another township
      admin.adaptation().setTarget(month.getYear(), 40);
    }
    UUID caseId;
    try (Workspace li = world.li()) {
      caseId = li.adaptation().apply(world.elderId, month.getYear(), null).id();
      li.adaptation().plan(caseId, List.of(new PlanLine("1", true, 1, 10_000, Payer.SUBSIDY, null)));
      li.adaptation().advance(caseId, null);
      UUID bed = li.beds().open(world.elderId, new BedSetup("中心", today, today.plusYears(1), caseId, List.of(),
          null)).id();
      li.beds().logService(bed, today, "马丽", Set.of(ServiceKind.MEAL), 60, null);
      li.careVisits().record(world.elderId, today, true, Set.of(), null);
    }
    try (Workspace town = world.town()) {
      for (int i = 0; i < 3; i++) {
        town.adaptation().advance(caseId, null); // 改造方案, 施工, 验收
      }
      Dashboard d = town.dashboard().of("650102002000", month);
      assertThat(d.elders()).isEqualTo(2);
      assertThat(d.byFlag()).containsEntry(HardshipFlag.LIVING_ALONE, 1).containsEntry(HardshipFlag.DISABLED, 1)
          .containsEntry(HardshipFlag.ADVANCED_AGE, 2);
      assertThat(d.byLevel().get(-1)).isEqualTo(1); // 王桂芝 never assessed
      assertThat(d.byLevel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
      assertThat(d.assessmentsInMonth()).containsEntry("gbt42195-2022", 1L);
      assertThat(d.adaptationByState()).containsEntry(CaseState.ACCEPTED, 1L);
      assertThat(d.adapted()).isEqualTo(1);
      assertThat(d.adaptationTarget()).isEqualTo(40);
      assertThat(d.bedsOpen()).isEqualTo(1);
      assertThat(d.bedServicesInMonth()).isEqualTo(1);
      assertThat(d.visits()).isEqualTo(new Coverage(2, 1, 0)); // both must be visited; one was
      Dashboard all = town.dashboard().of(null, month);
      assertThat(all.elders()).isEqualTo(3);
      assertThat(all.byLevel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
      assertThat(all.byLevel().get(-1)).isEqualTo(2);
      assertThat(all.byFlag()).containsEntry(HardshipFlag.ADVANCED_AGE, 3); // 另一乡, born 1937, has no flag
      assertThat(all.visits()).isEqualTo(new Coverage(2, 1, 0)); // 另一乡 need not be visited
    }
  }

  @Test
  void aDeletedFileIsNoLongerCountedEvenWithItsResults() {
    world.economicStatus(EconomicStatus.TEKUN);
    world.finalizedGbt(2);
    try (Workspace li = world.li()) {
      li.careVisits().record(world.elderId, today, true, Set.of(), null);
    }
    try (Workspace admin = world.admin()) {
      admin.elders().create(ElderDraft.minimal("王桂芝", "650102193811250023", "650102002002"));
      assertThat(admin.dashboard().of(null, month).byLevel().get(-1)).isEqualTo(1);
      admin.elders().delete(world.elderId);
      Dashboard all = admin.dashboard().of(null, month);
      assertThat(all.elders()).isEqualTo(1);
      assertThat(all.byLevel()).containsExactly(java.util.Map.entry(-1, 1)); // the deleted file's level is gone
      assertThat(all.visits()).isEqualTo(new Coverage(0, 0, 0)); // and so is its visit
      assertThat(admin.dashboard().of("650102002000", month).byLevel()).containsExactly(java.util.Map.entry(-1, 1));
    }
  }
}

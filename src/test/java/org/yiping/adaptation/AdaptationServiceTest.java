package org.yiping.adaptation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.elder.EconomicStatus;
import org.yiping.testdata.AssessmentWorld;

/** A home adaptation case from application to archive, on a real encrypted store. */
class AdaptationServiceTest {
  @TempDir Path dir;
  AssessmentWorld world;
  final int year = LocalDate.now().getYear();

  @BeforeEach
  void setUp() {
    world = new AssessmentWorld(dir);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  private void makeTekun() {
    world.economicStatus(EconomicStatus.TEKUN);
  }

  private static List<PlanLine> plan() {
    return List.of(new PlanLine("1", true, 12, 8_000, Payer.SUBSIDY, "卫生间和厨房地面"),
        new PlanLine("13", true, 2, 15_000, Payer.SUBSIDY, null),
        new PlanLine("14", true, 1, 60_000, Payer.FAMILY, "家属自愿"),
        new PlanLine("24", false, 0, 0, null, null));
  }

  @Test
  void aCaseGoesFromApplicationToArchiveEachStepByItsRole() {
    makeTekun();
    UUID id;
    try (Workspace li = world.li()) {
      Eligibility e = li.adaptation().eligibility(world.elderId);
      assertThat(e.eligible()).isTrue();
      assertThat(e.reasons()).contains("economic:TEKUN").anyMatch(r -> r.startsWith("age:"));
      id = li.adaptation().apply(world.elderId, year, null).id();
      assertThatThrownBy(() -> li.adaptation().advance(id, null)).hasMessage("adaptation.problem.noPlan");
      CaseRecord planned = li.adaptation().plan(id, plan());
      assertThat(planned.subsidyTotalFen()).isEqualTo(12 * 8_000 + 2 * 15_000);
      assertThat(planned.familyTotalFen()).isEqualTo(60_000);
      assertThat(li.adaptation().advance(id, "入户评估完成").state()).isEqualTo(CaseState.HOME_ASSESSED);
      // The next steps belong to the township office.
      assertThatThrownBy(() -> li.adaptation().advance(id, null)).hasMessage("error.notAllowed");
      assertThatThrownBy(() -> li.adaptation().apply(world.elderId, year, null))
          .hasMessage("adaptation.problem.openCase");
    }
    try (Workspace town = world.town()) {
      assertThat(town.adaptation().advance(id, "方案通过").state()).isEqualTo(CaseState.PLANNED);
      assertThatThrownBy(() -> town.adaptation().plan(id, plan())).hasMessage("adaptation.problem.planLocked");
      assertThat(town.adaptation().sendBack(id, "扶手位置需重新确认").state()).isEqualTo(CaseState.HOME_ASSESSED);
      town.adaptation().plan(id, plan().subList(0, 2));
      for (CaseState expected : List.of(CaseState.PLANNED, CaseState.UNDER_CONSTRUCTION, CaseState.ACCEPTED,
          CaseState.SETTLED, CaseState.ARCHIVED)) {
        assertThat(town.adaptation().advance(id, null).state()).isEqualTo(expected);
      }
      assertThatThrownBy(() -> town.adaptation().advance(id, null)).hasMessage("adaptation.problem.closed");
      CaseRecord done = town.adaptation().get(id);
      assertThat(done.familyTotalFen()).isZero();
      assertThat(town.adaptation().steps(id)).extracting(AdaptationStep.StepRecord::to).containsExactly(
          CaseState.APPLIED, CaseState.HOME_ASSESSED, CaseState.PLANNED, CaseState.HOME_ASSESSED, CaseState.PLANNED,
          CaseState.UNDER_CONSTRUCTION, CaseState.ACCEPTED, CaseState.SETTLED, CaseState.ARCHIVED);
      assertThat(town.adaptation().steps(id).get(3).note()).isEqualTo("扶手位置需重新确认");
    }
    try (Workspace admin = world.admin()) {
      assertThat(admin.audit().page(0, 100)).extracting(AuditRecord::action)
          .contains("ADAPTATION_APPLIED", "ADAPTATION_PLANNED", "ADAPTATION_ADVANCED", "ADAPTATION_SENT_BACK");
    }
  }

  @Test
  void anIneligibleHouseholdNeedsAnOverrideWithAReason() {
    try (Workspace li = world.li()) {
      Eligibility e = li.adaptation().eligibility(world.elderId);
      assertThat(e.eligible()).isFalse();
      assertThat(e.reasons()).containsExactly("missing:economic");
      assertThatThrownBy(() -> li.adaptation().apply(world.elderId, year, " "))
          .isInstanceOfSatisfying(UserFacingException.class, x -> {
            assertThat(x.key()).isEqualTo("adaptation.problem.notEligible");
            assertThat(x.args()[0]).isEqualTo("missing:economic");
          });
      CaseRecord c = li.adaptation().apply(world.elderId, year, "子女均在外地，乡镇特批");
      assertThat(c.eligible()).isFalse();
      assertThat(c.overrideReason()).isEqualTo("子女均在外地，乡镇特批");
    }
  }

  @Test
  void aPlanThatCannotBeRightIsRefusedNamingTheItem() {
    makeTekun();
    try (Workspace li = world.li()) {
      UUID id = li.adaptation().apply(world.elderId, year, null).id();
      assertThatThrownBy(() -> li.adaptation().plan(id, List.of(new PlanLine("99", true, 1, 1, Payer.FAMILY, null))))
          .hasMessage("adaptation.problem.unknownItem");
      assertThatThrownBy(() -> li.adaptation().plan(id, List.of(new PlanLine("1", true, 0, 100, Payer.SUBSIDY, null))))
          .isInstanceOfSatisfying(UserFacingException.class, x -> assertThat(x.args()[0]).isEqualTo("防滑处理"));
      assertThatThrownBy(() -> li.adaptation().plan(id, List.of(new PlanLine("1", true, 1, 100, null, null))))
          .hasMessage("adaptation.problem.payer");
      assertThatThrownBy(() -> li.adaptation().plan(id, List.of(new PlanLine("1", true, 1, 100, Payer.SUBSIDY, null),
          new PlanLine("1", false, 0, 0, null, null)))).hasMessage("adaptation.problem.duplicateItem");
      assertThat(li.adaptation().get(id).plan()).isEmpty();
    }
    try (Workspace town = world.town()) {
      UUID id = town.adaptation().cases(null, year).get(0).id();
      assertThatThrownBy(() -> town.adaptation().sendBack(id, "x")).hasMessage("adaptation.problem.firstStep");
      assertThat(town.adaptation().terminate(id, "老人已入住养老机构").state()).isEqualTo(CaseState.TERMINATED);
      assertThat(town.adaptation().get(id).closedReason()).isEqualTo("老人已入住养老机构");
    }
  }

  @Test
  void anEldersCasesAreFoundByTheElderAlone() {
    world.economicStatus(EconomicStatus.TEKUN);
    UUID other;
    try (Workspace admin = world.admin()) {
      other = admin.elders().create(org.yiping.elder.ElderDraft.minimal("王桂芝", "650102193811250023",
          "650102002002")).id();
    }
    try (Workspace li = world.li()) {
      UUID mine = li.adaptation().apply(world.elderId, LocalDate.now().getYear(), null).id();
      li.adaptation().apply(other, LocalDate.now().getYear(), "乡镇特批");
      assertThat(li.adaptation().casesOf(world.elderId)).extracting(CaseRecord::id).containsExactly(mine);
      assertThat(li.adaptation().cases(null, null)).hasSize(2);
    }
  }
}

package org.yiping.assessment.history;

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
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.audit.AuditRecord;
import org.yiping.testdata.AssessmentWorld;
import org.yiping.testdata.GbtItems;

/** An elder's results from every standard, side by side, and the region's validity rule. */
class ResultHistoryServiceTest {
  @TempDir Path dir;
  AssessmentWorld world;
  final LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    world = new AssessmentWorld(dir);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  private static ExternalResultInput certificate(LocalDate issued, LocalDate until) {
    return new ExternalResultInput(ExternalResultKind.DISABILITY_CERTIFICATE, DisabilityCategory.PHYSICAL, 2,
        "乌鲁木齐市残联", "65010219450312218X42", issued, until, null);
  }

  @Test
  void ownAndExternalResultsAreListedTogetherWithValidity() {
    UUID own;
    try (Workspace li = world.li()) {
      own = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.FIRST).assessment().id();
      AssessmentWorld.fillGbt(li, own);
      li.assessments().finalizeAssessment(own, null, null);
      li.results().addExternal(world.elderId, certificate(today.minusYears(3), today.plusYears(7)));
      li.results().addExternal(world.elderId, new ExternalResultInput(ExternalResultKind.LTC_GRADE, null, 3,
          "乌鲁木齐市医疗保障局", null, today.minusMonths(14), today.minusMonths(2), "长护险待遇"));
    }
    try (Workspace town = world.town()) {
      town.assessments().approve(own);
      List<ResultRow> rows = town.results().history(world.elderId, today);
      assertThat(rows).extracting(ResultRow::standard)
          .containsExactly(AssessmentWorld.GBT, "LTC_GRADE", "DISABILITY_CERTIFICATE");
      ResultRow gbt = rows.get(0);
      assertThat(gbt.source()).isEqualTo(ResultRow.Source.OWN);
      assertThat(gbt.level()).isZero();
      assertThat(gbt.levelName()).isEqualTo("能力完好");
      assertThat(gbt.validUntil()).isEqualTo(today.plusMonths(12));
      assertThat(gbt.state()).isEqualTo(ResultRow.State.CURRENT);
      assertThat(rows.get(1).state()).isEqualTo(ResultRow.State.EXPIRED);
      assertThat(rows.get(1).level()).isEqualTo(3);
      assertThat(rows.get(2).category()).isEqualTo(DisabilityCategory.PHYSICAL);
      assertThat(rows.get(2).state()).isEqualTo(ResultRow.State.CURRENT);
    }
  }

  @Test
  void anExternalResultThatCannotBeRightIsRefusedSayingWhatToFix() {
    try (Workspace li = world.li()) {
      assertThatThrownBy(() -> li.results().addExternal(world.elderId, new ExternalResultInput(
          ExternalResultKind.DISABILITY_CERTIFICATE, DisabilityCategory.VISION, 5, "残联", "1", today, null, null)))
          .hasMessage("result.problem.grade");
      assertThatThrownBy(() -> li.results().addExternal(world.elderId, new ExternalResultInput(
          ExternalResultKind.DISABILITY_CERTIFICATE, null, 1, "残联", "1", today, null, null)))
          .hasMessage("result.problem.category");
      assertThatThrownBy(() -> li.results().addExternal(world.elderId, certificate(today.plusDays(1), null)))
          .hasMessage("result.problem.issuedOn");
      assertThatThrownBy(() -> li.results().addExternal(world.elderId,
          certificate(today.minusDays(10), today.minusDays(20)))).hasMessage("result.problem.validUntil");
      assertThatThrownBy(() -> li.results().addExternal(world.elderId, new ExternalResultInput(
          ExternalResultKind.DISABILITY_CERTIFICATE, DisabilityCategory.VISION, 1, "残联", " ", today, null, null)))
          .hasMessage("result.problem.certificateNumber");
      assertThat(li.results().history(world.elderId, today)).isEmpty();
    }
  }

  @Test
  void aRemovedExternalResultLeavesTheHistoryAndTheRemovalIsAudited() {
    try (Workspace li = world.li()) {
      ResultRow row = li.results().addExternal(world.elderId, certificate(today.minusYears(1), null));
      assertThat(row.validUntil()).isNull();
      assertThatThrownBy(() -> li.results().removeExternal(row.id(), " ")).hasMessage("result.problem.removeReason");
      li.results().removeExternal(row.id(), "录入错误");
      assertThat(li.results().history(world.elderId, today)).isEmpty();
    }
    try (Workspace admin = world.admin()) {
      assertThat(admin.audit().page(0, 50)).extracting(AuditRecord::action)
          .contains("EXTERNAL_RESULT_ADDED", "EXTERNAL_RESULT_REMOVED");
    }
  }

  @Test
  void theRegionCanExemptCompleteLossFromReassessment() {
    UUID id;
    try (Workspace li = world.li()) {
      id = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.FIRST).assessment().id();
      for (String item : GbtItems.ITEMS) {
        li.assessments().answer(id, item, 0); // the lowest option everywhere: 能力完全丧失
      }
      assertThat(li.assessments().finalizeAssessment(id, null, null).result().finalLevel()).isEqualTo(4);
      LocalDate aYearOn = today.plusMonths(13);
      assertThat(li.assessments().reassessments(aYearOn, 30, null, null)).hasSize(1);
      assertThatThrownBy(() -> li.assessments().changeValidity(6, true)).hasMessage("error.notAllowed");
    }
    try (Workspace admin = world.admin()) {
      assertThatThrownBy(() -> admin.assessments().changeValidity(0, true))
          .hasMessage("settings.problem.validityMonths");
      admin.assessments().changeValidity(6, true);
    }
    try (Workspace li = world.li()) {
      assertThat(li.assessments().validity()).isEqualTo(new AssessmentService.Validity(6, true));
      assertThat(li.assessments().reassessments(today.plusYears(3), 30, null, null)).isEmpty();
      ResultRow row = li.results().history(world.elderId, today.plusYears(3)).get(0);
      assertThat(row.validUntil()).isNull();
      assertThat(row.levelName()).isEqualTo("能力完全丧失");
    }
  }

  @Test
  void aRegionThatAssessesInPairsRefusesToFinalizeWithoutTheSecondAssessor() {
    try (Workspace admin = world.admin()) {
      admin.assessments().requireSecondAssessor(true);
    }
    try (Workspace li = world.li()) {
      assertThat(li.assessments().secondAssessorRequired()).isTrue();
      UUID id = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.FIRST).assessment().id();
      AssessmentWorld.fillGbt(li, id);
      assertThatThrownBy(() -> li.assessments().finalizeAssessment(id, " ", "家中"))
          .hasMessage("assessment.problem.secondAssessor");
      assertThat(li.assessments().finalizeAssessment(id, "王评估", "家中").assessment().secondAssessor())
          .isEqualTo("王评估");
    }
  }
}

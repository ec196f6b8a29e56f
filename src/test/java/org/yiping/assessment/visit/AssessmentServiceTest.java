package org.yiping.assessment.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.HardshipFlag;
import org.yiping.security.NewUser;
import org.yiping.security.Role;
import org.yiping.security.UserRecord;
import org.yiping.testdata.GbtItems;
import org.yiping.ui.UiTestSupport;

/** The assessment workflow on a real encrypted store: save per answer, finalize, review, correct. */
class AssessmentServiceTest {
  static final String GBT = "gbt42195-2022";
  static final List<String> ITEMS = GbtItems.ITEMS;
  static final List<Integer> MAXIMA = GbtItems.MAXIMA;

  @TempDir Path dir;
  AppContext app;
  UUID elderId;

  @BeforeEach
  void setUp() {
    app = UiTestSupport.context(dir);
    try (Workspace admin = app.open(app.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()))) {
      admin.accounts().create(new NewUser("li", "李评估", Role.ASSESSOR, "XJ-PG-0001", LocalDate.now().plusYears(1),
          null), "Assess2026a".toCharArray());
      admin.accounts().create(new NewUser("old", "过期评估员", Role.ASSESSOR, "XJ-PG-0002",
          LocalDate.now().minusDays(1), null), "Assess2026b".toCharArray());
      admin.accounts().create(new NewUser("town", "乡镇审核", Role.REVIEWER, null, null, null),
          "Review2026c".toCharArray());
      elderId = admin.elders().create(ElderDraft.minimal("张秀兰", "65010219450312218X", "650102002002")
          .withFlags(Set.of(HardshipFlag.LIVING_ALONE))).id();
    }
  }

  @AfterEach
  void tearDown() {
    app.close();
  }

  private Workspace as(String user, String password) {
    return app.open(app.vault().signIn(user, password.toCharArray()));
  }

  private static UUID fillAll(Workspace ws, UUID id) {
    for (int i = 0; i < ITEMS.size(); i++) {
      ws.assessments().answer(id, ITEMS.get(i), MAXIMA.get(i));
    }
    return id;
  }

  @Test
  void everyAnswerIsSavedAtOnceAndTheDraftSurvivesAClosedStore() {
    UUID id;
    try (Workspace li = as("li", "Assess2026a")) {
      id = li.assessments().start(elderId, GBT, AssessmentReason.FIRST).assessment().id();
      li.assessments().answer(id, "B.1.1", 4);
      AssessmentProgress p = li.assessments().answer(id, "B.1.2", 3);
      assertThat(p.result().complete()).isFalse();
      assertThat(p.result().total()).isNull();
      assertThat(p.result().missing()).hasSize(24);
      assertThat(p.result().dimensions()).doesNotContainKey("B.1"); // half a dimension has no score: never rescaled
      assertThatThrownBy(() -> li.assessments().answer(id, "B.1.3", 9)).isInstanceOf(UserFacingException.class)
          .hasMessage("assessment.problem.answer");
    } // the store closes here, as when the laptop's power goes
    try (Workspace li = as("li", "Assess2026a")) {
      List<AssessmentRecord> drafts = li.assessments().myDrafts();
      assertThat(drafts).singleElement().satisfies(d -> {
        assertThat(d.id()).isEqualTo(id);
        assertThat(d.answers()).containsEntry("B.1.1", 4).containsEntry("B.1.2", 3).hasSize(2);
        assertThat(d.currentItem()).isEqualTo("B.1.2");
        assertThat(d.formVersion()).isNotBlank();
      });
    }
  }

  @Test
  void finalizingIsRefusedUntilCompleteThenLocksAndHashes() {
    try (Workspace li = as("li", "Assess2026a")) {
      UUID id = li.assessments().start(elderId, GBT, AssessmentReason.FIRST).assessment().id();
      li.assessments().answer(id, "B.1.1", 4);
      assertThatThrownBy(() -> li.assessments().finalizeAssessment(id, null, "家中"))
          .isInstanceOfSatisfying(AssessmentIncompleteException.class,
              e -> assertThat(e.missing()).hasSize(25).contains("B.4.5"));
      fillAll(li, id);
      AssessmentProgress done = li.assessments().finalizeAssessment(id, "王评估", "燕儿窝南社区 张秀兰家");
      assertThat(done.assessment().status()).isEqualTo(AssessmentStatus.FINALIZED);
      assertThat(done.assessment().totalScore()).isEqualTo(90);
      assertThat(done.assessment().finalLevel()).isZero();
      assertThat(done.assessment().contentHash()).hasSize(64);
      assertThat(done.assessment().certificateNumber()).isEqualTo("XJ-PG-0001");
      assertThatThrownBy(() -> li.assessments().answer(id, "B.1.1", 0)).hasMessage("assessment.problem.locked");
      assertThat(li.assessments().myDrafts()).isEmpty();
    }
  }

  @Test
  void anExpiredCertificateCannotFinalize() {
    try (Workspace old = as("old", "Assess2026b")) {
      UUID id = old.assessments().start(elderId, GBT, AssessmentReason.ROUTINE).assessment().id();
      fillAll(old, id);
      assertThatThrownBy(() -> old.assessments().finalizeAssessment(id, null, null))
          .hasMessage("assessment.problem.certificate");
      assertThat(old.assessments().myDrafts()).hasSize(1);
    }
  }

  @Test
  void returnedByTheOfficeThenCorrectedByANewVersionThatSupersedesTheOld() {
    UUID first;
    try (Workspace li = as("li", "Assess2026a")) {
      first = fillAll(li, li.assessments().start(elderId, GBT, AssessmentReason.FIRST).assessment().id());
      li.assessments().finalizeAssessment(first, null, "家中");
    }
    try (Workspace town = as("town", "Review2026c")) {
      assertThat(town.assessments().reviewQueue()).extracting(AssessmentRecord::id).containsExactly(first);
      assertThatThrownBy(() -> town.assessments().returnForCorrection(first, " "))
          .hasMessage("assessment.problem.commentNeeded");
      town.assessments().returnForCorrection(first, "B.2.4 与现场观察不符，请复核");
      assertThatThrownBy(() -> town.assessments().start(elderId, GBT, AssessmentReason.FIRST))
          .hasMessage("error.notAllowed");
    }
    UUID second;
    try (Workspace li = as("li", "Assess2026a")) {
      AssessmentRecord returned = li.assessments().returnedToMe().get(0);
      assertThat(returned.reviewComment()).contains("B.2.4");
      second = li.assessments().correct(first, "复核 B.2.4").assessment().id();
      li.assessments().answer(second, "B.2.4", 1);
      AssessmentProgress p = li.assessments().finalizeAssessment(second, null, "家中");
      assertThat(p.assessment().totalScore()).isEqualTo(88);
      assertThat(p.assessment().finalLevel()).isEqualTo(1);
      assertThat(p.assessment().supersedesId()).isEqualTo(first);
    }
    try (Workspace town = as("town", "Review2026c")) {
      town.assessments().approve(second);
      List<AssessmentRecord> history = town.assessments().history(elderId);
      assertThat(history).extracting(AssessmentRecord::status)
          .containsExactlyInAnyOrder(AssessmentStatus.APPROVED, AssessmentStatus.SUPERSEDED);
      AssessmentRecord old = history.stream().filter(a -> a.id().equals(first)).findFirst().orElseThrow();
      assertThat(old.answers()).containsEntry("B.2.4", 3); // the old version stays readable as it was
    }
    try (Workspace admin = as("admin", "Xinjiang2026")) {
      List<String> actions = admin.audit().page(0, 50).stream().map(AuditRecord::action).toList();
      assertThat(actions).contains("ASSESSMENT_STARTED", "ASSESSMENT_FINALIZED", "ASSESSMENT_RETURNED",
          "ASSESSMENT_CORRECTED", "ASSESSMENT_APPROVED");
      assertThat(admin.audit().verify().intact()).isTrue();
      assertThat(admin.accounts().list()).extracting(UserRecord::username).contains("li", "town");
    }
  }

  @Test
  void resultsFallDueAfterTwelveMonthsAndShowAsOverdueAfterwards() {
    UUID id;
    try (Workspace li = as("li", "Assess2026a")) {
      id = fillAll(li, li.assessments().start(elderId, GBT, AssessmentReason.FIRST).assessment().id());
      li.assessments().finalizeAssessment(id, null, "家中");
    }
    try (Workspace town = as("town", "Review2026c")) {
      LocalDate today = LocalDate.now();
      assertThat(town.assessments().reassessments(today.plusMonths(6), 30, null, null)).isEmpty();
      List<Reassessment> due = town.assessments().reassessments(today.plusMonths(12).minusDays(10), 30, null, null);
      assertThat(due).singleElement().satisfies(r -> {
        assertThat(r.assessmentId()).isEqualTo(id);
        assertThat(r.elderName()).isEqualTo("张秀兰");
        assertThat(r.overdue()).isFalse();
        assertThat(r.validUntil()).isEqualTo(today.plusMonths(12));
      });
      List<Reassessment> overdue = town.assessments().reassessments(today.plusMonths(13), 30, "650102002000", "li");
      assertThat(overdue).singleElement().satisfies(r -> assertThat(r.overdue()).isTrue());
      assertThat(town.assessments().reassessments(today.plusMonths(13), 30, "650102001000", null)).isEmpty();
      assertThat(town.assessments().reassessments(today.plusMonths(13), 30, null, "someone-else")).isEmpty();
    }
  }

  @Test
  void oneVisitOfferstheLtcItemsAlreadyAnsweredOnGbtForConfirmation() {
    try (Workspace li = as("li", "Assess2026a")) {
      List<AssessmentProgress> visit = li.assessments().startVisit(elderId, AssessmentReason.FIRST,
          List.of(GBT, "ltc-2021"));
      UUID gbt = visit.get(0).assessment().id();
      UUID ltc = visit.get(1).assessment().id();
      assertThat(visit.get(1).assessment().formId()).isEqualTo("ltc-2021");
      assertThat(li.assessments().suggestions(ltc)).isEmpty();
      li.assessments().answer(gbt, "B.3.1", 4); // time orientation
      AssessmentService.Suggestion s = li.assessments().suggestions(ltc).get("2.1");
      assertThat(s).isNotNull();
      assertThat(s.value()).isEqualTo(4L);
      assertThat(s.fromForm()).isEqualTo(GBT);
      assertThat(s.fromItem()).isEqualTo("B.3.1");
      // Nothing is filled in until the assessor confirms; once answered, no more suggestion.
      assertThat(li.assessments().open(ltc).assessment().answers()).isEmpty();
      li.assessments().answer(ltc, "2.1", s.value());
      assertThat(li.assessments().suggestions(ltc)).doesNotContainKey("2.1");
      assertThat(li.assessments().myDrafts()).hasSize(2);
    }
  }
}

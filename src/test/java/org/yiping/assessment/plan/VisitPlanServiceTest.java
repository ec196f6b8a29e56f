package org.yiping.assessment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.testdata.AssessmentWorld;

/** The assessor's planned visits: planned by the assessor or the township office, carried over until visited. */
class VisitPlanServiceTest {
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

  @Test
  void aPlanStaysOnTheDayScreenUntilTheVisitStarts() {
    UUID plan;
    try (Workspace town = world.town()) {
      plan = town.plans().plan(world.elderId, today, AssessmentReason.ROUTINE, "li", "上午").id();
      town.plans().plan(world.elderId, today.plusDays(3), null, "wang", null);
      assertThatThrownBy(() -> town.plans().plan(world.elderId, today, null, "town", null))
          .hasMessage("plan.problem.notAssessor");
      assertThatThrownBy(() -> town.plans().plan(world.elderId, today.minusDays(1), null, "li", null))
          .hasMessage("plan.problem.pastDay");
      assertThat(town.plans().between(today, today.plusDays(7), null)).hasSize(2);
    }
    try (Workspace li = world.li()) {
      assertThat(li.plans().myOpenPlans(today)).extracting(PlannedVisitRecord::note).containsExactly("上午");
      // Tomorrow it is still there: a missed visit carries over.
      assertThat(li.plans().myOpenPlans(today.plusDays(1))).hasSize(1);
      assertThatThrownBy(() -> li.plans().plan(world.elderId, today, null, "wang", null))
          .hasMessage("plan.problem.onlyOwn");
      UUID visit = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.ROUTINE)
          .assessment().id();
      li.plans().started(plan, visit);
      assertThat(li.plans().myOpenPlans(today)).isEmpty();
      assertThatThrownBy(() -> li.plans().cancel(plan)).hasMessage("plan.problem.alreadyStarted");
    }
    try (Workspace wang = world.wang()) {
      assertThat(wang.plans().myOpenPlans(today)).isEmpty();
      assertThat(wang.plans().myOpenPlans(today.plusDays(3))).hasSize(1);
    }
  }

  @Test
  void anAssessorPlansAndCancelsTheirOwnVisits() {
    try (Workspace li = world.li()) {
      UUID plan = li.plans().plan(world.elderId, today, null, null, null).id();
      assertThat(li.plans().myOpenPlans(today)).extracting(PlannedVisitRecord::reason)
          .containsExactly(AssessmentReason.ROUTINE);
      li.plans().cancel(plan);
      assertThat(li.plans().myOpenPlans(today)).isEmpty();
    }
    UUID other;
    try (Workspace wang = world.wang()) {
      other = wang.plans().plan(world.elderId, today, null, null, null).id();
    }
    try (Workspace li = world.li()) {
      assertThatThrownBy(() -> li.plans().cancel(other)).hasMessage("plan.problem.onlyOwn");
    }
  }
}

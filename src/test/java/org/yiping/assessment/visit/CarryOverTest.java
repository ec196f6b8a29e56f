package org.yiping.assessment.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.testdata.AssessmentWorld;

/** A reassessment offers the last assessment's chronic diagnoses for confirmation, never its 30-day events. */
class CarryOverTest {
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

  @Test
  void theLastDiagnosesAreSuggestedAndNothingIsFilledIn() {
    try (Workspace li = world.li()) {
      UUID first = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.FIRST)
          .assessment().id();
      AssessmentWorld.fillGbt(li, first);
      li.assessments().answer(first, "A.4.1", List.of("I10-I15", "I25"));
      li.assessments().answer(first, "A.2.14.1", 1);
      UUID draftBefore = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.ROUTINE)
          .assessment().id();
      assertThat(li.assessments().suggestions(draftBefore)).isEmpty(); // nothing locked yet to carry over
      li.assessments().finalizeAssessment(first, null, null);

      UUID next = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.ROUTINE)
          .assessment().id();
      Map<String, AssessmentService.Suggestion> s = li.assessments().suggestions(next);
      assertThat(s).containsOnlyKeys("A.4.1");
      assertThat(s.get("A.4.1").value()).isEqualTo(List.of("I10-I15", "I25"));
      assertThat(s.get("A.4.1").previousOn()).isEqualTo(LocalDate.now());
      assertThat(li.assessments().open(next).assessment().answers()).isEmpty();

      li.assessments().answer(next, "A.4.1", List.of("I10-I15"));
      assertThat(li.assessments().suggestions(next)).isEmpty();
    }
  }
}

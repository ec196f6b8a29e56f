package org.yiping.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yiping.assessment.TestForms.gbt;
import static org.yiping.assessment.TestForms.gbtWithTotal;
import static org.yiping.assessment.TestForms.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiping.assessment.TestForms;

/** GB/T 42195-2022: research §1.8 test vectors T1-T12, every band boundary, every C.4 rule alone and together. */
class GbtScoringTest {
  private static final String GBT = "gbt42195-2022";

  private static Map<String, Object> with(Map<String, Object> base, Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void t1AllMaximumIs90AndLevel0() {
    ScoringResult r = score(GBT, gbtWithTotal(90));
    assertThat(r.complete()).isTrue();
    assertThat(r.dimension("B.1").score()).isEqualTo(32);
    assertThat(r.dimension("B.2").score()).isEqualTo(15);
    assertThat(r.dimension("B.3").score()).isEqualTo(28);
    assertThat(r.dimension("B.4").score()).isEqualTo(15);
    assertThat(r.total()).isEqualTo(90);
    assertThat(r.preliminaryLevel()).isZero();
    assertThat(r.finalLevel()).isZero();
    assertThat(r.levelName()).isEqualTo("能力完好");
    assertThat(r.levelChanges()).isEmpty();
  }

  @Test
  void t2StairsTwoGives89AndLevel1() {
    ScoringResult r = score(GBT, with(gbtWithTotal(90), "B.2.4", 2));
    assertThat(r.total()).isEqualTo(89);
    assertThat(r.finalLevel()).isEqualTo(1);
    assertThat(r.levelName()).isEqualTo("能力轻度受损");
  }

  @ParameterizedTest(name = "T3 total {0} -> level {1}")
  @CsvSource({"90,0", "89,1", "66,1", "65,2", "46,2", "45,3", "30,3", "29,4", "1,4", "0,4"})
  void t3BandBoundaries(int total, int level) {
    ScoringResult r = score(GBT, gbtWithTotal(total));
    assertThat(r.total()).isEqualTo(total);
    assertThat(r.preliminaryLevel()).isEqualTo(level);
    assertThat(r.finalLevel()).isEqualTo(level);
    assertThat(r.preliminaryBasis().method()).isEqualTo("bands");
  }

  @Test
  void t4Arithmetic() {
    ScoringResult r = score(GBT, gbt(4, 4, 2, 4, 4, 4, 4, 4, 4, 4, 3, 2, 4, 4, 4, 3, 4, 4, 1, 1, 2, 2, 1, 4, 3, 4));
    assertThat(List.of(r.dimension("B.1").score(), r.dimension("B.2").score(), r.dimension("B.3").score(),
        r.dimension("B.4").score())).containsExactly(30, 13, 27, 14);
    assertThat(r.total()).isEqualTo(84);
    assertThat(r.finalLevel()).isEqualTo(1);
  }

  @Test
  void t5Arithmetic() {
    ScoringResult r = score(GBT, gbt(2, 2, 1, 2, 2, 3, 3, 2, 2, 2, 2, 1, 2, 2, 3, 2, 3, 3, 1, 0, 2, 1, 1, 1, 1, 2));
    assertThat(List.of(r.dimension("B.1").score(), r.dimension("B.2").score(), r.dimension("B.3").score(),
        r.dimension("B.4").score())).containsExactly(17, 7, 18, 6);
    assertThat(r.total()).isEqualTo(48);
    assertThat(r.finalLevel()).isEqualTo(2);
  }

  @Test
  void t6DementiaRaisesPerfectScoreToLevel1() {
    ScoringResult r = score(GBT, with(gbtWithTotal(90), "A.4.1", List.of("F00-F03")));
    assertThat(r.preliminaryLevel()).isZero();
    assertThat(r.finalLevel()).isEqualTo(1);
    assertThat(r.levelChanges()).singleElement().satisfies(c -> {
      assertThat(c.ruleId()).isEqualTo("C.4-diagnosis");
      assertThat(c.kind()).isEqualTo("raise-if-any-selected");
      assertThat(c.description()).contains("痴呆");
      assertThat(c.fromLevel()).isZero();
      assertThat(c.toLevel()).isEqualTo(1);
      assertThat(c.triggeredBy()).containsExactly(new ItemScore("A.4.1", List.of("F00-F03"), null));
    });
  }

  @Test
  void t7ComaGivesLevel4WhateverTheScore() {
    ScoringResult r = score(GBT, with(gbtWithTotal(70), "A.5.11", true));
    assertThat(r.total()).isEqualTo(70);
    assertThat(r.preliminaryLevel()).isEqualTo(1);
    assertThat(r.finalLevel()).isEqualTo(4);
    assertThat(r.levelName()).isEqualTo("能力完全丧失");
    assertThat(r.levelChanges()).singleElement().satisfies(c -> {
      assertThat(c.ruleId()).isEqualTo("C.4-coma");
      assertThat(c.fromLevel()).isEqualTo(1);
      assertThat(c.toLevel()).isEqualTo(4);
      assertThat(c.triggeredBy()).containsExactly(new ItemScore("A.5.11", true, null));
    });
  }

  @Test
  void comaOverridesEvenAPerfectScoreAndNothingElseApplies() {
    ScoringResult r = score(GBT, with(gbtWithTotal(90), "A.5.11", true, "A.4.1", List.of("F00-F03"),
        "A.2.14.1", 3));
    assertThat(r.finalLevel()).isEqualTo(4);
    assertThat(r.levelChanges()).extracting(LevelChange::ruleId).containsExactly("C.4-coma");
  }

  @Test
  void t8CapStaysAt4AndRecordsTheRule() {
    ScoringResult r = score(GBT, with(gbtWithTotal(20), "A.4.1", List.of("F00-F03")));
    assertThat(r.preliminaryLevel()).isEqualTo(4);
    assertThat(r.finalLevel()).isEqualTo(4);
    assertThat(r.levelChanges()).singleElement().satisfies(c -> {
      assertThat(c.fromLevel()).isEqualTo(4);
      assertThat(c.toLevel()).isEqualTo(4);
      assertThat(c.applied()).isFalse();
    });
  }

  @Test
  void comaOnPreliminaryLevel4IsListedButChangesNothing() {
    ScoringResult r = score(GBT, with(gbtWithTotal(10), "A.5.11", true));
    assertThat(r.preliminaryLevel()).isEqualTo(4);
    assertThat(r.finalLevel()).isEqualTo(4);
    assertThat(r.levelChanges()).singleElement().satisfies(c -> {
      assertThat(c.ruleId()).isEqualTo("C.4-coma");
      assertThat(c.applied()).isFalse();
    });
    assertThat(score(GBT, with(gbtWithTotal(70), "A.5.11", true)).levelChanges().get(0).applied()).isTrue();
  }

  @Test
  void comaWithUnansweredItemsStaysIncompleteButSaysWhatComaWillDo() {
    Map<String, Object> a = gbtWithTotal(90);
    a.remove("B.2.4");
    a.put("A.5.11", true);
    ScoringResult r = score(GBT, a);
    assertThat(r.complete()).isFalse();
    assertThat(r.missing()).containsExactly("B.2.4");
    assertThat(r.finalLevel()).isNull();
    assertThat(r.pendingLevel()).isNotNull();
    assertThat(r.pendingLevel().ruleId()).isEqualTo("C.4-coma");
    assertThat(r.pendingLevel().level()).isEqualTo(4);
    assertThat(r.pendingLevel().levelName()).isEqualTo("能力完全丧失");
    assertThat(r.pendingLevel().triggeredBy()).containsExactly(new ItemScore("A.5.11", true, null));

    a.put("A.5.11", false);
    assertThat(score(GBT, a).pendingLevel()).isNull();
    a.put("B.2.4", 3);
    a.put("A.5.11", true);
    assertThat(score(GBT, a).pendingLevel()).as("complete: the level itself is given").isNull();
  }

  @Test
  void capFromLevel3WithBothRules() {
    ScoringResult r = score(GBT, with(gbtWithTotal(35), "A.4.1", List.of("F04-F99"), "A.2.14.1", 2));
    assertThat(r.preliminaryLevel()).isEqualTo(3);
    assertThat(r.finalLevel()).isEqualTo(4);
  }

  @Test
  void t9OneFallAndOneChokingAreSummedAndRaise() {
    ScoringResult r = score(GBT, with(gbtWithTotal(80), "A.2.14.1", 1, "A.2.14.3", 1));
    assertThat(r.preliminaryLevel()).isEqualTo(1);
    assertThat(r.finalLevel()).isEqualTo(2);
    assertThat(r.levelChanges()).singleElement().satisfies(c -> {
      assertThat(c.ruleId()).isEqualTo("C.4-risk-events");
      assertThat(c.triggeredBy()).containsExactly(new ItemScore("A.2.14.1", 1L, 1), new ItemScore("A.2.14.3", 1L, 1));
    });
  }

  @ParameterizedTest(name = "events {0}/{1}/{2}/{3}/{4} -> final {5}")
  @CsvSource({
    "0,0,0,0,0,1", "1,0,0,0,0,1", "0,0,0,0,1,1",
    "2,0,0,0,0,2", "0,1,0,0,1,2", "0,0,0,1,1,2", "3,0,0,0,0,2", "3,3,3,3,3,2"})
  void riskEventRuleAlone(int fall, int lost, int choke, int self, int other, int expected) {
    ScoringResult r = score(GBT, with(gbtWithTotal(80), "A.2.14.1", fall, "A.2.14.2", lost, "A.2.14.3", choke,
        "A.2.14.4", self, "A.2.14.5", other));
    assertThat(r.finalLevel()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "diagnosis {0} -> final {1}")
  @CsvSource({"F00-F03,2", "F04-F99,2", "I10-I15,1", "other,1"})
  void diagnosisRuleAlone(String code, int expected) {
    ScoringResult r = score(GBT, with(gbtWithTotal(80), "A.4.1", List.of("I25", code)));
    assertThat(r.finalLevel()).isEqualTo(expected);
  }

  @Test
  void t10DiagnosisAndEventsTogetherRaiseOneLevelOnly() {
    ScoringResult r = score(GBT, with(gbtWithTotal(80), "A.4.1", List.of("F00-F03"), "A.2.14.1", 2));
    assertThat(r.preliminaryLevel()).isEqualTo(1);
    assertThat(r.finalLevel()).isEqualTo(2);
    assertThat(r.levelChanges()).extracting(LevelChange::ruleId)
        .containsExactly("C.4-diagnosis", "C.4-risk-events");
    assertThat(r.levelChanges()).allSatisfy(c -> {
      assertThat(c.fromLevel()).isEqualTo(1);
      assertThat(c.toLevel()).isEqualTo(2);
      assertThat(c.applied()).isTrue();
    });
  }

  @Test
  void t11StuporWithoutComaIsScoredNormally() {
    ScoringResult r = score(GBT, with(gbtWithTotal(90), "B.3.9", 0, "A.5.11", false));
    assertThat(r.total()).isEqualTo(88);
    assertThat(r.finalLevel()).isEqualTo(1);
    assertThat(r.levelChanges()).isEmpty();
  }

  @Test
  void t12MissingItemMeansNoTotalAndNoLevelNeverRescaled() {
    Map<String, Object> a = gbtWithTotal(90);
    a.remove("B.2.4");
    a.remove("B.4.5");
    a.put("A.5.11", true);
    ScoringResult r = score(GBT, a);
    assertThat(r.valid()).isTrue();
    assertThat(r.complete()).isFalse();
    assertThat(r.missing()).containsExactly("B.2.4", "B.4.5");
    assertThat(r.total()).isNull();
    assertThat(r.preliminaryLevel()).isNull();
    assertThat(r.finalLevel()).isNull();
    assertThat(r.levelName()).isNull();
    assertThat(r.dimensions()).containsOnlyKeys("B.1", "B.3");
    assertThat(TestForms.ENGINE.scorer(TestForms.form(GBT)).validate(a))
        .extracting(Problem::kind).containsOnly(ProblemKind.MISSING_REQUIRED);
  }

  @Test
  void aNullAnswerCountsAsUnanswered() {
    Map<String, Object> a = gbtWithTotal(90);
    a.put("B.1.1", null);
    assertThat(score(GBT, a).missing()).containsExactly("B.1.1");
  }

  @Test
  void emptyAnswersListEveryRequiredItem() {
    ScoringResult r = score(GBT, Map.of());
    assertThat(r.missing()).containsExactlyElementsOf(TestForms.GBT_ITEMS);
  }

  @Test
  void dimensionsTraceTheirItems() {
    ScoringResult r = score(GBT, gbt(4, 4, 2, 4, 4, 4, 4, 4, 4, 4, 3, 2, 4, 4, 4, 3, 4, 4, 1, 1, 2, 2, 1, 4, 3, 4));
    DimensionResult b2 = r.dimension("B.2");
    assertThat(b2.label()).isEqualTo("基础运动能力");
    assertThat(b2.items()).containsExactly(new ItemScore("B.2.1", 4L, 4), new ItemScore("B.2.2", 4L, 4),
        new ItemScore("B.2.3", 3L, 3), new ItemScore("B.2.4", 2L, 2));
    int sum = r.dimensions().values().stream()
        .flatMap(d -> d.items().stream()).mapToInt(ItemScore::score).sum();
    assertThat(sum).isEqualTo(r.total());
    assertThat(r.preliminaryBasis().ruleId()).isEqualTo("total 66-89");
    assertThat(r.formHash()).startsWith("sha256:");
  }

  @Test
  void integralNumbersOfAnyJavaTypeAreAccepted() {
    Map<String, Object> a = gbtWithTotal(90);
    a.put("B.1.1", 4L);
    a.put("B.1.2", 4.0);
    assertThat(score(GBT, a).total()).isEqualTo(90);
  }

  // -------------------------------------------------------------------------------------------- invalid answers

  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "B.1.1|7|NOT_AN_OPTION",
    "B.1.1|-1|NOT_AN_OPTION",
    "B.1.1|3.5|NOT_AN_OPTION",
    "B.3.7|2|NOT_AN_OPTION",
    "B.2.4|4|NOT_AN_OPTION",
    "A.2.14.1|4|NOT_AN_OPTION",
    "B.1.1|\"4\"|WRONG_TYPE",
    "B.1.1|true|WRONG_TYPE",
    "A.5.11|1|WRONG_TYPE",
    "A.5.11|\"有\"|WRONG_TYPE",
    "A.4.1|\"F00-F03\"|WRONG_TYPE",
    "A.4.1|[\"F99\"]|NOT_AN_OPTION",
    "A.4.1|[1]|WRONG_TYPE",
    "B.9.9|4|UNKNOWN_ITEM",
    "b.1.1|4|UNKNOWN_ITEM"})
  void invalidAnswersAreToldApart(String item, String json, ProblemKind kind) throws Exception {
    Object value = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class);
    Map<String, Object> a = with(gbtWithTotal(90), item, value);
    ScoringResult r = score(GBT, a);
    assertThat(r.valid()).isFalse();
    assertThat(r.complete()).isFalse();
    assertThat(r.total()).isNull();
    assertThat(r.finalLevel()).isNull();
    assertThat(r.dimensions()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(kind);
      assertThat(p.item()).isEqualTo(item);
    });
  }

  @Test
  void problemLineNamesItemAndAllowedValues() {
    ScoringResult r = score(GBT, with(gbtWithTotal(90), "B.1.1", 7));
    assertThat(ProblemText.render(r.problems().get(0))).isEqualTo(
        "B.1.1 的值 7 不在选项中，允许 4,3,2,1,0 (B.1.1: value 7 is not an option; allowed 4,3,2,1,0)");
    ScoringResult t = score(GBT, with(gbtWithTotal(90), "A.5.11", "有"));
    assertThat(ProblemText.render(t.problems().get(0)))
        .startsWith("A.5.11 的值 \"有\" 类型错误，应为true 或 false")
        .contains("expected true or false; allowed false,true")
        .doesNotContain("\n");
  }

  @Test
  void everyInvalidAnswerIsReported() {
    ScoringResult r = score(GBT, with(gbtWithTotal(90), "B.1.1", 9, "X", 1, "A.5.11", 0));
    assertThat(r.problems()).extracting(Problem::kind)
        .containsExactlyInAnyOrder(ProblemKind.NOT_AN_OPTION, ProblemKind.UNKNOWN_ITEM, ProblemKind.WRONG_TYPE);
  }
}

package org.yiping.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yiping.assessment.TestForms.mzt;
import static org.yiping.assessment.TestForms.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MZ/T 039-2013: research §3 test vectors MT1-MT8, band boundaries, the B.3 rules and all 256 combinations. */
class MztScoringTest {
  private static final String MZT = "mzt039-2013";
  private static final int[] ALERT_OK = {0, 0, 0, 0};

  private static Map<String, Object> with(Map<String, Object> base, Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static int[] grades(ScoringResult r) {
    return new int[] {r.dimension("B.1").grade(), r.dimension("B.2").grade(), r.dimension("B.3").grade(),
        r.dimension("B.4").grade()};
  }

  @Test
  void mt1() {
    ScoringResult r = score(MZT, mzt(100, 0, new int[] {0, 1, 0, 0}, 2));
    assertThat(grades(r)).containsExactly(0, 0, 0, 0);
    assertThat(r.finalLevel()).isZero();
    assertThat(r.levelName()).isEqualTo("能力完好");
    assertThat(r.total()).isNull();
  }

  @Test
  void mt2() {
    ScoringResult r = score(MZT, mzt(90, 1, ALERT_OK, 5));
    assertThat(grades(r)).containsExactly(1, 1, 0, 1);
    assertThat(r.finalLevel()).isEqualTo(1);
    assertThat(r.levelName()).isEqualTo("轻度失能");
  }

  @Test
  void mt3() {
    ScoringResult r = score(MZT, mzt(55, 4, ALERT_OK, 0));
    assertThat(r.dimension("B.1").grade()).isEqualTo(2);
    assertThat(r.dimension("B.2").grade()).isEqualTo(3);
    assertThat(r.finalLevel()).isEqualTo(3);
    assertThat(r.preliminaryBasis().ruleId()).isEqualTo("L3-adl2-any3");
  }

  @Test
  void mt4() {
    ScoringResult r = score(MZT, mzt(90, 2, new int[] {0, 3, 0, 0}, 8));
    assertThat(grades(r)).containsExactly(1, 2, 2, 2);
    assertThat(r.finalLevel()).isEqualTo(2);
  }

  @Test
  void mt5ComaGivesLevel3AndHidesTheOtherPerceptionItems() {
    ScoringResult r = score(MZT, mzt(100, 0, new int[] {3}, 0));
    assertThat(r.complete()).isTrue();
    assertThat(r.dimension("B.3").grade()).isEqualTo(3);
    assertThat(r.dimension("B.3").gradeBasis()).isEqualTo("S3-stupor-coma");
    assertThat(r.dimension("B.3").score()).isNull();
    assertThat(r.preliminaryLevel()).isEqualTo(1);
    assertThat(r.finalLevel()).isEqualTo(3);
    assertThat(r.levelChanges()).singleElement().satisfies(c -> {
      assertThat(c.ruleId()).isEqualTo("C.3-3-coma");
      assertThat(c.triggeredBy()).containsExactly(new ItemScore("B.3.1", 3L, 3));
    });
  }

  @Test
  void stuporStillAsksTheOtherPerceptionItems() {
    ScoringResult r = score(MZT, mzt(100, 0, new int[] {2}, 0));
    assertThat(r.missing()).containsExactly("B.3.2", "B.3.3", "B.3.4");
  }

  @Test
  void mt6NoRaiseFromPreliminary3() {
    ScoringResult r = score(MZT, with(mzt(40, 0, ALERT_OK, 0), "A.2.13.1", 2, "A.2.14.1", 3));
    assertThat(r.preliminaryLevel()).isEqualTo(3);
    assertThat(r.finalLevel()).isEqualTo(3);
    assertThat(r.levelChanges()).isEmpty();
  }

  @Test
  void mt7DrowsyIsAtLeastGrade2() {
    ScoringResult r = score(MZT, mzt(100, 0, new int[] {1, 1, 0, 0}, 0));
    assertThat(r.dimension("B.3").grade()).isEqualTo(2);
    assertThat(r.dimension("B.3").gradeBasis()).isEqualTo("S2-drowsy");
  }

  @Test
  void mt8AdlTwoOthersZeroIsLevel2ByOurDecision() {
    ScoringResult r = score(MZT, mzt(60, 0, ALERT_OK, 0));
    assertThat(grades(r)).containsExactly(2, 0, 0, 0);
    assertThat(r.finalLevel()).isEqualTo(2);
    assertThat(r.preliminaryBasis().ruleId()).isEqualTo("L2-adl2-others-0");
  }

  @ParameterizedTest(name = "ADL {0} -> grade {1}")
  @CsvSource({"100,0", "95,1", "65,1", "60,2", "45,2", "40,3", "0,3"})
  void adlBands(int adl, int grade) {
    ScoringResult r = score(MZT, mzt(adl, 0, ALERT_OK, 0));
    assertThat(r.dimension("B.1").score()).isEqualTo(adl);
    assertThat(r.dimension("B.1").grade()).isEqualTo(grade);
  }

  @ParameterizedTest(name = "mental {0} -> grade {1}")
  @CsvSource({"0,0", "1,1", "2,2", "3,2", "4,3", "6,3"})
  void mentalBands(int mental, int grade) {
    assertThat(score(MZT, mzt(100, mental, ALERT_OK, 0)).dimension("B.2").grade()).isEqualTo(grade);
  }

  @ParameterizedTest(name = "social {0} -> grade {1}")
  @CsvSource({"0,0", "2,0", "3,1", "7,1", "8,2", "13,2", "14,3", "20,3"})
  void socialBands(int social, int grade) {
    assertThat(score(MZT, mzt(100, 0, ALERT_OK, social)).dimension("B.4").grade()).isEqualTo(grade);
  }

  /** Independent reading of research §3.4, evaluated from grade 3 down. */
  private static int perceptionOracle(int c, int v, int h, int comm) {
    if (c >= 2 || v == 4 || h == 4 || comm == 3) {
      return 3;
    }
    if (c == 1 || v == 3 || h == 3 || comm == 2) {
      return 2;
    }
    if (v == 2 || h == 2 || comm == 1) {
      return 1;
    }
    return 0;
  }

  @Test
  void everyPerceptionCombinationGetsTheRuleGrade() {
    int checked = 0;
    for (int c = 0; c <= 3; c++) {
      for (int v = 0; v <= 4; v++) {
        for (int h = 0; h <= 4; h++) {
          for (int comm = 0; comm <= 3; comm++) {
            ScoringResult r = score(MZT, mzt(100, 0, new int[] {c, v, h, comm}, 0));
            assertThat(r.dimension("B.3").grade()).as("c%d v%d h%d comm%d", c, v, h, comm)
                .isEqualTo(perceptionOracle(c, v, h, comm));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(400);
  }

  /** Literal text of §3.6 plus the decisions of standards.md, most severe first. */
  private static int levelOracle(int a, int m, int s, int p) {
    boolean any3 = m == 3 || s == 3 || p == 3;
    boolean all2 = m == 2 && s == 2 && p == 2;
    if (a == 3 || (a == 2 && all2) || (a == 2 && any3)) {
      return 3;
    }
    if (a == 1 && (all2 || any3)) {
      return 2;
    }
    if (a == 2) {
      return 2;
    }
    if (a == 0 && m == 0 && s == 0 && p <= 1) {
      return 0;
    }
    return 1;
  }

  /** Dementia alone, two risk events alone, both (one raise in total). */
  private static final Object[][] ADJUSTMENTS = {
    {"A.2.13.1", 1}, {"A.2.14.1", 1, "A.2.14.4", 1}, {"A.2.13.2", 2, "A.2.14.2", 3}};

  private static final int[] ADL_FOR_GRADE = {100, 80, 50, 20};
  private static final int[] MENTAL_FOR_GRADE = {0, 1, 3, 5};
  private static final int[][] PERCEPTION_FOR_GRADE = {{0, 0, 0, 0}, {0, 2, 0, 0}, {0, 3, 0, 0}, {0, 4, 0, 0}};
  private static final int[] SOCIAL_FOR_GRADE = {1, 5, 10, 17};

  @Test
  void all256GradeCombinationsGetTheContractLevel() {
    for (int a = 0; a < 4; a++) {
      for (int m = 0; m < 4; m++) {
        for (int s = 0; s < 4; s++) {
          for (int p = 0; p < 4; p++) {
            ScoringResult r = score(MZT, mzt(ADL_FOR_GRADE[a], MENTAL_FOR_GRADE[m], PERCEPTION_FOR_GRADE[s],
                SOCIAL_FOR_GRADE[p]));
            assertThat(grades(r)).containsExactly(a, m, s, p);
            int level = levelOracle(a, m, s, p);
            assertThat(r.preliminaryLevel()).as("(%d,%d,%d,%d)", a, m, s, p).isEqualTo(level);
            assertThat(r.finalLevel()).as("(%d,%d,%d,%d) no adjustment", a, m, s, p).isEqualTo(level);
            assertThat(r.levelChanges()).isEmpty();
            int raised = level == 3 ? 3 : level + 1;
            for (Object[] adjustment : ADJUSTMENTS) {
              ScoringResult adj = score(MZT, with(mzt(ADL_FOR_GRADE[a], MENTAL_FOR_GRADE[m], PERCEPTION_FOR_GRADE[s],
                  SOCIAL_FOR_GRADE[p]), adjustment));
              assertThat(adj.preliminaryLevel()).isEqualTo(level);
              assertThat(adj.finalLevel()).as("(%d,%d,%d,%d) with %s", a, m, s, p, List.of(adjustment))
                  .isEqualTo(raised);
              if (level == 3) {
                assertThat(adj.levelChanges()).as("no rule applies from level 3").isEmpty();
              } else {
                assertThat(adj.levelChanges()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.fromLevel() + "->" + c.toLevel() + " " + c.applied())
                        .isEqualTo(level + "->" + raised + " true"));
              }
            }
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "gap ({0},{1},{2},{3}) -> {4}")
  @CsvSource({"0,0,0,3,1", "2,1,1,1,2", "2,1,2,2,2", "2,2,2,1,2", "2,0,0,0,2", "2,2,2,2,3", "1,3,0,0,2"})
  void documentedGapDecisions(int a, int m, int s, int p, int level) {
    ScoringResult r = score(MZT, mzt(ADL_FOR_GRADE[a], MENTAL_FOR_GRADE[m], PERCEPTION_FOR_GRADE[s],
        SOCIAL_FOR_GRADE[p]));
    assertThat(r.preliminaryLevel()).isEqualTo(level);
  }

  @ParameterizedTest(name = "dementia {0}, psych {1}, events {2}/{3}/{4}/{5} -> {6}")
  @CsvSource({
    "0,0,0,0,0,0,0",
    "1,0,0,0,0,0,1", "0,3,0,0,0,0,1",
    "0,0,1,1,0,0,1", "0,0,0,0,1,0,0", "0,0,2,0,0,0,1", "0,0,0,0,1,1,1",
    "2,0,2,0,0,0,1", "3,6,3,3,3,3,1"})
  void adjustmentsAloneAndTogetherRaiseOneLevel(int dementia, int psych, int fall, int lost, int choke,
      int suicide, int expected) {
    ScoringResult r = score(MZT, with(mzt(100, 0, ALERT_OK, 0), "A.2.13.1", dementia, "A.2.13.2", psych,
        "A.2.14.1", fall, "A.2.14.2", lost, "A.2.14.3", choke, "A.2.14.4", suicide));
    assertThat(r.preliminaryLevel()).isZero();
    assertThat(r.finalLevel()).isEqualTo(expected);
  }

  @Test
  void raiseFromLevel2StopsAt3() {
    ScoringResult r = score(MZT, with(mzt(90, 2, new int[] {0, 3, 0, 0}, 8), "A.2.13.1", 1, "A.2.14.1", 2));
    assertThat(r.preliminaryLevel()).isEqualTo(2);
    assertThat(r.finalLevel()).isEqualTo(3);
    assertThat(r.levelChanges()).extracting(LevelChange::ruleId)
        .containsExactly("C.3-1-cognition", "C.3-2-events");
  }

  @ParameterizedTest(name = "coma with ADL {0}: preliminary {1}")
  @CsvSource({"20,3", "50,3"})
  void comaWhenThePreliminaryLevelIsAlready3ChangesNothing(int adl, int preliminary) {
    ScoringResult r = score(MZT, with(mzt(adl, 0, new int[] {3}, 0), "A.2.13.1", 1));
    assertThat(r.complete()).isTrue();
    assertThat(r.dimension("B.3").grade()).isEqualTo(3);
    assertThat(r.preliminaryLevel()).isEqualTo(preliminary);
    assertThat(r.finalLevel()).isEqualTo(3);
    assertThat(r.levelChanges()).as("ignoreFromLevel 3: no rule applies").isEmpty();
  }

  @Test
  void comaFromPreliminary2SetsLevel3() {
    ScoringResult r = score(MZT, mzt(80, 0, new int[] {3}, 0));
    assertThat(r.preliminaryLevel()).isEqualTo(2);
    assertThat(r.finalLevel()).isEqualTo(3);
    assertThat(r.levelChanges()).singleElement().satisfies(c -> {
      assertThat(c.ruleId()).isEqualTo("C.3-3-coma");
      assertThat(c.applied()).isTrue();
    });
  }

  @Test
  void noAnswersListsTheConditionalItemsAsMissingToo() {
    ScoringResult r = score(MZT, Map.of());
    assertThat(r.missing()).contains("B.3.1", "B.3.2", "B.3.3", "B.3.4").hasSize(22);
    assertThat(r.pendingLevel()).isNull();
  }

  @Test
  void anItemIsHiddenOnlyWhenItsControllingItemIsAnsweredAndTheConditionFails() {
    Map<String, Object> a = mzt(100, 0, ALERT_OK, 0);
    a.remove("B.3.1");
    ScoringResult unanswered = score(MZT, a);
    assertThat(unanswered.missing()).containsExactly("B.3.1");
    assertThat(unanswered.dimension("B.3")).isNull();
    a.remove("B.3.3");
    assertThat(score(MZT, a).missing()).containsExactly("B.3.1", "B.3.3");
    a.put("B.3.1", 3);
    ScoringResult coma = score(MZT, a);
    assertThat(coma.complete()).isTrue();
    assertThat(coma.dimension("B.3").items()).extracting(ItemScore::item).containsExactly("B.3.1");
  }

  @Test
  void comaWithUnansweredItemsSaysLevel3WillFollow() {
    Map<String, Object> a = mzt(100, 0, new int[] {3}, 0);
    a.remove("B.1.1");
    ScoringResult r = score(MZT, a);
    assertThat(r.missing()).containsExactly("B.1.1");
    assertThat(r.finalLevel()).isNull();
    assertThat(r.pendingLevel().ruleId()).isEqualTo("C.3-3-coma");
    assertThat(r.pendingLevel().level()).isEqualTo(3);
  }

  @Test
  void invalidAndMissing() {
    assertThat(score(MZT, with(mzt(100, 0, ALERT_OK, 0), "B.1.1", 7)).problems())
        .extracting(Problem::kind).containsExactly(ProblemKind.NOT_AN_OPTION);
    Map<String, Object> a = mzt(100, 0, ALERT_OK, 0);
    a.remove("B.4.5");
    ScoringResult r = score(MZT, a);
    assertThat(r.missing()).containsExactly("B.4.5");
    assertThat(r.finalLevel()).isNull();
  }
}

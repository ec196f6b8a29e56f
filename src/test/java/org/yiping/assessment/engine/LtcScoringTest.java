package org.yiping.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yiping.assessment.TestForms.ltc;
import static org.yiping.assessment.TestForms.score;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LTC 2021 (provisional tables): research §2.8 test vectors LT1-LT5, band boundaries, every matrix cell. */
class LtcScoringTest {
  private static final String LTC = "ltc-2021";

  @Test
  void lt1AdlAllMaximumIs100() {
    ScoringResult r = score(LTC, ltc(100, 16, 12));
    assertThat(r.dimension("1").score()).isEqualTo(100);
    assertThat(r.dimension("1").grade()).isZero();
  }

  @Test
  void lt2MixedAdlIs60Moderate() {
    Map<String, Object> a = new LinkedHashMap<>(ltc(100, 16, 12));
    a.putAll(Map.of("1.1", 10, "1.2", 5, "1.3", 0, "1.4", 10, "1.5", 5, "1.6", 5, "1.7", 10, "1.8", 10, "1.9", 5,
        "1.10", 0));
    ScoringResult r = score(LTC, a);
    assertThat(r.dimension("1").score()).isEqualTo(60);
    assertThat(r.dimension("1").grade()).isEqualTo(2);
    assertThat(r.dimension("1").gradeLabel()).isEqualTo("中度受损");
    assertThat(r.dimension("1").provisional()).isTrue();
  }

  @Test
  void lt3CognitionAndPerceptionMaxima() {
    ScoringResult r = score(LTC, ltc(100, 16, 12));
    assertThat(r.dimension("2").score()).isEqualTo(16);
    assertThat(r.dimension("3").score()).isEqualTo(12);
  }

  @Test
  void lt4AllBestIsBasicallyNormalAndProvisional() {
    ScoringResult r = score(LTC, ltc(100, 16, 12));
    assertThat(r.complete()).isTrue();
    assertThat(r.provisional()).isTrue();
    assertThat(r.total()).isNull();
    assertThat(r.finalLevel()).isZero();
    assertThat(r.levelName()).isEqualTo("基本正常");
    assertThat(r.preliminaryBasis().method()).isEqualTo("matrix");
  }

  @Test
  void lt5ValueOutsideTheOptionsIsRejected() {
    Map<String, Object> a = new LinkedHashMap<>(ltc(100, 16, 12));
    a.put("1.3", 10);
    ScoringResult r = score(LTC, a);
    assertThat(r.valid()).isFalse();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.NOT_AN_OPTION);
      assertThat(p.allowed()).containsExactly(5L, 0L);
    });
  }

  @ParameterizedTest(name = "ADL {0} -> {1}")
  @CsvSource({"100,0", "95,1", "65,1", "60,2", "45,2", "40,3", "0,3"})
  void adlBands(int adl, int grade) {
    assertThat(score(LTC, ltc(adl, 16, 12)).dimension("1").grade()).isEqualTo(grade);
  }

  @ParameterizedTest(name = "cognition {0} -> {1}")
  @CsvSource({"16,0", "15,1", "12,1", "11,2", "4,2", "3,3", "0,3"})
  void cognitionBands(int cog, int grade) {
    assertThat(score(LTC, ltc(100, cog, 12)).dimension("2").grade()).isEqualTo(grade);
  }

  @ParameterizedTest(name = "perception {0} -> {1}")
  @CsvSource({"12,0", "11,1", "8,1", "7,2", "4,2", "3,3", "0,3"})
  void perceptionBands(int per, int grade) {
    assertThat(score(LTC, ltc(100, 16, per)).dimension("3").grade()).isEqualTo(grade);
  }

  private static final int[] ADL = {100, 80, 50, 20};
  private static final int[] COG = {16, 13, 8, 2};
  private static final int[] PER = {12, 9, 5, 1};

  /** Research §2.6 (provisional), written out independently of the form file. */
  @ParameterizedTest(name = "ADL grade {0}, cognition {1}, perception {2} -> {3}")
  @CsvSource({
    "0,0,0,0", "0,1,0,0", "0,0,2,1", "0,3,1,1",
    "1,0,0,1", "1,1,1,1", "1,2,0,1", "1,0,3,2",
    "2,0,0,2", "2,1,0,2", "2,2,2,2", "2,3,3,3",
    "3,0,0,3", "3,0,1,3", "3,2,1,4", "3,1,3,5"})
  void combinationMatrixUsesTheWorseOfCognitionAndPerception(int a, int c, int p, int level) {
    ScoringResult r = score(LTC, ltc(ADL[a], COG[c], PER[p]));
    assertThat(r.dimension("1").grade()).isEqualTo(a);
    assertThat(r.dimension("2").grade()).isEqualTo(c);
    assertThat(r.dimension("3").grade()).isEqualTo(p);
    assertThat(r.finalLevel()).isEqualTo(level);
    assertThat(r.preliminaryLevel()).isEqualTo(level);
    assertThat(r.levelChanges()).isEmpty();
  }

  @Test
  void levelNames() {
    assertThat(score(LTC, ltc(20, 2, 1)).levelName()).isEqualTo("重度失能Ⅲ级");
    assertThat(score(LTC, ltc(20, 8, 12)).levelName()).isEqualTo("重度失能Ⅱ级");
  }

  @Test
  void missingItem() {
    Map<String, Object> a = new LinkedHashMap<>(ltc(100, 16, 12));
    a.remove("3.3");
    ScoringResult r = score(LTC, a);
    assertThat(r.missing()).containsExactly("3.3");
    assertThat(r.finalLevel()).isNull();
    assertThat(r.dimensions()).containsOnlyKeys("1", "2");
  }
}

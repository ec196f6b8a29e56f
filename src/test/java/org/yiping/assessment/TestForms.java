package org.yiping.assessment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;

/** The shipped forms (project folder assessment-forms/) and answer builders for tests. */
public final class TestForms {
  public static final Path FORMS_DIR = Path.of(System.getProperty("yiping.assessmentForms", "assessment-forms"));

  private static FormRegistry registry;
  public static final ScoringEngine ENGINE = new ScoringEngine();

  private TestForms() {}

  public static synchronized FormRegistry registry() {
    if (registry == null) {
      registry = FormRegistry.loadDirectory(FORMS_DIR);
    }
    return registry;
  }

  public static FormDefinition form(String id) {
    return registry().latest(id).orElseThrow();
  }

  public static ScoringResult score(String id, Map<String, ?> answers) {
    return ENGINE.score(form(id), answers);
  }

  // ------------------------------------------------------------------------------------------ GB/T 42195

  public static final List<String> GBT_ITEMS = List.of(
      "B.1.1", "B.1.2", "B.1.3", "B.1.4", "B.1.5", "B.1.6", "B.1.7", "B.1.8",
      "B.2.1", "B.2.2", "B.2.3", "B.2.4",
      "B.3.1", "B.3.2", "B.3.3", "B.3.4", "B.3.5", "B.3.6", "B.3.7", "B.3.8", "B.3.9",
      "B.4.1", "B.4.2", "B.4.3", "B.4.4", "B.4.5");

  /** Item maxima as stated in standards.md. */
  public static int gbtMax(String code) {
    return switch (code) {
      case "B.2.4", "B.4.4" -> 3;
      case "B.3.7", "B.3.8" -> 1;
      case "B.3.9", "B.4.1", "B.4.2" -> 2;
      default -> 4;
    };
  }

  /** The 26 B items, each given as a score, in the standard's order. */
  public static Map<String, Object> gbt(int... scores) {
    if (scores.length != GBT_ITEMS.size()) {
      throw new IllegalArgumentException("26 scores expected");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      m.put(GBT_ITEMS.get(i), scores[i]);
    }
    return m;
  }

  /** The 26 B items adding up to {@code total}: all at maximum, then lowered item by item in form order. */
  public static Map<String, Object> gbtWithTotal(int total) {
    int deficit = 90 - total;
    Map<String, Object> m = new LinkedHashMap<>();
    for (String code : GBT_ITEMS) {
      int max = gbtMax(code);
      int r = Math.min(deficit, max);
      deficit -= r;
      m.put(code, max - r);
    }
    return m;
  }

  // ------------------------------------------------------------------------------------------ MZ/T 039

  private static final String[] MZT_ADL = {"B.1.1", "B.1.2", "B.1.3", "B.1.4", "B.1.5", "B.1.6", "B.1.7", "B.1.8",
      "B.1.9", "B.1.10"};
  private static final int[] MZT_ADL_MAX = {10, 5, 5, 10, 10, 10, 10, 15, 15, 10};

  /** B.1 items adding up to {@code adl} (a multiple of 5). */
  public static Map<String, Object> mztAdl(int adl) {
    int deficit = 100 - adl;
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < MZT_ADL.length; i++) {
      int r = Math.min(deficit, MZT_ADL_MAX[i]);
      deficit -= r;
      m.put(MZT_ADL[i], MZT_ADL_MAX[i] - r);
    }
    return m;
  }

  /** Distributes {@code sum} over items (each 0..max) in order. */
  public static Map<String, Object> spread(int sum, List<String> codes, int max) {
    Map<String, Object> m = new LinkedHashMap<>();
    int left = sum;
    for (String c : codes) {
      int v = Math.min(left, max);
      left -= v;
      m.put(c, v);
    }
    if (left != 0) {
      throw new IllegalArgumentException("sum too large");
    }
    return m;
  }

  /**
   * A full MZ/T 039 answer set: ADL total, 精神状态 total (B.2, each 0-2), B.3 as consciousness/vision/hearing/
   * communication, 社会参与 total (B.4, each 0-4).
   */
  public static Map<String, Object> mzt(int adl, int mental, int[] b3, int social) {
    Map<String, Object> m = new LinkedHashMap<>(mztAdl(adl));
    m.putAll(spread(mental, List.of("B.2.1", "B.2.2", "B.2.3"), 2));
    m.put("B.3.1", b3[0]);
    if (b3.length > 1) {
      m.put("B.3.2", b3[1]);
      m.put("B.3.3", b3[2]);
      m.put("B.3.4", b3[3]);
    }
    m.putAll(spread(social, List.of("B.4.1", "B.4.2", "B.4.3", "B.4.4", "B.4.5"), 4));
    return m;
  }

  // ------------------------------------------------------------------------------------------ LTC 2021

  private static final String[] LTC_ADL = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"};
  private static final int[] LTC_ADL_MAX = {10, 10, 5, 10, 10, 10, 15, 15, 10, 5};

  public static Map<String, Object> ltc(int adl, int cognition, int perception) {
    int deficit = 100 - adl;
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < LTC_ADL.length; i++) {
      int r = Math.min(deficit, LTC_ADL_MAX[i]);
      deficit -= r;
      m.put(LTC_ADL[i], LTC_ADL_MAX[i] - r);
    }
    m.putAll(spread(cognition, List.of("2.1", "2.2", "2.3", "2.4"), 4));
    m.putAll(spread(perception, List.of("3.1", "3.2", "3.3"), 4));
    return m;
  }
}

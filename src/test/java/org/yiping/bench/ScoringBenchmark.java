package org.yiping.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.engine.FormScorer;
import org.yiping.assessment.engine.ScoringResult;

/**
 * Scorings per second on one thread, per standard. Prints the figures; asserts nothing about time. Run with
 * {@code ./mvnw -Pbench test -Dtest=ScoringBenchmark}; figures go to docs/benchmarks.md by hand.
 */
@Tag("bench")
class ScoringBenchmark {
  private static final long WARMUP_NANOS = 3_000_000_000L;
  private static final long MEASURE_NANOS = 5_000_000_000L;
  private static volatile int sink;

  private static List<Map<String, Object>> gbtAnswers() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int t = 0; t <= 90; t += 7) {
      Map<String, Object> a = TestForms.gbtWithTotal(t);
      a.put("A.5.11", false);
      a.put("A.4.1", t % 2 == 0 ? List.of("I10-I15", "F00-F03") : List.of("I25"));
      a.put("A.2.14.1", t % 3);
      a.put("A.2.14.2", 0);
      a.put("A.2.14.3", 1);
      a.put("A.2.14.4", 0);
      a.put("A.2.14.5", 0);
      list.add(a);
    }
    return list;
  }

  private static List<Map<String, Object>> mztAnswers() {
    List<Map<String, Object>> list = new ArrayList<>();
    int[] adl = {100, 80, 50, 20};
    for (int i = 0; i < 16; i++) {
      Map<String, Object> a = TestForms.mzt(adl[i % 4], i % 7, new int[] {i % 2, i % 5, (i + 1) % 5, i % 4}, i);
      a.put("A.2.13.1", i % 4);
      a.put("A.2.14.1", i % 3);
      list.add(a);
    }
    return list;
  }

  private static List<Map<String, Object>> ltcAnswers() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      list.add(TestForms.ltc(100 - 5 * i, 16 - i, 12 - (i * 3) / 4));
    }
    return list;
  }

  private static double measure(FormScorer scorer, List<Map<String, Object>> answers, long nanos) {
    long n = 0;
    long start = System.nanoTime();
    long end = start + nanos;
    int acc = 0;
    long now;
    do {
      for (Map<String, Object> a : answers) {
        ScoringResult r = scorer.score(a);
        acc += r.finalLevel() == null ? -1 : r.finalLevel();
      }
      n += answers.size();
      now = System.nanoTime();
    } while (now < end);
    sink = acc;
    return n / ((now - start) / 1e9);
  }

  @Test
  void scoringsPerSecond() {
    Map<String, List<Map<String, Object>>> cases = new java.util.LinkedHashMap<>();
    cases.put("gbt42195-2022", gbtAnswers());
    cases.put("mzt039-2013", mztAnswers());
    cases.put("ltc-2021", ltcAnswers());
    System.out.printf("Scoring benchmark: Java %s, %s %s, %d available processors, one thread%n",
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors());
    for (Map.Entry<String, List<Map<String, Object>>> e : cases.entrySet()) {
      FormScorer scorer = TestForms.ENGINE.scorer(TestForms.form(e.getKey()));
      for (Map<String, Object> a : e.getValue()) {
        if (!scorer.score(a).complete()) {
          throw new IllegalStateException("benchmark answers must be complete: " + e.getKey());
        }
      }
      measure(scorer, e.getValue(), WARMUP_NANOS);
      double perSecond = measure(scorer, e.getValue(), MEASURE_NANOS);
      System.out.printf("  %-15s %,12.0f scorings/s (%.2f µs each)%n", e.getKey(), perSecond, 1e6 / perSecond);
    }
  }
}

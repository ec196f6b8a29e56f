package org.yiping.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.elder.division.DivisionNames;
import org.yiping.elder.search.ElderSearchIndex;
import org.yiping.elder.search.IndexedElder;
import org.yiping.elder.search.SearchPage;
import org.yiping.elder.search.SearchQuery;
import org.yiping.testdata.SyntheticElders;

/**
 * Search-as-you-type over 100,000 synthetic elders. The test forks a JVM with {@code -Xmx256m} (the app's budget)
 * running {@link #main}, and prints its figures. No time assertions.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbench test -Dtest=SearchIndexBenchmark}
 */
@Tag("bench")
class SearchIndexBenchmark {
  static final int ELDERS = 100_000;
  static final int WARMUP_ROUNDS = 30;
  static final int ROUNDS = 200;
  static final int PAGE = 50;
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @Test
  void searchOver100kEldersIn256m() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), SearchIndexBenchmark.class.getName());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println(line);
      }
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("benchmark JVM exit code").isZero();
  }

  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    System.out.printf("JVM %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
        rt.availableProcessors(), rt.maxMemory() >> 20);
    DivisionCatalog catalog = DivisionCatalog.xinjiang();
    String prefecture = "653100000000"; // 喀什地区
    long before = usedAfterGc();

    long t0 = System.nanoTime();
    SyntheticElders generator = new SyntheticElders(20250601L, catalog, prefecture, TODAY);
    List<IndexedElder> elders = SyntheticElders.indexed(generator.generate(ELDERS));
    long t1 = System.nanoTime();
    ElderSearchIndex index = new ElderSearchIndex();
    index.putAll(elders);
    long t2 = System.nanoTime();
    IndexedElder sample = elders.get(ELDERS / 2);
    elders = null;
    long after = usedAfterGc();
    System.out.printf("generated %,d elders in %d ms; index built (putAll) in %d ms%n", index.size(),
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    System.out.printf("retained heap of index incl. records: %.1f MB (%.0f bytes/elder)%n",
        (after - before) / 1048576.0, (after - before) / (double) ELDERS);

    String township = sample.townshipCode();
    Division village = catalog.find(sample.villageCode()).orElseThrow();
    String villageWord = DivisionNames.bareKey(DivisionNames.key(village.name()));
    SearchQuery base = SearchQuery.text("", TODAY);
    SearchQuery filtered = new SearchQuery("", township, Set.of(HardshipFlag.ADVANCED_AGE), null, TODAY);
    SearchQuery dibao = new SearchQuery("", null, Set.of(HardshipFlag.LIVING_ALONE), EconomicStatus.DIBAO, TODAY);
    List<String> labels = new ArrayList<>();
    List<SearchQuery> queries = new ArrayList<>();
    for (String text : new String[] {"z", "zx", "zxl", "张", "张秀", "1234", "6501", "阿依", villageWord}) {
      labels.add("\"" + text + "\"");
      queries.add(base.withText(text));
    }
    labels.add("\"\" + township + 高龄");
    queries.add(filtered);
    labels.add("\"z\" + township + 高龄");
    queries.add(filtered.withText("z"));
    labels.add("\"阿依\" + 独居 + 低保");
    queries.add(dibao.withText("阿依"));
    labels.add("\"\" (all, first page)");
    queries.add(base);

    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      for (SearchQuery q : queries) {
        index.search(q, 0, PAGE);
      }
    }
    long[][] nanos = new long[queries.size()][ROUNDS];
    int[] totals = new int[queries.size()];
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < queries.size(); k++) {
        long s = System.nanoTime();
        SearchPage page = index.search(queries.get(k), 0, PAGE);
        nanos[k][round] = System.nanoTime() - s;
        totals[k] = page.total();
      }
    }
    System.out.printf("%-26s %8s %9s %8s %8s%n", "keystroke", "matches", "median ms", "p95 ms", "max ms");
    long[] all = new long[queries.size() * ROUNDS];
    for (int k = 0; k < queries.size(); k++) {
      long[] n = nanos[k].clone();
      System.arraycopy(n, 0, all, k * ROUNDS, ROUNDS);
      Arrays.sort(n);
      System.out.printf("%-26s %8d %9.2f %8.2f %8.2f%n", labels.get(k), totals[k], n[ROUNDS / 2] / 1e6,
          n[(int) (ROUNDS * 0.95)] / 1e6, n[ROUNDS - 1] / 1e6);
    }
    Arrays.sort(all);
    System.out.printf("%-26s %8s %9.2f %8.2f %8.2f%n", "ALL keystrokes", "", all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.95)] / 1e6, all[all.length - 1] / 1e6);

    long s = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      index.put(sample);
    }
    System.out.printf("single put (replace) into 100k: %.2f ms average%n", (System.nanoTime() - s) / 100 / 1e6);
    System.out.printf("heap used at end: %d MB of max %d MB%n", usedAfterGc() >> 20, rt.maxMemory() >> 20);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}

package org.yiping.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.dashboard.Dashboard;
import org.yiping.elder.ElderFacts;
import org.yiping.security.NewUser;
import org.yiping.security.Role;
import org.yiping.testdata.GbtItems;
import org.yiping.testdata.RosterCsv;
import org.yiping.testdata.SyntheticElders;
import org.yiping.ui.UiTestSupport;

/**
 * The dashboard over 100,000 elders and 10,000 adaptation cases (plus visits, beds' worth of cases and a few hundred
 * locked assessments) in a real encrypted store: the time to compute it, store-wide and for the busiest township.
 * Prints the figures; asserts nothing about time. Run: ./mvnw -q -B -Pbench test -Dtest=DashboardBenchmark
 */
@Tag("bench")
class DashboardBenchmark {
  @TempDir Path dir;

  @Test
  @Timeout(value = 40, unit = java.util.concurrent.TimeUnit.MINUTES)
  void dashboardOver100000EldersAnd10000Cases() throws Exception {
    int elders = Integer.getInteger("bench.elders", 100_000);
    int cases = Integer.getInteger("bench.cases", 10_000);
    // -Dbench.store=DIR keeps the built store there and reuses it on the next run (building takes minutes).
    Path store = System.getProperty("bench.store") == null ? dir.resolve("data") : Path.of(System.getProperty("bench.store"));
    boolean reuse = Files.isDirectory(store.resolve("bench-built"));
    if (!reuse) {
      build(UiTestSupport.context(store), store, elders, cases);
    }
    AppContext app = UiTestSupport.context(store);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    String busiest;
    try (Workspace admin = app.open(app.vault().signIn("bench", "Korla2026xyz".toCharArray()))) {
      busiest = admin.elders().townshipsInUse().stream()
          .max(java.util.Comparator.comparingInt(t -> admin.elders().idsIn(t).size())).orElseThrow();
    }
    app.close();
    app = UiTestSupport.context(store);
    try (Workspace admin = app.open(app.vault().signIn("bench", "Korla2026xyz".toCharArray()))) {
      YearMonth month = YearMonth.now();
      // Right after sign-in, before the search index is loaded (the app loads it in the background).
      long c0 = System.nanoTime();
      long u0 = cpu.getCurrentThreadCpuTime();
      admin.dashboard().of(null, month);
      System.out.printf("dashboard store-wide, first call after sign-in, no search index yet: %d ms (CPU %d ms)%n",
          (System.nanoTime() - c0) / 1_000_000, (cpu.getCurrentThreadCpuTime() - u0) / 1_000_000);
      long i0 = System.nanoTime();
      admin.elders().index();
      System.out.printf("search index loaded in %d ms%n", (System.nanoTime() - i0) / 1_000_000);
      for (String township : Arrays.asList(null, busiest)) {
        long[] ms = new long[12];
        long[] cpuMs = new long[12];
        Dashboard d = null;
        for (int i = 0; i < ms.length; i++) {
          long s = System.nanoTime();
          long u = cpu.getCurrentThreadCpuTime();
          d = admin.dashboard().of(township, month);
          ms[i] = (System.nanoTime() - s) / 1_000_000;
          cpuMs[i] = (cpu.getCurrentThreadCpuTime() - u) / 1_000_000;
        }
        long[] measured = Arrays.copyOfRange(ms, 2, ms.length); // the first two warm the JIT and caches
        long[] measuredCpu = Arrays.copyOfRange(cpuMs, 2, cpuMs.length);
        Arrays.sort(measured);
        Arrays.sort(measuredCpu);
        System.out.printf("dashboard %s: %d elders, %d cases; first %d ms (CPU %d), then median %d ms (CPU %d),"
            + " worst %d ms%n", township == null ? "store-wide" : "township " + township, d.elders(),
            d.adaptationByState().values().stream().mapToLong(Long::longValue).sum(), ms[0], cpuMs[0],
            measured[measured.length / 2], measuredCpu[measuredCpu.length / 2], measured[measured.length - 1]);
      }
    }
    app.close();
  }

  private static void build(AppContext app, Path store, int elders, int cases) throws Exception {
    Path dir = Files.createTempDirectory("dashboard-bench");
    List<SyntheticElders.Raw> raws = new SyntheticElders(42, app.divisions(), "650100000000", LocalDate.now())
        .generate(elders);
    Path csv = RosterCsv.write(dir.resolve("roster.csv"), raws, List.of(), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    List<UUID> ids;
    try (Workspace admin = app.open(app.vault().setup(NewUser.admin("bench", null), "Korla2026xyz".toCharArray()));
        InputStream in = Files.newInputStream(csv)) {
      admin.importer().importRoster(in, "650100000000", (p, d, t) -> { }, () -> false);
      admin.accounts().create(new NewUser("pg", "评估", Role.ASSESSOR, "XJ-1", LocalDate.now().plusYears(1), null),
          "Korla2026abc".toCharArray());
      List<ElderFacts> facts = admin.elders().facts(null);
      ids = facts.stream().map(ElderFacts::id).toList();
      for (int i = 0; i < cases; i++) {
        admin.adaptation().apply(ids.get(i * (ids.size() / cases)), LocalDate.now().getYear(), "基准数据");
      }
      for (int i = 0; i < 5_000; i++) {
        admin.careVisits().record(ids.get(i * 7 % ids.size()), LocalDate.now(), true, Set.of(), null);
      }
    }
    try (Workspace pg = app.open(app.vault().signIn("pg", "Korla2026abc".toCharArray()))) {
      pg.accounts().changeOwnPassword(app.vault(), "Korla2026abc".toCharArray(), "Korla2026def".toCharArray());
      for (int i = 0; i < 300; i++) {
        UUID a = pg.assessments().start(ids.get(i * 13), "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
        for (int k = 0; k < GbtItems.ITEMS.size(); k++) {
          pg.assessments().answer(a, GbtItems.ITEMS.get(k), Math.min(i % 5, GbtItems.MAXIMA.get(k)));
        }
        pg.assessments().finalizeAssessment(a, null, null);
      }
    }
    System.out.printf("store built in %.0f s: %d elders, %d cases, 5,000 visits, 300 locked assessments%n",
        (System.nanoTime() - t0) / 1e9, elders, cases);
    Files.delete(csv);
    Files.delete(dir);
    Files.createDirectories(store.resolve("bench-built"));
    app.close();
  }
}

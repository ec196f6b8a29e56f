package org.yiping.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yiping.app.Workspace;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.HardshipFlag;
import org.yiping.report.ReportSamples;
import org.yiping.report.SignatureStrokes;
import org.yiping.reporting.BatchProgress;
import org.yiping.reporting.BatchResult;
import org.yiping.testdata.AssessmentWorld;
import org.yiping.testdata.SyntheticElders;

/**
 * A batch of 1,000 approved assessments from a real encrypted store (1,000 invented elders in one county, each
 * assessed by li, every fifth signed, approved by town), written by {@code ReportService.batch} once as one file per
 * report and once as one combined file: reports per second and the heap in use after a full GC every 100 reports
 * (GC time left out of the rate). The test forks a JVM with {@code -Xmx256m} (the app's budget) running
 * {@link #main}, and prints its figures; it asserts nothing about time.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbench test -Dtest=BatchReportBenchmark}
 */
@Tag("bench")
class BatchReportBenchmark {
  static final int N = 1_000;

  @Test
  void aThousandApprovedAssessmentsFromTheStoreIn256m() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
        "-Dyiping.assessmentForms=" + TestForms.FORMS_DIR.toAbsolutePath(), "-cp",
        System.getProperty("java.class.path"), BatchReportBenchmark.class.getName());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.contains(" INFO ") && !line.contains(" WARN ")) {
          System.out.println(line);
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("benchmark JVM exit code").isZero();
  }

  /** Heap after a full GC every 100 reports; the time spent in GC is kept apart. */
  static final class HeapEvery100 implements BatchProgress {
    final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    final List<String> heap = new ArrayList<>();
    long gcNanos;
    int calls;

    HeapEvery100() {
      System.gc();
      heap.add(String.format("0: %.1f MB", memory.getHeapMemoryUsage().getUsed() / 1048576.0));
    }

    @Override
    public void update(int done, int total) {
      calls++;
      if (done % 100 == 0) {
        long t = System.nanoTime();
        System.gc();
        heap.add(String.format("%d: %.1f MB", done, memory.getHeapMemoryUsage().getUsed() / 1048576.0));
        gcNanos += System.nanoTime() - t;
      }
    }
  }

  public static void main(String[] args) throws Exception {
    System.out.printf("Batch report benchmark: Java %s, %s %s, %d processors, max heap %d MB%n",
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    Path dir = Files.createTempDirectory("yiping-batch-bench");
    try (AssessmentWorld world = new AssessmentWorld(dir.resolve("store"))) {
      LocalDate today = LocalDate.now();
      long t0 = System.nanoTime();
      List<UUID> elders = new ArrayList<>();
      try (Workspace admin = world.admin()) {
        SyntheticElders gen = new SyntheticElders(42, world.app.divisions(), "650102000000", today);
        for (SyntheticElders.Raw e : gen.generate(N)) {
          elders.add(admin.elders().create(ElderDraft.minimal(e.name(), e.idNumber(), e.villageCode())
              .withFlags(Set.copyOf(e.flags().stream().filter(f -> f != HardshipFlag.ADVANCED_AGE).toList())))
              .id());
        }
      }
      List<UUID> ids = new ArrayList<>();
      SignatureStrokes s = ReportSamples.signature("x", "x", 2);
      try (Workspace li = world.li()) {
        for (int i = 0; i < N; i++) {
          UUID id = li.assessments().start(elders.get(i), AssessmentWorld.GBT, AssessmentReason.ROUTINE)
              .assessment().id();
          for (var a : TestForms.gbtWithTotal(i % 91).entrySet()) {
            li.assessments().answer(id, a.getKey(), a.getValue());
          }
          if (i % 5 == 0) {
            li.evidence().sign(id, SignerRole.ASSESSOR, null, s.width(), s.height(), s.strokes());
          }
          li.assessments().finalizeAssessment(id, null, "老人家中");
          ids.add(id);
        }
      }
      try (Workspace town = world.town()) {
        for (UUID id : ids) {
          town.assessments().approve(id);
        }
      }
      System.out.printf("  store built: %,d elders, %,d approved assessments (26 answers each) in %.0f s%n", N, N,
          (System.nanoTime() - t0) / 1e9);

      try (Workspace town = world.town()) {
        int size = town.reports().batchSize(null, today, today);
        System.out.printf("  batchSize: %d%n", size);
        // Warm-up: a few reports so that the first-report cost (fonts, classes) is not in the rate.
        for (int i = 0; i < 20; i++) {
          town.reports().assessmentReport(ids.get(i), null);
        }
        for (boolean oneFile : new boolean[] {false, true}) {
          Path out = Files.createDirectories(dir.resolve(oneFile ? "combined" : "files"));
          HeapEvery100 heap = new HeapEvery100();
          var threads = ManagementFactory.getThreadMXBean();
          long cpuStart = threads.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          BatchResult r = town.reports().batch(null, today, today, out, oneFile, heap, () -> false);
          double seconds = (System.nanoTime() - start - heap.gcNanos) / 1e9;
          double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / r.written();
          long bytes;
          long count;
          try (Stream<Path> files = Files.list(out)) {
            List<Path> all = files.toList();
            count = all.size();
            bytes = all.stream().mapToLong(f -> f.toFile().length()).sum();
          }
          assertThat(count).as("files in the folder").isEqualTo(oneFile ? 1 : r.written());
          System.out.printf("  %s: %d of %d written in %.1f s, %.1f reports/s (CPU of the batch thread %.1f ms per"
              + " report, full GCs included), %s %.1f MB in all (%.1f KB per report), progress told %d times;"
              + " load average %.2f%n", oneFile ? "one combined file" : "one file per report", r.written(),
              r.total(), seconds, r.written() / seconds, cpuMs,
              oneFile ? "file" : count + " files", bytes / 1048576.0, bytes / 1024.0 / r.written(),
              heap.calls, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
          System.out.println("    heap in use after a full GC, every 100 reports: " + String.join(", ", heap.heap));
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}

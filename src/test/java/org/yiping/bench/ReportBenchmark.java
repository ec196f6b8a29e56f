package org.yiping.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.report.ReportFiles;
import org.yiping.report.ReportSamples;
import org.yiping.report.assessment.AssessmentPart;
import org.yiping.report.assessment.AssessmentReport;
import org.yiping.report.assessment.AssessmentReportData;
import org.yiping.report.assessment.AssessorInfo;
import org.yiping.report.assessment.ElderInfo;
import org.yiping.report.assessment.ReportStatus;

/**
 * PDF assessment reports: one report warm (median and p95 of 60 after 40 of warm-up, and its size), then a batch of
 * 1,000 different reports written to files one by one, with the heap in use after a full GC every 100 reports. The
 * test forks a JVM with {@code -Xmx256m} (the app's budget) running {@link #main}, and prints its figures; it asserts
 * nothing about time.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbench test -Dtest=ReportBenchmark}
 */
@Tag("bench")
class ReportBenchmark {
  static final int WARMUP = 40;
  static final int RUNS = 60;
  static final int BATCH = 1_000;
  static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
  static final String GIVEN = "喆堃镕玥秀兰英华玉珍芳桂凤梅淑明国建军志强德福";

  @Test
  void oneReportWarmAndABatchOf1000In256m() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
        "-Dyiping.assessmentForms=" + TestForms.FORMS_DIR.toAbsolutePath(), "-cp",
        System.getProperty("java.class.path"), ReportBenchmark.class.getName());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println(line);
      }
    }
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("benchmark JVM exit code").isZero();
  }

  /** Report {@code i} of the batch: its own name, ID number, answers (every total from 0 to 90) and record id. */
  static AssessmentReportData data(int i) {
    String name = "" + SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.charAt((i * 7) % GIVEN.length())
        + GIVEN.charAt((i * 13 + 5) % GIVEN.length());
    Map<String, Object> answers = new LinkedHashMap<>(TestForms.gbtWithTotal(i % 91));
    answers.put("A.2.14.1", i % 3);
    answers.put("A.2.14.2", i % 2);
    answers.put("A.4.1", i % 4 == 0 ? List.of("I10-I15", "F00-F03") : List.of("E10-E14"));
    answers.put("A.5.11", i % 50 == 0);
    FormDefinition form = TestForms.form("gbt42195-2022");
    ScoringResult r = TestForms.ENGINE.score(form, answers);
    AssessmentPart part = new AssessmentPart(UUID.nameUUIDFromBytes(("assessment " + i).getBytes()),
        String.format("%064x", i * 2654435761L), ReportStatus.APPROVED, form, answers, r);
    ElderInfo elder;
    try {
      elder = ElderInfo.fromIdNumber(name, ReportSamples.idNumber("650102",
          LocalDate.of(1930 + i % 30, 1 + i % 12, 1 + i % 28), i % 2 == 0), "幸福社区 " + (i % 40 + 1) + " 号",
          LocalDate.of(2026, 11, 20));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return AssessmentReportData.builder(elder, part)
        .reason("常规评估")
        .assessor(new AssessorInfo("wangfang", "王芳", ReportSamples.CERTIFICATE))
        .place("老人家中")
        .visitedAt(Instant.parse("2026-11-20T03:05:00Z"))
        .finalizedAt(Instant.parse("2026-11-20T04:12:00Z"))
        .reviewed("李娟", Instant.parse("2026-11-22T08:40:00Z"))
        .signature(ReportSamples.signature("评估员", "王芳", i % 5))
        .build();
  }

  public static void main(String[] args) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf("Report benchmark: Java %s, %s %s, %d processors, max heap %d MB, one thread%n",
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    AssessmentReport report = ReportSamples.report();
    AssessmentReportData sample = ReportSamples.gbtReport("张喆").build();

    long t0 = System.nanoTime();
    report.render(sample);
    System.out.printf("  first report in a fresh JVM (fonts loaded, classes, JIT cold): %.0f ms%n",
        (System.nanoTime() - t0) / 1e6);

    for (int i = 0; i < WARMUP; i++) {
      report.render(data(i));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ms = new double[RUNS];
    double[] cpu = new double[RUNS];
    int size = 0;
    for (int i = 0; i < RUNS; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      byte[] pdf = report.render(sample);
      ms[i] = (System.nanoTime() - s) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
      size = pdf.length;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    System.out.printf("  one report warm (%d runs): median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms;"
        + " CPU time of the thread median %.1f ms; %,d bytes (%.1f KB)%n", RUNS, ms[RUNS / 2],
        ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[0], ms[RUNS - 1], cpu[RUNS / 2], size, size / 1024.0);
    System.out.printf("  system load average while measuring: %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    Path dir = Files.createTempDirectory("yiping-report-bench");
    try {
      List<String> heap = new ArrayList<>();
      System.gc();
      heap.add(String.format("%d: %.1f MB", 0, memory.getHeapMemoryUsage().getUsed() / 1048576.0));
      long bytes = 0;
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long gcNanos = 0;
      for (int i = 1; i <= BATCH; i++) {
        AssessmentReportData d = data(WARMUP + i);
        byte[] pdf = report.render(d);
        ReportFiles.writeAtomically(dir.resolve("report-" + i + ".pdf"), out -> out.write(pdf));
        bytes += pdf.length;
        if (i % 100 == 0) {
          long g = System.nanoTime();
          System.gc();
          heap.add(String.format("%d: %.1f MB", i, memory.getHeapMemoryUsage().getUsed() / 1048576.0));
          gcNanos += System.nanoTime() - g;
        }
      }
      double seconds = (System.nanoTime() - start - gcNanos) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf("  batch of %,d different reports to files: %.1f s, %.1f reports/s, average %.1f KB;"
          + " CPU time of the thread %.1f s (%.1f ms per report, GCs included); load average %.2f%n",
          BATCH, seconds, BATCH / seconds, bytes / 1024.0 / BATCH, cpuSeconds, cpuSeconds * 1000 / BATCH,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.println("  heap in use after a full GC, every 100 reports: " + String.join(", ", heap));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}

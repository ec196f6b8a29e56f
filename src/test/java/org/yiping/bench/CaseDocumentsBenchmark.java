package org.yiping.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.adaptation.AcceptanceRole;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.Phase;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.Workspace;
import org.yiping.bed.BedSetup;
import org.yiping.bed.Device;
import org.yiping.bed.DeviceType;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.ElderDraft;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportSamples;
import org.yiping.report.SignatureStrokes;
import org.yiping.reporting.Report;
import org.yiping.testdata.AssessmentWorld;

/**
 * The case documents from a real encrypted store, through {@code ReportService} as the app calls them (store reads,
 * rendering, one audit entry): a case sheet of a full case (all 30 checklist items costed, a before and an after
 * photo of 10 items, three signatures, 9 steps), its plan confirmation, one bed label and a sheet of 10 labels. First
 * call in the JVM, then the median and p95 of {@link #RUNS} after {@link #WARMUP}, and each size. Writes the PDFs to
 * {@code target/case-documents/} to look at. Asserts nothing about time.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbench test -Dtest=CaseDocumentsBenchmark}
 */
@Tag("bench")
class CaseDocumentsBenchmark {
  static final int WARMUP = 20;
  static final int RUNS = 40;

  @TempDir Path dir;

  static byte[] photo(long seed) throws Exception {
    return org.yiping.testdata.NoisyPhotos.jpeg(seed);
  }


  @Test
  void caseSheetPlanAndLabels() throws Exception {
    AssessmentWorld world = new AssessmentWorld(dir.resolve("store"));
    world.economicStatus(EconomicStatus.TEKUN);
    int year = LocalDate.now().getYear();
    UUID caseId;
    List<UUID> beds = new ArrayList<>();
    List<UUID> elders = new ArrayList<>();
    try (Workspace admin = world.admin()) {
      for (int i = 0; i < 10; i++) {
        elders.add(admin.elders().create(ElderDraft.minimal("王秀" + "兰英华玉珍芳桂凤梅淑".charAt(i),
            ReportSamples.idNumber("650102", LocalDate.of(1940 + i, 1 + i, 3), false), "650102003002")).id());
      }
    }
    try (Workspace li = world.li()) {
      caseId = li.adaptation().apply(world.elderId, year, null).id();
      List<PlanLine> plan = new ArrayList<>();
      for (int i = 1; i <= 30; i++) {
        plan.add(new PlanLine(Integer.toString(i), true, 1 + i % 5, 5_000 + i * 1_250L,
            i % 4 == 0 ? Payer.FAMILY : Payer.SUBSIDY, i % 3 == 0 ? "按现场测量" : null));
      }
      li.adaptation().plan(caseId, plan);
      li.adaptation().advance(caseId, "入户评估完成");
      for (UUID e : elders) {
        beds.add(li.beds().open(e, new BedSetup("天山区颐和居家养老服务中心", LocalDate.now(),
            LocalDate.now().plusYears(1), null, List.of(new Device(DeviceType.FALL_ALARM, "FA-" + e.toString()
            .substring(0, 6))), "乡镇特批")).id());
      }
    }
    Path out = Path.of("target", "case-documents");
    Files.createDirectories(out);
    try (Workspace town = world.town()) {
      town.adaptation().advance(caseId, "方案通过");
      town.adaptation().sendBack(caseId, "扶手位置需重新确认");
      town.adaptation().advance(caseId, null);
      long thumbs = 0;
      for (int i = 1; i <= 10; i++) {
        town.adaptationEvidence().addPhoto(caseId, Integer.toString(i), Phase.BEFORE, i + ".jpg", photo(i));
      }
      town.adaptation().advance(caseId, "施工队进场");
      for (int i = 1; i <= 10; i++) {
        town.adaptationEvidence().addPhoto(caseId, Integer.toString(i), Phase.AFTER, i + "b.jpg", photo(100 + i));
      }
      for (var p : town.adaptationEvidence().photos(caseId)) {
        thumbs += p.thumbnail().length;
      }
      System.out.printf("20 photos, stored %.0f KB each (shrunk), thumbnails %.1f KB on average%n",
          org.yiping.core.photo.PhotoShrinker.shrink(photo(1), "1.jpg").jpeg().length / 1024.0, thumbs / 20 / 1024.0);
      int seed = 1;
      for (AcceptanceRole role : AcceptanceRole.values()) {
        SignatureStrokes s = ReportSamples.signature("x", "x", seed++);
        town.adaptationEvidence().sign(caseId, role, "签名人" + seed, s.width(), s.height(), s.strokes());
      }
      town.adaptation().advance(caseId, "验收合格");
      town.adaptation().advance(caseId, null);
      town.adaptation().advance(caseId, "资料齐全");

      measure("case sheet (30 items, 20 photos, 3 signatures, 9 steps)",
          () -> town.reports().adaptationCaseSheet(caseId), out.resolve("case-sheet.pdf"));
      measure("plan confirmation (30 items)", () -> town.reports().adaptationPlanForSigning(caseId),
          out.resolve("plan.pdf"));
      measure("one bed label", () -> town.reports().bedLabels(beds.subList(0, 1)), out.resolve("bed-label.pdf"));
      measure("10 bed labels", () -> town.reports().bedLabels(beds), out.resolve("bed-labels-10.pdf"));
    }
    world.close();
  }

  private static void measure(String what, Supplier<Report> make, Path file) throws Exception {
    long t0 = System.nanoTime();
    Report first = make.get();
    double firstMs = (System.nanoTime() - t0) / 1e6;
    for (int i = 0; i < WARMUP; i++) {
      make.get();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long s = System.nanoTime();
      make.get();
      ms[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(ms);
    Files.write(file, first.pdf());
    System.out.printf("%-58s first %7.1f ms  median %6.1f ms  p95 %6.1f ms  %6.1f KB  %d pages%n", what, firstMs,
        ms[RUNS / 2], ms[(int) (RUNS * 0.95)], first.pdf().length / 1024.0, PdfProbe.pages(first.pdf()));
    assertThat(first.pdf().length).isPositive();
  }
}

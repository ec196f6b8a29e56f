package org.yiping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.report.PdfProbe;
import org.yiping.report.VerificationCode;

/** Batches of approved assessments: into one file and one file each, with progress, cancel and one audit entry. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchReportsTest {
  static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

  @TempDir static Path store;
  ReportingWorld w;
  final List<UUID> approved = new ArrayList<>();
  UUID notApproved;
  UUID october;
  Path out;

  @BeforeAll
  void twelveApprovedAssessments() {
    w = new ReportingWorld(store);
    for (int i = 0; i < 12; i++) {
      w.at("2026-11-" + (10 + i) + "T03:00:00Z");
      approved.add(w.approved(w.elderId(), 90 - i * 7, i % 3 == 0));
    }
    notApproved = w.finalized(w.elderId(), 50, false);
    w.at("2026-10-20T03:00:00Z");
    october = w.approved(w.elderId(), 80, false);
    w.at("2026-12-01T02:00:00Z");
  }

  @AfterAll
  void close() {
    w.close();
  }

  @BeforeEach
  void newFolder() throws IOException {
    out = Files.createTempDirectory(store, "out");
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void theSizeCountsApprovedAssessmentsOfTheTownshipAndDays() {
    try (Workspace town = w.town()) {
      assertThat(town.reports().batchSize(null, NOV_1, NOV_30)).isEqualTo(12);
      assertThat(town.reports().batchSize(ReportingWorld.YANERWO, NOV_1, NOV_30)).isEqualTo(12);
      assertThat(town.reports().batchSize(ReportingWorld.SHENGLILU, NOV_1, NOV_30)).isZero();
      assertThat(town.reports().batchSize(null, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 13)))
          .isEqualTo(2);
      assertThat(town.reports().batchSize(null, LocalDate.of(2026, 10, 1), NOV_30)).isEqualTo(13);
      assertThatThrownBy(() -> town.reports().batchSize(null, NOV_30, NOV_1))
          .isInstanceOf(UserFacingException.class).hasMessage("reporting.problem.dateRange");
      assertThatThrownBy(() -> town.reports().batchSize("650102002002", NOV_1, NOV_30))
          .isInstanceOf(UserFacingException.class).hasMessage("reporting.problem.township");
    }
  }

  @Test
  void oneFileHoldsEveryReportWithItsOwnPagesAndProgressIsToldTwelveTimes() throws IOException {
    List<int[]> calls = new ArrayList<>();
    BatchResult r;
    int pagesEach;
    try (Workspace town = w.town()) {
      r = town.reports().batch(ReportingWorld.YANERWO, NOV_1, NOV_30, out, true,
          (done, total) -> calls.add(new int[] {done, total}), () -> false);
      pagesEach = PdfProbe.pages(town.reports().assessmentReport(approved.get(0), null).pdf());
    }
    assertThat(r.total()).isEqualTo(12);
    assertThat(r.written()).isEqualTo(12);
    assertThat(r.cancelled()).isFalse();
    assertThat(r.refused()).isEmpty();
    assertThat(calls).extracting(c -> c[0]).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(12));
    assertThat(r.files()).singleElement().satisfies(f -> {
      assertThat(f.getFileName().toString()).isEqualTo("评估报告汇总_650102002000_2026-11-01_2026-11-30.pdf");
      assertThat(f.getParent()).isEqualTo(out);
    });
    assertThat(files(out)).containsExactlyElementsOf(r.files()); // no temporary file left
    byte[] pdf = Files.readAllBytes(r.files().get(0));
    assertThat(PdfProbe.pages(pdf)).isEqualTo(12 * pagesEach);
    String text = PdfProbe.text(pdf);
    for (UUID id : approved) {
      assertThat(text).contains(id.toString());
    }
    assertThat(text).doesNotContain(notApproved.toString(), october.toString());
    // Each report keeps its own page numbers, and its own QR code scans.
    assertThat(text.split("第 1 页 / 共 " + pagesEach + " 页", -1)).hasSize(13);
    List<String> lastCodes = PdfProbe.qrCodes(PdfProbe.render(pdf, 12 * pagesEach - 1, 100));
    assertThat(lastCodes).singleElement().satisfies(c ->
        assertThat(VerificationCode.parse(c).recordId()).isEqualTo(approved.get(11)));
  }

  @Test
  void oneFileEachAndCancelAfterFiveKeepsFiveFiles() throws IOException {
    AtomicInteger progress = new AtomicInteger();
    BatchResult r;
    try (Workspace town = w.town()) {
      r = town.reports().batch(null, NOV_1, NOV_30, out, false, (done, total) -> progress.set(done),
          () -> progress.get() >= 5);
    }
    assertThat(r.cancelled()).isTrue();
    assertThat(r.written()).isEqualTo(5);
    assertThat(r.total()).isEqualTo(12);
    assertThat(progress.get()).isEqualTo(5);
    assertThat(files(out)).hasSize(5).containsExactlyInAnyOrderElementsOf(r.files());
    for (int i = 0; i < 5; i++) {
      Path f = r.files().get(i);
      assertThat(f.getFileName().toString()).startsWith("评估报告_2026-11-" + (10 + i) + "_")
          .endsWith(approved.get(i) + ".pdf");
      assertThat(PdfProbe.text(Files.readAllBytes(f))).contains(approved.get(i).toString());
    }

    Path all = Files.createTempDirectory(store, "all");
    try (Workspace town = w.town()) {
      BatchResult full = town.reports().batch(null, NOV_1, NOV_30, all, false, BatchProgress.NONE, null);
      assertThat(full.written()).isEqualTo(12);
      assertThat(files(all)).hasSize(12);
    }
  }

  @Test
  void aCancelledCombinedFileIsRemoved() throws IOException {
    AtomicInteger progress = new AtomicInteger();
    BatchResult r;
    try (Workspace town = w.town()) {
      r = town.reports().batch(null, NOV_1, NOV_30, out, true, (done, total) -> progress.set(done),
          () -> progress.get() >= 5);
    }
    assertThat(r.cancelled()).isTrue();
    assertThat(r.written()).isZero();
    assertThat(r.files()).isEmpty();
    assertThat(progress.get()).isEqualTo(5);
    assertThat(files(out)).isEmpty();
  }

  @Test
  void anAssessorMayNotBatchAndTheBatchIsAuditedOnceWithoutPersonalData() {
    try (Workspace li = w.li()) {
      assertThatThrownBy(() -> li.reports().batch(null, NOV_1, NOV_30, out, true, null, null))
          .isInstanceOf(UserFacingException.class).hasMessage("error.notAllowed");
      assertThatThrownBy(() -> li.reports().batchSize(null, NOV_1, NOV_30))
          .isInstanceOf(UserFacingException.class).hasMessage("error.notAllowed");
    }
    long batchesBefore = count("REPORT_BATCH");
    long viewsBefore = count("REPORT_VIEWED") + count("ELDER_VIEWED") + count("ASSESSMENT_VIEWED");
    try (Workspace town = w.town()) {
      assertThatThrownBy(() -> town.reports().batch(null, NOV_1, NOV_30, out.resolve("missing"), true, null, null))
          .isInstanceOf(UserFacingException.class).hasMessage("reporting.problem.notFolder");
      town.reports().batch(ReportingWorld.YANERWO, NOV_1, NOV_30, out, false, null, null);
    }
    assertThat(count("REPORT_BATCH")).isEqualTo(batchesBefore + 1);
    // Twelve reports read twelve files and assessments: one entry says so, not 24 more.
    assertThat(count("REPORT_VIEWED") + count("ELDER_VIEWED") + count("ASSESSMENT_VIEWED")).isEqualTo(viewsBefore);
    try (Workspace admin = w.admin()) {
      AuditRecord batch = admin.audit().page(0, 100).stream().filter(a -> a.action().equals("REPORT_BATCH"))
          .findFirst().orElseThrow();
      assertThat(batch.username()).isEqualTo("town");
      assertThat(batch.targetId()).isEqualTo(ReportingWorld.YANERWO);
      assertThat(batch.detail()).contains("from=2026-11-01", "to=2026-11-30", "written=12", "total=12")
          .doesNotContain("张秀兰", "218X", "19450312");
    }
  }

  @Test
  void aReportTheFontCannotPrintIsSkippedAndListedAndTheRestAreWritten() throws IOException {
    LocalDate dec2 = LocalDate.of(2026, 12, 2);
    w.at("2026-12-02T03:00:00Z");
    UUID unprintable = w.elder("张" + new String(Character.toChars(0x20000)), LocalDate.of(1950, 1, 2), true,
        java.util.Set.of());
    UUID refused = w.approved(unprintable, 60, false);
    UUID fine = w.approved(w.elderId(), 60, false);
    w.at("2026-12-03T02:00:00Z");
    BatchResult r;
    try (Workspace town = w.town()) {
      r = town.reports().batch(null, dec2, dec2, out, false, null, null);
    }
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.written()).isEqualTo(1);
    assertThat(r.cancelled()).isFalse();
    assertThat(r.refused()).singleElement().satisfies(x -> {
      assertThat(x.assessmentId()).isEqualTo(refused);
      assertThat(x.problem()).isInstanceOf(org.yiping.report.UnprintableTextException.class);
      assertThat(x.problem().render(org.yiping.core.i18n.Messages.chinese())).startsWith("姓名中有报告字体无法打印的字");
    });
    assertThat(files(out)).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).contains(fine.toString()));
  }

  private long count(String action) {
    try (Workspace admin = w.admin()) {
      return admin.audit().page(0, 10_000).stream().filter(a -> a.action().equals(action)).count();
    }
  }
}

package org.yiping.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yiping.core.Sex;
import org.yiping.report.elder.ElderSummaryData;
import org.yiping.report.elder.ElderSummaryReport;
import org.yiping.report.stats.MonthlyStatisticsData;
import org.yiping.report.stats.MonthlyStatisticsReport;

/** Reports combined into one PDF; what the hashes of the store-less reports cover. */
class ReportBundleTest {
  static ElderSummaryData summary(LocalDate printedOn, String name) {
    return new ElderSummaryData(UUID.fromString("01932c4e-7a10-7b2c-9d3e-0123456789ab"), printedOn, name,
        Sex.FEMALE, "6501**********123X", LocalDate.of(1942, 3, 12), "幸福社区 3 号", Map.of("民族", "汉族"),
        List.of("独居"), !LocalDate.of(1942, 3, 12).plusYears(80).isAfter(printedOn),
        List.of(new ElderSummaryData.ContactLine("王玥", "子女", "13900001111", true)),
        List.of(new ElderSummaryData.ResultLine("老年人能力评估规范", "2 级 能力中度受损", LocalDate.of(2026, 1, 5),
            LocalDate.of(2027, 1, 5), "李评估", ElderSummaryData.Standing.HOLDS)), List.of(), List.of());
  }

  static final VerificationCode CODE = VerificationCode.of(ReportKind.ELDER_SUMMARY,
      UUID.fromString("01932c4e-7a10-7b2c-9d3e-0123456789ab"), "ab".repeat(32));

  @Test
  void aBundleHoldsEveryPageOfEveryReportInOrder() {
    ElderSummaryReport elder = new ElderSummaryReport(ReportSamples.CLOCK);
    byte[] a = elder.render(summary(LocalDate.of(2026, 11, 24), "张喆"), CODE);
    byte[] b = elder.render(summary(LocalDate.of(2026, 11, 24), "欧阳玥"), CODE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportBundle bundle = new ReportBundle(out, "汇总");
    bundle.append(a);
    bundle.append(b);
    bundle.append(a);
    bundle.close();
    assertThat(bundle.reports()).isEqualTo(3);
    byte[] pdf = out.toByteArray();
    int each = PdfProbe.pages(a);
    assertThat(PdfProbe.pages(pdf)).isEqualTo(3 * each).isEqualTo(bundle.pages());
    String text = PdfProbe.text(pdf);
    assertThat(text.indexOf("欧阳玥")).isGreaterThan(text.indexOf("张喆"));
    assertThat(text.lastIndexOf("张喆")).isGreaterThan(text.indexOf("欧阳玥"));
    assertThat(PdfProbe.qrCodes(PdfProbe.render(pdf, 3 * each - 1, 100))).containsExactly(CODE.text());
  }

  @Test
  void theElderSummaryHashLeavesOutOnlyWhatIsJudgedOnThePrintDay() {
    ElderSummaryData now = summary(LocalDate.of(2026, 11, 24), "张喆");
    ElderSummaryData later = summary(LocalDate.of(2028, 2, 1), "张喆");
    assertThat(later.age()).isNotEqualTo(now.age());
    assertThat(later.content()).isEqualTo(now.content());
    assertThat(summary(LocalDate.of(2026, 11, 24), "张哲").content()).isNotEqualTo(now.content());
    assertThat(now.content()).doesNotContainKeys("printedOn", "advancedAge", "age");
    String expired = ElderSummaryReport.standing(later.results().get(0), later.printedOn());
    assertThat(expired).isEqualTo(ReportText.STANDING_EXPIRED);
    assertThat(ElderSummaryReport.standing(now.results().get(0), now.printedOn()))
        .isEqualTo(ReportText.STANDING_VALID);
  }

  @Test
  void statisticsRefuseFiguresThatDoNotLineUp() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MonthlyStatisticsData(null, "全部", YearMonth.of(2026, 11),
        LocalDate.of(2026, 11, 30), true, 0, List.of(), List.of(),
        List.of(new MonthlyStatisticsData.FormCount("表", 1, 0)), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    MonthlyStatisticsData d = new MonthlyStatisticsData("650102002000", "燕儿窝街道", YearMonth.of(2026, 11),
        LocalDate.of(2026, 11, 30), true, 2, List.of(new MonthlyStatisticsData.Count("0 级 能力完好", 2)),
        List.of(new MonthlyStatisticsData.Count("独居", 1)),
        List.of(new MonthlyStatisticsData.FormCount("老年人能力评估规范", 2, 1)),
        List.of(new MonthlyStatisticsData.Count("老年人能力评估规范", 0)), null);
    byte[] pdf = new MonthlyStatisticsReport(ReportSamples.CLOCK).render(d,
        VerificationCode.of(ReportKind.MONTHLY_STATISTICS, UUID.randomUUID(), "cd".repeat(32)));
    assertThat(PdfProbe.text(pdf)).contains("燕儿窝街道 · 2026 年 11 月");
    assertThat(d.doneTotal()).isEqualTo(2);
    assertThat(d.approvedTotal()).isEqualTo(1);
  }
}

package org.yiping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yiping.reporting.AssessmentReportFromStoreTest.oneLine;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import org.yiping.elder.ElderFile;
import org.yiping.elder.HardshipFlag;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportKind;

/**
 * Monthly statistics of 胜利路街道 for November 2026, counted in December: three elders at levels 0, 2 and 4, one
 * result overdue, one assessment sent back and corrected within the month.
 */
class MonthlyStatisticsFromStoreTest {
  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  @TempDir java.nio.file.Path dir;
  ReportingWorld w;
  UUID a;
  UUID b;
  UUID c;
  UUID cAssessment;

  @BeforeEach
  void setUp() {
    w = new ReportingWorld(dir, Instant.parse("2025-10-01T02:00:00Z"));
    w.at("2025-10-06T02:00:00Z");
    a = w.elder("李玉兰", LocalDate.of(1940, 5, 1), false, Set.of(HardshipFlag.LIVING_ALONE));
    b = w.elder("马国强", LocalDate.of(1955, 2, 3), true, Set.of(HardshipFlag.LIVING_ALONE,
        HardshipFlag.EMPTY_NEST));
    c = w.elder("阿依古丽·买买提", LocalDate.of(1960, 7, 8), false, Set.of());
    w.at("2025-10-08T02:00:00Z");
    w.approved(a, 90, false); // level 0, valid until 2026-10-08: overdue at the end of November 2026
    w.at("2026-11-09T02:00:00Z");
    UUID returned = w.finalized(b, 40, false);
    try (Workspace town = w.town()) {
      town.assessments().returnForCorrection(returned, "B.1 与现场不符");
    }
    w.at("2026-11-10T02:00:00Z");
    UUID corrected;
    try (Workspace li = w.li()) {
      corrected = li.assessments().correct(returned, "复核 B.1").assessment().id();
      ReportingWorld.answer(li, corrected, org.yiping.assessment.TestForms.gbtWithTotal(55));
      li.assessments().finalizeAssessment(corrected, null, "老人家中");
    }
    try (Workspace town = w.town()) {
      town.assessments().approve(corrected); // level 2
    }
    w.at("2026-11-12T02:00:00Z");
    cAssessment = w.finalized(c, 20, false); // level 4, waiting for review
    w.at("2026-12-03T02:00:00Z");
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  @Test
  void novemberIsCountedRightAndDrawn() {
    Report r;
    try (Workspace town = w.town()) {
      r = town.reports().monthlyStatistics(ReportingWorld.SHENGLILU, NOVEMBER);
    }
    assertThat(r.kind()).isEqualTo(ReportKind.MONTHLY_STATISTICS);
    assertThat(r.recordId()).isEqualTo(ContentHashes.statisticsId(ReportingWorld.SHENGLILU, NOVEMBER));
    assertThat(r.suggestedFileName()).isEqualTo("月度统计_650102003000_2026-11.pdf");
    String t = oneLine(PdfProbe.text(r.pdf()));
    assertThat(t).contains("老年人能力评估月度统计", "胜利路街道·2026年11月", "数据截至2026-11-30");
    assertThat(t).doesNotContain("本月尚未结束");
    assertThat(t).contains("在册老年人3人", "本月完成评估2次", "其中已审核1次", "月末逾期未复评1次");
    // Counts across: level names, then the counts, then the shares.
    assertThat(t).contains("能力等级0级能力完好1级能力轻度受损2级能力中度受损3级能力重度受损4级能力完全丧失未评估"
        + "人数101010占比33.3%0.0%33.3%0.0%33.3%0.0%");
    assertThat(t).contains("类别独居空巢留守失能重残计划生育特殊家庭高龄人数2100001"
        + "占比66.7%33.3%0.0%0.0%0.0%0.0%33.3%");
    assertThat(t).contains("老年人能力评估规范211合计211");
    // No names on a statistics sheet.
    assertThat(t).doesNotContain("李玉兰", "马国强", "阿依古丽");

    BufferedImage page = PdfProbe.render(r.pdf(), 0, 80);
    assertThat(PdfProbe.nonWhite(page)).isGreaterThan(page.getWidth() * page.getHeight() / 50L);
    assertThat(barPixels(page)).as("bar fill on page 1").isGreaterThan(300);
    assertThat(PdfProbe.qrCodes(PdfProbe.render(r.pdf(), PdfProbe.pages(r.pdf()) - 1, 100)))
        .containsExactly(r.verificationCode());
  }

  /** Pixels of the bars' fill colour, {@code ReportDocument.GROUP_FILL.darker()}. */
  static long barPixels(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int red = rgb >> 16 & 0xFF;
        int green = rgb >> 8 & 0xFF;
        int blue = rgb & 0xFF;
        if (Math.abs(red - 154) <= 4 && Math.abs(green - 159) <= 4 && Math.abs(blue - 165) <= 4) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aPrintedMonthStaysVerifiedUntilSomethingOfThatMonthChanges() {
    String code;
    try (Workspace town = w.town()) {
      code = town.reports().monthlyStatistics(ReportingWorld.SHENGLILU, NOVEMBER).verificationCode();
      assertThat(town.reports().verify(code).outcome()).isEqualTo(Verification.Outcome.MATCHES);
      // Approved in December: November's figures are as they were.
      town.assessments().approve(cAssessment);
      assertThat(town.reports().verify(code).outcome()).isEqualTo(Verification.Outcome.MATCHES);
    }
    w.elder("周桂芳", LocalDate.of(1944, 1, 1), false, Set.of(HardshipFlag.LEFT_BEHIND)); // a December file
    try (Workspace town = w.town()) {
      Verification v = town.reports().verify(code);
      assertThat(v.outcome()).isEqualTo(Verification.Outcome.MATCHES);
      assertThat(v.detail()).isEqualTo(ReportingWorld.SHENGLILU + " 2026-11");
    }
    try (Workspace admin = w.admin()) {
      ElderFile f = admin.elders().get(b);
      admin.elders().update(b, f.rev(), f.toDraft().withFlags(Set.of(HardshipFlag.LIVING_ALONE)));
    }
    try (Workspace town = w.town()) {
      assertThat(town.reports().verify(code).outcome()).isEqualTo(Verification.Outcome.CHANGED_SINCE_PRINTED);
      String changedHash = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
      assertThat(town.reports().verify(changedHash).outcome()).isIn(Verification.Outcome.CHANGED_SINCE_PRINTED);
    }
  }

  @Test
  void everyTownshipTheRunningMonthAndBadInput() {
    try (Workspace town = w.town()) {
      Report all = town.reports().monthlyStatistics(null, NOVEMBER);
      String t = oneLine(PdfProbe.text(all.pdf()));
      assertThat(t).contains("全部乡镇（街道）·2026年11月", "在册老年人4人");
      assertThat(t).contains("燕儿窝街道650102002000100", "胜利路街道650102003000321");
      assertThat(all.suggestedFileName()).isEqualTo("月度统计_全部乡镇_2026-11.pdf");
      assertThat(town.reports().verify(all.verificationCode()).outcome()).isEqualTo(Verification.Outcome.MATCHES);

      Report december = town.reports().monthlyStatistics(ReportingWorld.SHENGLILU, YearMonth.of(2026, 12));
      assertThat(oneLine(PdfProbe.text(december.pdf()))).contains("本月尚未结束：数字截至2026-12-03",
          "本月完成评估0次", "月末逾期未复评1次");

      assertThatThrownBy(() -> town.reports().monthlyStatistics(null, YearMonth.of(2027, 1)))
          .isInstanceOf(UserFacingException.class).hasMessage("reporting.problem.futureMonth");
      assertThatThrownBy(() -> town.reports().monthlyStatistics(ReportingWorld.SHENGLILU_VILLAGE, NOVEMBER))
          .isInstanceOf(UserFacingException.class).hasMessage("reporting.problem.township");
      assertThatThrownBy(() -> town.reports().monthlyStatistics("12345", NOVEMBER))
          .isInstanceOf(UserFacingException.class).hasMessage("reporting.problem.township");
    }
    try (Workspace admin = w.admin()) {
      assertThat(admin.audit().page(0, 50)).filteredOn(x -> x.action().equals("REPORT_VIEWED"))
          .extracting(x -> x.detail()).anySatisfy(d -> assertThat(d).contains("township=650102003000",
              "month=2026-12", "kind=MONTHLY_STATISTICS"));
    }
  }
}

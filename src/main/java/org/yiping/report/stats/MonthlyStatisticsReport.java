package org.yiping.report.stats;

import static org.yiping.report.ReportText.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.yiping.report.BarChart;
import org.yiping.report.KeyValueTable;
import org.yiping.report.ReportDocument;
import org.yiping.report.ReportDocument.Style;
import org.yiping.report.ReportFonts;
import org.yiping.report.ReportFrame;
import org.yiping.report.ReportTable;
import org.yiping.report.ReportTable.Align;
import org.yiping.report.ReportTable.Column;
import org.yiping.report.SectionNumbers;
import org.yiping.report.VerificationBlock;
import org.yiping.report.VerificationCode;
import org.yiping.report.assessment.AssessmentReport;

/**
 * 老年人能力评估月度统计 of a township (or of every township): elders by level and by hardship flag with bar charts,
 * assessments done in the month, reassessments overdue at the month's end, the townships side by side, and the
 * verification code. Thread-safe.
 */
public final class MonthlyStatisticsReport {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final float CHART_HEIGHT = 135;

  private final ReportFonts fonts;
  private final Clock clock;
  private final ZoneId zone;

  public MonthlyStatisticsReport(ReportFonts fonts, Clock clock, ZoneId zone) {
    this.fonts = Objects.requireNonNull(fonts);
    this.clock = Objects.requireNonNull(clock);
    this.zone = Objects.requireNonNull(zone);
  }

  /** The bundled fonts, Beijing time. */
  public MonthlyStatisticsReport(Clock clock) {
    this(ReportFonts.bundled(), clock, AssessmentReport.BEIJING_TIME);
  }

  /** The report's title line under the heading: 城关镇 · 2026 年 11 月. */
  public static String subtitle(MonthlyStatisticsData d) {
    return String.format(STATS_SUBTITLE, d.townshipName(), d.month().getYear(), d.month().getMonthValue());
  }

  /**
   * The statistics as PDF bytes.
   *
   * @param code the code printed as QR code and text (made from {@link MonthlyStatisticsData#content()})
   */
  public byte[] render(MonthlyStatisticsData data, VerificationCode code) {
    Objects.requireNonNull(code, "code");
    fonts.requirePrintable(TOWNSHIP, data.townshipName());
    ReportFrame frame = new ReportFrame(STATS_TITLE, STATS_TITLE + HEADER_SEPARATOR + subtitle(data),
        ZonedDateTime.now(clock).withZoneSameInstant(zone), null);
    return ReportDocument.render(fonts, frame, doc -> body(doc, data, code));
  }

  private void body(ReportDocument doc, MonthlyStatisticsData d, VerificationCode code) {
    SectionNumbers h = new SectionNumbers();
    doc.title(STATS_TITLE, subtitle(d));
    if (!d.monthComplete()) {
      doc.notice(MONTH, String.format(MONTH_OPEN_NOTICE, date(d.asOf())));
    }

    doc.heading(h.next(SECTION_OVERVIEW));
    doc.add(new KeyValueTable(2, 0.38f)
        .add(STATS_SCOPE, d.townshipName())
        .add(TOWNSHIP_CODE, d.townshipCode())
        .add(MONTH, String.format(MONTH_VALUE, d.month().getYear(), d.month().getMonthValue()))
        .add(AS_OF, date(d.asOf()))
        .addEmphasized(ELDERS, String.format(PEOPLE_VALUE, d.elders()))
        .addEmphasized(ASSESSMENTS_DONE, String.format(TIMES_VALUE, d.doneTotal()))
        .add(OF_WHICH_APPROVED, String.format(TIMES_VALUE, d.approvedTotal()))
        .addEmphasized(OVERDUE, String.format(TIMES_VALUE, d.overdueTotal())));

    doc.heading(h.next(SECTION_BY_LEVEL));
    doc.keepSpace(CHART_HEIGHT + 70);
    doc.add(chart(CHART_LEVELS, d.byLevel()));
    doc.add(counts(LEVEL, d.byLevel(), d.elders()));

    doc.heading(h.next(SECTION_BY_FLAG));
    doc.keepSpace(CHART_HEIGHT + 70);
    doc.add(chart(CHART_FLAGS, d.byFlag()));
    doc.add(counts(CATEGORY, d.byFlag(), d.elders()));

    doc.heading(h.next(SECTION_BY_FORM));
    ReportTable forms = new ReportTable(new Column(FORM, 4, Align.LEFT), new Column(ASSESSMENTS_DONE, 1.6f, Align.RIGHT),
        new Column(OF_WHICH_APPROVED, 1.6f, Align.RIGHT), new Column(OVERDUE, 1.8f, Align.RIGHT)).keepTogether();
    for (int i = 0; i < d.done().size(); i++) {
      MonthlyStatisticsData.FormCount f = d.done().get(i);
      forms.row(f.form(), String.valueOf(f.done()), String.valueOf(f.approved()),
          String.valueOf(d.overdue().get(i).count()));
    }
    forms.row(TOTAL_ROW, String.valueOf(d.doneTotal()), String.valueOf(d.approvedTotal()),
        String.valueOf(d.overdueTotal()));
    doc.add(forms);

    if (!d.townships().isEmpty()) {
      doc.heading(h.next(SECTION_TOWNSHIPS));
      ReportTable towns = new ReportTable(new Column(TOWNSHIP, 3.4f, Align.LEFT),
          new Column(TOWNSHIP_CODE, 2.2f, Align.CENTER), new Column(ELDERS, 1.4f, Align.RIGHT),
          new Column(ASSESSMENTS_DONE, 1.6f, Align.RIGHT), new Column(OVERDUE_SHORT, 1.2f, Align.RIGHT));
      for (MonthlyStatisticsData.TownshipLine t : d.townships()) {
        towns.row(t.name(), t.code(), String.valueOf(t.elders()), String.valueOf(t.done()),
            String.valueOf(t.overdue()));
      }
      doc.add(towns);
    }

    doc.paragraph(STATS_BASIS, STATS_BASIS, Style.SMALL);
    doc.heading(h.next(VERIFY_TITLE));
    doc.add(new VerificationBlock(code)
        .detail(STATS_SCOPE, d.townshipCode() == null ? d.townshipName() : d.townshipName() + " " + d.townshipCode())
        .detail(MONTH, d.month().toString())
        .detail(AS_OF, date(d.asOf())));
  }

  private static BarChart chart(String title, List<MonthlyStatisticsData.Count> counts) {
    return new BarChart(title, null, AXIS_PEOPLE,
        counts.stream().map(c -> new BarChart.Bar(c.label(), c.count())).toList(), 0, CHART_HEIGHT);
  }

  /**
   * The counts under their chart, the categories across: a row of counts and a row of shares of the elders on the
   * register (a share of nobody prints as a dash).
   */
  private static ReportTable counts(String label, List<MonthlyStatisticsData.Count> counts, int of) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(label, 1.3f, Align.LEFT));
    for (MonthlyStatisticsData.Count c : counts) {
      columns.add(new Column(c.label(), 1, Align.RIGHT));
    }
    ReportTable t = new ReportTable(columns).keepTogether();
    List<String> n = new ArrayList<>();
    List<String> share = new ArrayList<>();
    n.add(COUNT);
    share.add(SHARE);
    for (MonthlyStatisticsData.Count c : counts) {
      n.add(String.valueOf(c.count()));
      share.add(of == 0 ? null : String.format(Locale.ROOT, SHARE_VALUE, 100.0 * c.count() / of));
    }
    t.row(n.toArray(String[]::new));
    t.row(share.toArray(String[]::new));
    return t;
  }

  private static String date(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }
}

package org.yiping.report.elder;

import static org.yiping.report.ReportText.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * 老年人档案摘要 (一人一档): identity, hardship flags, contacts, the results of every standard with their validity,
 * home-adaptation cases and family beds, and the verification code. Thread-safe.
 */
public final class ElderSummaryReport {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final ReportFonts fonts;
  private final Clock clock;
  private final ZoneId zone;

  public ElderSummaryReport(ReportFonts fonts, Clock clock, ZoneId zone) {
    this.fonts = Objects.requireNonNull(fonts);
    this.clock = Objects.requireNonNull(clock);
    this.zone = Objects.requireNonNull(zone);
  }

  /** The bundled fonts, Beijing time. */
  public ElderSummaryReport(Clock clock) {
    this(ReportFonts.bundled(), clock, AssessmentReport.BEIJING_TIME);
  }

  /**
   * The summary as PDF bytes.
   *
   * @param code the code printed as QR code and text (made from {@link ElderSummaryData#content()})
   * @throws org.yiping.report.UnprintableTextException if a text holds a character the font lacks (nothing is made)
   */
  public byte[] render(ElderSummaryData data, VerificationCode code) {
    Objects.requireNonNull(code, "code");
    // The name is in the running header too: check it here so that a refusal names the field 姓名.
    fonts.requirePrintable(NAME, data.name());
    String header = data.name() == null || data.name().isBlank() ? ELDER_SUMMARY_TITLE
        : ELDER_SUMMARY_TITLE + HEADER_SEPARATOR + data.name();
    ReportFrame frame = new ReportFrame(ELDER_SUMMARY_TITLE, header, ZonedDateTime.now(clock).withZoneSameInstant(zone),
        null);
    return ReportDocument.render(fonts, frame, doc -> body(doc, data, code));
  }

  private void body(ReportDocument doc, ElderSummaryData d, VerificationCode code) {
    SectionNumbers h = new SectionNumbers();
    doc.title(ELDER_SUMMARY_TITLE, String.format(ELDER_SUMMARY_SUBTITLE, date(d.printedOn())));

    doc.heading(h.next(SECTION_BASIC));
    KeyValueTable basic = new KeyValueTable(2, 0.35f)
        .add(NAME, d.name())
        .add(SEX, d.sex() == null ? null : d.sex().chinese())
        .add(ID_NUMBER, d.idNumber())
        .add(BIRTH_DATE, date(d.birthDate()))
        .add(AGE, d.age() == null ? null : String.format(AGE_VALUE, d.age()));
    d.details().forEach(basic::add);
    basic.addWide(ADDRESS, d.address());
    doc.add(basic);

    doc.heading(h.next(SECTION_FLAGS));
    List<String> flags = new ArrayList<>(d.flags());
    if (d.advancedAge()) {
      flags.add(ADVANCED_AGE);
    }
    doc.add(new KeyValueTable(1, 0.175f).add(SECTION_FLAGS, flags.isEmpty() ? NO_FLAGS
        : String.join(LIST_SEPARATOR, flags)));

    doc.heading(h.next(SECTION_CONTACTS));
    if (d.contacts().isEmpty()) {
      doc.paragraph(SECTION_CONTACTS, NOTHING_YET, Style.BODY);
    } else {
      ReportTable contacts = new ReportTable(new Column(CONTACT_NAME, 2, Align.LEFT),
          new Column(RELATION, 2, Align.LEFT), new Column(PHONE, 2, Align.LEFT),
          new Column(IS_GUARDIAN, 1, Align.CENTER));
      for (ElderSummaryData.ContactLine c : d.contacts()) {
        contacts.row(c.name(), c.relation(), c.phone(), c.guardian() ? YES : null);
      }
      doc.add(contacts);
    }

    doc.heading(h.next(SECTION_RESULTS));
    if (d.results().isEmpty()) {
      doc.paragraph(SECTION_RESULTS, NOTHING_YET, Style.BODY);
    } else {
      ReportTable results = new ReportTable(new Column(STANDARD, 3.2f, Align.LEFT),
          new Column(RESULT, 2.6f, Align.LEFT), new Column(DECIDED_ON, 1.7f, Align.CENTER),
          new Column(VALID_UNTIL, 1.7f, Align.CENTER), new Column(DECIDED_BY, 2.4f, Align.LEFT),
          new Column(STANDING, 1.2f, Align.CENTER));
      for (ElderSummaryData.ResultLine r : d.results()) {
        results.row(r.standard(), r.result(), date(r.decidedOn()),
            r.validUntil() == null ? NO_EXPIRY : date(r.validUntil()), r.decidedBy(), standing(r, d.printedOn()));
      }
      doc.add(results);
    }

    doc.heading(h.next(SECTION_CASES_AND_BEDS));
    doc.add(new KeyValueTable(1, 0.175f)
        .add(SECTION_CASES, lines(d.cases()))
        .add(SECTION_BEDS, lines(d.beds())));

    doc.heading(h.next(VERIFY_TITLE));
    doc.add(new VerificationBlock(code)
        .detail(ELDER_ID, d.elderId().toString())
        .detail(SUMMARY_SCOPE, SUMMARY_SCOPE_VALUE));
  }

  /** 有效 or 已过期 on the print day; 待审核 and 已被更正 as the store says. */
  public static String standing(ElderSummaryData.ResultLine r, LocalDate on) {
    return switch (r.standing()) {
      case IN_REVIEW -> STANDING_IN_REVIEW;
      case SUPERSEDED -> STANDING_SUPERSEDED;
      case HOLDS -> r.validUntil() != null && r.validUntil().isBefore(on) ? STANDING_EXPIRED : STANDING_VALID;
    };
  }

  /** One line each; 暂无 for none. */
  private static String lines(List<String> lines) {
    return lines.isEmpty() ? NOTHING_YET : String.join("\n", lines);
  }

  private static String date(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }
}

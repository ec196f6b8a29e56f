package org.yiping.report.adaptation;

import static org.yiping.report.adaptation.AdaptationText.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yiping.report.KeyValueTable;
import org.yiping.report.PhotoGrid;
import org.yiping.report.ReportDocument;
import org.yiping.report.ReportDocument.Style;
import org.yiping.report.ReportFonts;
import org.yiping.report.ReportFrame;
import org.yiping.report.ReportTable;
import org.yiping.report.ReportTable.Align;
import org.yiping.report.ReportTable.Column;
import org.yiping.report.ReportText;
import org.yiping.report.SectionNumbers;
import org.yiping.report.SignatureBlock;
import org.yiping.report.VerificationBlock;
import org.yiping.report.VerificationCode;

/**
 * 居家适老化改造案卷: the household, the eligibility (or the override and its reason), the costed plan with its
 * totals, every step of the case with who, when and why, the before and after photos of each item, the acceptance
 * signatures and the verification code. Thread-safe.
 */
public final class AdaptationCaseSheet {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReportFonts fonts;
  private final Clock clock;
  private final ZoneId zone;

  /** @param zone the time zone printed times are in (Beijing time) */
  public AdaptationCaseSheet(ReportFonts fonts, Clock clock, ZoneId zone) {
    this.fonts = Objects.requireNonNull(fonts);
    this.clock = Objects.requireNonNull(clock);
    this.zone = Objects.requireNonNull(zone);
  }

  /**
   * The case sheet as PDF bytes.
   *
   * @param code the code printed as QR code and text (made from {@link AdaptationCaseData#caseContent()})
   * @throws org.yiping.report.UnprintableTextException if a text holds a character the font lacks (nothing is made)
   */
  public byte[] render(AdaptationCaseData data, VerificationCode code) {
    Objects.requireNonNull(code, "code");
    ReportFrame frame = new ReportFrame(CASE_TITLE, header(fonts, CASE_TITLE, data),
        ZonedDateTime.now(clock).withZoneSameInstant(zone), data.stamp());
    return ReportDocument.render(fonts, frame, doc -> body(doc, data, code));
  }

  /** The running header: the document and the elder's name (checked first, so a refusal names 姓名). */
  static String header(ReportFonts fonts, String title, AdaptationCaseData d) {
    String name = d.household().name();
    fonts.requirePrintable(ReportText.NAME, name);
    return name == null || name.isBlank() ? title : title + ReportText.HEADER_SEPARATOR + name;
  }

  private void body(ReportDocument doc, AdaptationCaseData d, VerificationCode code) {
    SectionNumbers h = new SectionNumbers();
    doc.title(CASE_TITLE, String.format(CASE_SUBTITLE, d.targetYear(), date(d.printedOn())));

    doc.heading(h.next(SECTION_HOUSEHOLD));
    doc.add(household(d, true));

    doc.heading(h.next(SECTION_CASE));
    KeyValueTable c = new KeyValueTable(2, 0.35f)
        .add(YEAR, String.format(YEAR_VALUE, d.targetYear()))
        .add(APPLIED_ON, date(d.appliedOn()))
        .add(STATE, d.state())
        .addWide(CASE_ID, d.caseId().toString())
        .addWide(CHECKLIST, d.checklist())
        .addWide(ELIGIBILITY, eligibility(d));
    if (!d.eligible()) {
      c.addWide(OVERRIDE, d.overrideReason());
    }
    if (d.terminatedReason() != null) {
      c.addWide(TERMINATED_REASON, d.terminatedReason());
    }
    doc.add(c);

    doc.heading(h.next(SECTION_PLAN));
    planTable(doc, d.plan(), true);
    doc.add(totals(d));

    doc.heading(h.next(SECTION_STEPS));
    if (d.steps().isEmpty()) {
      doc.paragraph(SECTION_STEPS, NO_STEPS, Style.BODY);
    } else {
      ReportTable steps = new ReportTable(new Column(STEP_NO, 0.7f, Align.CENTER),
          new Column(STEP, 3.4f, Align.LEFT), new Column(ACTION, 0.9f, Align.CENTER),
          new Column(DONE_BY, 1.5f, Align.LEFT), new Column(DONE_AT, 2.1f, Align.CENTER),
          new Column(NOTE, 3.6f, Align.LEFT));
      int n = 1;
      for (AdaptationCaseData.StepLine s : d.steps()) {
        steps.row(Integer.toString(n++), s.step(), s.action(), s.by(),
            s.at() == null ? null : MINUTE.format(s.at().atZone(zone)), s.note());
      }
      doc.add(steps);
    }

    if (!d.photos().isEmpty()) {
      // The heading goes with the first row of photos, never alone at the foot of a page.
      doc.keepSpace(PhotoGrid.ROW_HEIGHT + 40);
    }
    doc.heading(h.next(SECTION_PHOTOS));
    if (d.photos().isEmpty()) {
      doc.paragraph(SECTION_PHOTOS, NO_PHOTOS, Style.BODY);
    } else {
      // Per item, its before photos then its after photos, two to a row: side by side when one of each.
      Map<String, List<AdaptationCaseData.Photo>> byItem = new LinkedHashMap<>();
      d.photos().forEach(p -> byItem.computeIfAbsent(p.itemCode(), k -> new ArrayList<>()).add(p));
      for (List<AdaptationCaseData.Photo> item : byItem.values()) {
        List<PhotoGrid.Photo> cells = new ArrayList<>();
        item.stream().filter(p -> !p.after()).forEach(p -> cells.add(photo(p)));
        item.stream().filter(AdaptationCaseData.Photo::after).forEach(p -> cells.add(photo(p)));
        doc.add(new PhotoGrid(PHOTOS, cells));
      }
    }

    doc.heading(h.next(SECTION_ACCEPTANCE));
    if (d.signatures().isEmpty()) {
      doc.paragraph(SECTION_ACCEPTANCE, NO_SIGNATURES, Style.BODY);
    }
    doc.add(signatures(d));

    doc.heading(h.next(ReportText.VERIFY_TITLE));
    doc.add(new VerificationBlock(code)
        .detail(CASE_ID, d.caseId().toString())
        .detail(SHEET_SCOPE, CASE_SCOPE_VALUE));
  }

  private PhotoGrid.Photo photo(AdaptationCaseData.Photo p) {
    String when = p.takenAt() == null ? ReportText.NONE : DATE.format(p.takenAt().atZone(zone));
    return new PhotoGrid.Photo(p.jpeg(), String.format(PHOTO_CAPTION, p.itemLabel(), p.after() ? AFTER : BEFORE,
        when));
  }

  /** Family, contractor and office, each as signed in the app or a box to sign by hand. */
  private SignatureBlock signatures(AdaptationCaseData d) {
    List<SignatureBlock.Slot> slots = new ArrayList<>();
    for (String role : List.of(SIGN_FAMILY, SIGN_CONTRACTOR, SIGN_OFFICE)) {
      AdaptationCaseData.Signature s = d.signatures().stream()
          .filter(x -> role.equals(x.strokes().roleLabel())).findFirst().orElse(null);
      if (s == null) {
        slots.add(new SignatureBlock.Slot(role, null, null));
      } else {
        String name = s.signedAt() == null ? s.strokes().signerName() : s.strokes().signerName() + " "
            + String.format(SIGNED_AT, MINUTE.format(s.signedAt().atZone(zone)));
        slots.add(new SignatureBlock.Slot(role, name, s.strokes()));
      }
    }
    return new SignatureBlock(slots);
  }

  // ------------------------------------------------------------------------------------------ shared with the plan

  /** Name, sex, ID number (masked), birth date and age, phone, township, address, economic status, flags. */
  static KeyValueTable household(AdaptationCaseData d, boolean full) {
    AdaptationCaseData.Household h = d.household();
    KeyValueTable t = new KeyValueTable(2, 0.35f)
        .add(ReportText.NAME, h.name())
        .add(ReportText.SEX, h.sex())
        .add(ReportText.ID_NUMBER, h.idNumber());
    if (full) {
      t.add(ReportText.AGE, h.age() == null ? null : String.format(ReportText.AGE_VALUE, h.age()))
          .add(ReportText.PHONE, h.phone())
          .add(ReportText.ECONOMIC_STATUS, h.economicStatus());
    }
    t.add(TOWNSHIP, h.township());
    if (full) {
      t.add(FLAGS, h.flags() == null ? ReportText.NO_FLAGS : h.flags());
    } else {
      t.add(YEAR, String.format(YEAR_VALUE, d.targetYear()));
    }
    t.addWide(ReportText.ADDRESS, h.address());
    if (!full) {
      t.addWide(CASE_ID, d.caseId().toString());
    }
    return t;
  }

  static String eligibility(AdaptationCaseData d) {
    return String.format(d.eligible() ? ELIGIBLE : NOT_ELIGIBLE, d.eligibilityText());
  }

  /**
   * The plan as a table.
   *
   * @param all every line recorded (the case sheet), else only the items needed (the family's copy)
   */
  static void planTable(ReportDocument doc, List<AdaptationCaseData.PlanItem> plan, boolean all) {
    List<AdaptationCaseData.PlanItem> lines = all ? plan : plan.stream().filter(AdaptationCaseData.PlanItem::needed)
        .toList();
    if (lines.isEmpty()) {
      doc.paragraph(SECTION_PLAN, NO_PLAN, Style.BODY);
      return;
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(ITEM_NO, 0.7f, Align.CENTER));
    columns.add(new Column(ITEM, all ? 2.9f : 3.2f, Align.LEFT));
    columns.add(new Column(TIER, 1.0f, Align.CENTER));
    if (all) {
      columns.add(new Column(NEEDED, 1.45f, Align.CENTER));
    }
    columns.add(new Column(QUANTITY, 0.8f, Align.RIGHT));
    columns.add(new Column(UNIT, 0.9f, Align.CENTER));
    columns.add(new Column(UNIT_COST, 1.5f, Align.RIGHT));
    columns.add(new Column(PAYER, 1.3f, Align.CENTER));
    columns.add(new Column(LINE_TOTAL, 1.6f, Align.RIGHT));
    ReportTable t = new ReportTable(columns);
    for (AdaptationCaseData.PlanItem i : lines) {
      String label = i.note() == null || i.note().isBlank() ? i.label() : i.label() + "\n" + i.note();
      List<String> row = new ArrayList<>();
      row.add(i.code());
      row.add(label);
      row.add(i.tier());
      if (all) {
        row.add(i.needed() ? YES : NO);
      }
      row.add(i.needed() ? Integer.toString(i.quantity()) : null);
      row.add(i.needed() ? i.unit() : null);
      row.add(i.needed() ? AdaptationText.yuan(i.unitCostFen()) : null);
      row.add(i.needed() ? i.payer() : null);
      row.add(i.needed() ? AdaptationText.yuan(i.totalFen()) : null);
      t.row(row.toArray(String[]::new));
    }
    doc.add(t);
  }

  static KeyValueTable totals(AdaptationCaseData d) {
    return new KeyValueTable(2, 0.45f)
        .addEmphasized(SUBSIDY_TOTAL, AdaptationText.yuanWithUnit(d.subsidyFen()))
        .addEmphasized(FAMILY_TOTAL, AdaptationText.yuanWithUnit(d.familyFen()))
        .add(GRAND_TOTAL, AdaptationText.yuanWithUnit(d.subsidyFen() + d.familyFen()))
        .add(ITEMS_NEEDED, String.format(ITEMS_VALUE, d.neededItems().size()));
  }

  static String date(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }
}

package org.yiping.report.adaptation;

import static org.yiping.report.adaptation.AdaptationText.*;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.yiping.report.KeyValueTable;
import org.yiping.report.ReportBlock;
import org.yiping.report.ReportDocument;
import org.yiping.report.ReportDocument.Style;
import org.yiping.report.ReportFonts;
import org.yiping.report.ReportFrame;
import org.yiping.report.ReportText;
import org.yiping.report.SectionNumbers;
import org.yiping.report.SignatureBlock;
import org.yiping.report.VerificationBlock;
import org.yiping.report.VerificationCode;

/**
 * 居家适老化改造方案确认书: the plan printed for the family to sign before the works: the household, the items needed
 * with quantity, unit cost and who pays, the totals and what the family pays, a plain statement of what they agree
 * to, and empty boxes for the elder or a family member, the township office and the contractor, each with a date
 * line. Signed on paper; the verification code says later whether a plan in the store is still the one signed.
 * Thread-safe.
 */
public final class AdaptationPlanSheet {
  private final ReportFonts fonts;
  private final Clock clock;
  private final ZoneId zone;

  public AdaptationPlanSheet(ReportFonts fonts, Clock clock, ZoneId zone) {
    this.fonts = Objects.requireNonNull(fonts);
    this.clock = Objects.requireNonNull(clock);
    this.zone = Objects.requireNonNull(zone);
  }

  /**
   * The confirmation as PDF bytes.
   *
   * @param code the code printed as QR code and text (made from {@link AdaptationCaseData#planContent()})
   * @throws org.yiping.report.UnprintableTextException if a text holds a character the font lacks (nothing is made)
   */
  public byte[] render(AdaptationCaseData data, VerificationCode code) {
    Objects.requireNonNull(code, "code");
    ReportFrame frame = new ReportFrame(PLAN_TITLE, AdaptationCaseSheet.header(fonts, PLAN_TITLE, data),
        ZonedDateTime.now(clock).withZoneSameInstant(zone), null);
    return ReportDocument.render(fonts, frame, doc -> body(doc, data, code));
  }

  private void body(ReportDocument doc, AdaptationCaseData d, VerificationCode code) {
    SectionNumbers h = new SectionNumbers();
    doc.title(PLAN_TITLE, String.format(PLAN_SUBTITLE, d.targetYear()));

    doc.heading(h.next(SECTION_HOUSEHOLD));
    KeyValueTable household = AdaptationCaseSheet.household(d, false);
    household.addWide(ELIGIBILITY, AdaptationCaseSheet.eligibility(d));
    if (!d.eligible()) {
      household.addWide(OVERRIDE, d.overrideReason());
    }
    doc.add(household);

    doc.heading(h.next(SECTION_PLAN));
    AdaptationCaseSheet.planTable(doc, d.plan(), false);
    doc.add(new KeyValueTable(2, 0.45f)
        .add(SUBSIDY_TOTAL, AdaptationText.yuanWithUnit(d.subsidyFen()))
        .add(GRAND_TOTAL, AdaptationText.yuanWithUnit(d.subsidyFen() + d.familyFen()))
        .addEmphasized(FAMILY_PAYS, AdaptationText.yuanWithUnit(d.familyFen()))
        .add(ITEMS_NEEDED, String.format(ITEMS_VALUE, d.neededItems().size())));

    doc.heading(h.next(SECTION_AGREEMENT));
    String agreement = String.format(AGREEMENT_TEXT, AdaptationText.yuanWithUnit(d.subsidyFen()),
        AdaptationText.yuanWithUnit(d.familyFen()), AdaptationText.yuanWithUnit(d.subsidyFen() + d.familyFen()),
        String.format(ITEMS_VALUE, d.neededItems().size()));
    doc.paragraph(SECTION_AGREEMENT, agreement, Style.BODY);
    if (d.familyFen() == 0) {
      doc.paragraph(SECTION_AGREEMENT, AGREEMENT_NO_FAMILY, Style.EMPHASIS);
    }

    doc.heading(h.next(SECTION_SIGN));
    // Signed by hand on the paper: three empty boxes, the office and the contractor also stamp theirs.
    List<String> roles = List.of(SIGN_FAMILY, String.format(SEAL, SIGN_OFFICE), String.format(SEAL, SIGN_CONTRACTOR));
    doc.keepSpace(110);
    doc.add(new SignatureBlock(roles.stream().map(r -> new SignatureBlock.Slot(r, null, null)).toList()));
    doc.add(new DateLines(roles.size()));

    doc.heading(h.next(ReportText.VERIFY_TITLE));
    doc.add(new VerificationBlock(code)
        .detail(CASE_ID, d.caseId().toString())
        .detail(SHEET_SCOPE, PLAN_SCOPE_VALUE));
  }

  /** 日期：____年__月__日 under each signature box. */
  private record DateLines(int boxes) implements ReportBlock {
    @Override
    public void addTo(ReportDocument doc) {
      PdfPTable t = new PdfPTable(boxes);
      t.setWidthPercentage(100);
      t.setSpacingAfter(8);
      for (int i = 0; i < boxes; i++) {
        PdfPCell c = new PdfPCell(doc.phrase(SECTION_SIGN, DATE_LINE, Style.BODY));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setPaddingTop(4);
        t.addCell(c);
      }
      doc.add(t);
    }
  }
}

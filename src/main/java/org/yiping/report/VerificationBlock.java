package org.yiping.report;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The verification code as a QR code, beside it what the code refers to (label–value lines such as the form version
 * and the content hashes), and under it the code as text to type where there is no scanner.
 */
public final class VerificationBlock implements ReportBlock {
  /** 2.5 pt modules: a version-4 code is 102 pt (36 mm) wide and scans from a page rendered at 72 dpi. */
  static final float MODULE = 2.5f;

  private final VerificationCode code;
  private final List<String[]> details = new ArrayList<>();

  public VerificationBlock(VerificationCode code) {
    this.code = code;
  }

  /** A line beside the QR code: label and value. */
  public VerificationBlock detail(String label, String value) {
    details.add(new String[] {label, value});
    return this;
  }

  @Override
  public void addTo(ReportDocument doc) {
    QrCode qr = new QrCode(code.text());
    Image image = Image.getInstance(qr.draw(doc.writer().getDirectContent(), MODULE));
    float side = image.getWidth();

    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100);
    table.setWidths(new float[] {side + 4, doc.contentWidth() - side - 4});
    table.setKeepTogether(true);
    table.setSpacingAfter(8);

    PdfPCell qrCell = new PdfPCell(image, false);
    qrCell.setBorder(Rectangle.NO_BORDER);
    qrCell.setPadding(0);
    qrCell.setVerticalAlignment(Element.ALIGN_TOP);
    table.addCell(qrCell);

    PdfPCell info = new PdfPCell();
    info.setBorder(Rectangle.NO_BORDER);
    info.setPaddingLeft(6);
    info.setPaddingTop(QrCode.QUIET_ZONE * MODULE);
    Paragraph title = new Paragraph(doc.phrase(ReportText.VERIFY_TITLE, ReportText.VERIFY_TITLE,
        ReportDocument.Style.LABEL));
    title.setSpacingAfter(2);
    info.addElement(title);
    for (String[] d : details) {
      Paragraph p = new Paragraph();
      p.setLeading(ReportDocument.Style.SMALL.size * 1.5f);
      p.add(doc.phrase(d[0], d[0] + ReportText.COLON, ReportDocument.Style.SMALL));
      p.add(doc.phrase(d[0], d[1], ReportDocument.Style.SMALL));
      info.addElement(p);
    }
    Paragraph hint = new Paragraph(doc.phrase(ReportText.VERIFY_TITLE, ReportText.VERIFY_HINT,
        ReportDocument.Style.SMALL));
    hint.setSpacingBefore(3);
    info.addElement(hint);
    table.addCell(info);

    // The code as text, right under the QR code and on one line, so it can be typed.
    Phrase text = new Phrase();
    text.add(doc.phrase(ReportText.VERIFY_TITLE, ReportText.VERIFY_TITLE + ReportText.COLON, ReportDocument.Style.BODY));
    text.add(doc.phrase(ReportText.VERIFY_TITLE, code.text(), ReportDocument.Style.LABEL));
    PdfPCell codeCell = new PdfPCell(text);
    codeCell.setColspan(2);
    codeCell.setBorder(Rectangle.NO_BORDER);
    codeCell.setPaddingLeft(QrCode.QUIET_ZONE * MODULE);
    codeCell.setPaddingTop(0);
    table.addCell(codeCell);
    doc.add(table);
  }
}

package org.yiping.report;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

/** The cell styles shared by the tables of every report, so that all of them line up and look alike. */
final class Cells {
  static final float BORDER = 0.5f;
  static final float PADDING = 4;

  private Cells() {}

  static PdfPCell cell(Phrase phrase, int align) {
    PdfPCell c = new PdfPCell(phrase);
    c.setBorderWidth(BORDER);
    c.setBorderColor(ReportDocument.RULE);
    c.setPaddingLeft(PADDING + 1);
    c.setPaddingRight(PADDING + 1);
    c.setPaddingTop(PADDING - 1);
    c.setPaddingBottom(PADDING + 1);
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setMinimumHeight(18);
    return c;
  }

  static PdfPCell label(Phrase phrase) {
    PdfPCell c = cell(phrase, Element.ALIGN_LEFT);
    c.setBackgroundColor(ReportDocument.LABEL_FILL);
    return c;
  }
}

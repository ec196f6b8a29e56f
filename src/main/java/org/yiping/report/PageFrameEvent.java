package org.yiping.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.time.format.DateTimeFormatter;

/**
 * Draws the frame of every page: running header and stamp at the top, print time and "第 X 页 / 共 Y 页" at the
 * bottom. The page count is unknown until the last page, so "共 Y 页" is a template placed on every page and filled
 * in once when the document closes.
 */
final class PageFrameEvent extends PdfPageEventHelper {
  private static final float FRAME_SIZE = 7.5f;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReportFonts fonts;
  private final ReportFrame frame;
  private final String printedAt;
  private PdfTemplate pageCount;

  PageFrameEvent(ReportFonts fonts, ReportFrame frame) {
    this.fonts = fonts;
    this.frame = frame;
    this.printedAt = String.format(ReportText.PRINTED_AT, MINUTE.format(frame.printedAt()));
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    BaseFont font = fonts.regular();
    float width = font.getWidthPoint(String.format(ReportText.PAGE_COUNT, 9999), FRAME_SIZE);
    pageCount = writer.getDirectContent().createTemplate(width, FRAME_SIZE * 1.6f);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    BaseFont font = fonts.regular();
    float left = document.left();
    float right = document.right();

    // Header: the running title on the left, a rule under it; the stamp in the right corner.
    float headerBase = document.top() + 22;
    cb.saveState();
    cb.setColorStroke(ReportDocument.RULE);
    cb.setLineWidth(0.4f);
    cb.moveTo(left, headerBase - 5);
    cb.lineTo(right, headerBase - 5);
    cb.stroke();
    cb.restoreState();
    if (!frame.runningHeader().isEmpty()) {
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
          new Phrase(frame.runningHeader(), new com.lowagie.text.Font(font, FRAME_SIZE, com.lowagie.text.Font.NORMAL,
              ReportDocument.GREY_TEXT)), left, headerBase, 0);
    }
    if (frame.stamp() != null) {
      drawStamp(cb, frame.stamp(), right, headerBase + 1);
    }

    // Footer: a rule, the print time on the left, the page number on the right.
    float footerBase = document.bottom() - 26;
    cb.saveState();
    cb.setColorStroke(ReportDocument.RULE);
    cb.setLineWidth(0.4f);
    cb.moveTo(left, footerBase + 11);
    cb.lineTo(right, footerBase + 11);
    cb.stroke();
    cb.restoreState();

    cb.saveState();
    cb.setColorFill(ReportDocument.GREY_TEXT);
    cb.beginText();
    cb.setFontAndSize(font, FRAME_SIZE);
    cb.setTextMatrix(left, footerBase);
    cb.showText(printedAt);
    String number = String.format(ReportText.PAGE_NUMBER, writer.getPageNumber());
    float numberWidth = font.getWidthPoint(number, FRAME_SIZE);
    float countWidth = font.getWidthPoint(String.format(ReportText.PAGE_COUNT, 99), FRAME_SIZE);
    float x = right - countWidth - numberWidth;
    cb.setTextMatrix(x, footerBase);
    cb.showText(number);
    cb.endText();
    cb.restoreState();
    // The template's box starts below the baseline so that descenders are not clipped.
    cb.addTemplate(pageCount, x + numberWidth, footerBase - FRAME_SIZE * 0.4f);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    // Called after the last page has ended: the writer's page number is one past it.
    pageCount.saveState();
    pageCount.setColorFill(ReportDocument.GREY_TEXT);
    pageCount.beginText();
    pageCount.setFontAndSize(fonts.regular(), FRAME_SIZE);
    pageCount.setTextMatrix(0, FRAME_SIZE * 0.4f);
    pageCount.showText(String.format(ReportText.PAGE_COUNT, writer.getPageNumber() - 1));
    pageCount.endText();
    pageCount.restoreState();
  }

  /** A red box with the word in it, right-aligned at {@code right}: seen at a glance, even on a photocopy. */
  private void drawStamp(PdfContentByte cb, String text, float right, float base) {
    BaseFont bold = fonts.bold();
    float size = 10;
    float width = bold.getWidthPoint(text, size);
    float padX = 5;
    float x = right - width - padX;
    cb.saveState();
    cb.setColorStroke(ReportDocument.STAMP);
    cb.setLineWidth(1.1f);
    cb.rectangle(x - padX, base - 4, width + 2 * padX, size + 8);
    cb.stroke();
    cb.setColorFill(ReportDocument.STAMP);
    cb.beginText();
    cb.setFontAndSize(bold, size);
    cb.setTextMatrix(x, base);
    cb.showText(text);
    cb.endText();
    cb.restoreState();
  }
}

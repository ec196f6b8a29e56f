package org.yiping.report;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * A row of signature boxes. A box with strokes shows the signature as drawn, scaled to fit and centred; an empty box
 * shows a line to sign on by hand. Under each box: the role and the name.
 */
public final class SignatureBlock implements ReportBlock {
  /**
   * One box.
   *
   * @param roleLabel printed under the box
   * @param signerName printed after the role; {@code null} when unknown (someone signs by hand)
   * @param strokes {@code null}: not signed in the app
   */
  public record Slot(String roleLabel, String signerName, SignatureStrokes strokes) {}

  static final float BOX_HEIGHT = 54;
  private static final int PER_ROW = 4;

  private final List<Slot> slots;

  public SignatureBlock(List<Slot> slots) {
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("no signature slots");
    }
    this.slots = List.copyOf(slots);
  }

  @Override
  public void addTo(ReportDocument doc) {
    int columns = Math.min(PER_ROW, slots.size());
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setSpacingAfter(6);
    table.setKeepTogether(true);
    for (int start = 0; start < slots.size(); start += columns) {
      List<Slot> row = slots.subList(start, Math.min(slots.size(), start + columns));
      for (Slot s : row) {
        PdfPCell box = Cells.cell(new Phrase(""), Element.ALIGN_CENTER);
        box.setFixedHeight(BOX_HEIGHT);
        box.setBorderWidthBottom(0);
        box.setCellEvent(new Drawing(s.strokes()));
        table.addCell(box);
      }
      fill(table, columns - row.size(), true);
      for (Slot s : row) {
        String name = s.signerName() == null || s.signerName().isBlank()
            ? String.format(ReportText.SIGNATURE_BY_HAND, s.roleLabel())
            : String.format(ReportText.SIGNATURE_NAME, s.roleLabel(), s.signerName());
        PdfPCell caption = Cells.cell(doc.phrase(s.roleLabel(), name, ReportDocument.Style.SMALL),
            Element.ALIGN_CENTER);
        caption.setBorderWidthTop(0);
        caption.setMinimumHeight(14);
        table.addCell(caption);
      }
      fill(table, columns - row.size(), false);
    }
    doc.add(table);
  }

  private static void fill(PdfPTable table, int n, boolean box) {
    for (int i = 0; i < n; i++) {
      PdfPCell c = Cells.cell(new Phrase(""), Element.ALIGN_CENTER);
      c.setBorder(Rectangle.NO_BORDER);
      if (box) {
        c.setFixedHeight(BOX_HEIGHT);
      }
      table.addCell(c);
    }
  }

  /** Draws the strokes (or the line to sign on) into the cell once its place on the page is known. */
  private record Drawing(SignatureStrokes strokes) implements PdfPCellEvent {
    private static final float INSET = 5;

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
      float left = position.getLeft() + INSET;
      float right = position.getRight() - INSET;
      float bottom = position.getBottom() + INSET;
      float top = position.getTop() - INSET;
      cb.saveState();
      if (strokes == null || strokes.strokeCount() == 0) {
        cb.setLineWidth(0.6f);
        cb.setColorStroke(ReportDocument.RULE);
        cb.moveTo(left + 6, bottom + 4);
        cb.lineTo(right - 6, bottom + 4);
        cb.stroke();
      } else {
        // A stroke that left the pad stays inside its box.
        cb.rectangle(left, bottom, right - left, top - bottom);
        cb.clip();
        cb.newPath();
        draw(cb, strokes, left, bottom, right - left, top - bottom);
      }
      cb.restoreState();
    }

    /**
     * Scales the pad into the box keeping its proportions, centres it, and turns pad y (downwards) into PDF y
     * (upwards). One-point strokes (a dot) become a round-capped zero-length line, which prints as a dot.
     */
    static void draw(PdfContentByte cb, SignatureStrokes s, float x, float y, float w, float h) {
      double scale = Math.min(w / s.width(), h / s.height());
      double offX = x + (w - s.width() * scale) / 2;
      double offTop = y + h - (h - s.height() * scale) / 2;
      cb.setLineWidth(1.1f);
      cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
      cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
      cb.setColorStroke(new java.awt.Color(0x10, 0x20, 0x60));
      for (double[] stroke : s.strokesView()) {
        cb.moveTo((float) (offX + stroke[0] * scale), (float) (offTop - stroke[1] * scale));
        if (stroke.length == 2) {
          cb.lineTo((float) (offX + stroke[0] * scale), (float) (offTop - stroke[1] * scale));
        }
        for (int i = 2; i + 1 < stroke.length; i += 2) {
          cb.lineTo((float) (offX + stroke[i] * scale), (float) (offTop - stroke[i + 1] * scale));
        }
      }
      cb.stroke();
    }
  }
}

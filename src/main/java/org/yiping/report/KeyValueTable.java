package org.yiping.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Label–value pairs in a ruled grid, {@code pairsPerRow} pairs side by side, labels on grey: the basic-information
 * block of a paper form. A wide entry takes a row of its own (an address, a long remark).
 */
public final class KeyValueTable implements ReportBlock {
  private record Entry(String label, String value, boolean wide, boolean emphasis, List<String> choices,
      int chosen) {
    Entry(String label, String value, boolean wide, boolean emphasis) {
      this(label, value, wide, emphasis, null, -1);
    }
  }

  private final int pairsPerRow;
  private final float labelShare;
  private final List<Entry> entries = new ArrayList<>();

  /** Labels take a third of each pair's width. */
  public KeyValueTable(int pairsPerRow) {
    this(pairsPerRow, 1f / 3);
  }

  /** @param labelShare the part of each pair's width given to its label, e.g. 0.3 */
  public KeyValueTable(int pairsPerRow, float labelShare) {
    if (pairsPerRow < 1 || labelShare <= 0 || labelShare >= 1) {
      throw new IllegalArgumentException("pairsPerRow >= 1 and 0 < labelShare < 1");
    }
    this.pairsPerRow = pairsPerRow;
    this.labelShare = labelShare;
  }

  /** A pair; a {@code null} or blank value prints as a dash. */
  public KeyValueTable add(String label, String value) {
    entries.add(new Entry(label, value, false, false));
    return this;
  }

  /** A pair whose value is set in bold and larger, such as a final level. */
  public KeyValueTable addEmphasized(String label, String value) {
    entries.add(new Entry(label, value, false, true));
    return this;
  }

  /**
   * A pair whose value is a row of tick boxes, as on a paper form: {@code ■} before the chosen choice, {@code □}
   * before the others. A line breaks only between choices, never inside one.
   *
   * @param chosen the index of the chosen choice, {@code -1} for none
   * @param note printed on a line of its own under the choices, {@code null} for none
   */
  public KeyValueTable addChoices(String label, List<String> choices, int chosen, String note) {
    entries.add(new Entry(label, note, false, false, List.copyOf(choices), chosen));
    return this;
  }

  /** A pair on a row of its own, its value spanning the rest of the row. */
  public KeyValueTable addWide(String label, String value) {
    entries.add(new Entry(label, value, true, false));
    return this;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public void addTo(ReportDocument doc) {
    int columns = pairsPerRow * 2;
    PdfPTable table = new PdfPTable(columns);
    float[] widths = new float[columns];
    for (int i = 0; i < columns; i += 2) {
      widths[i] = labelShare;
      widths[i + 1] = 1 - labelShare;
    }
    table.setWidths(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(2);
    table.setSpacingAfter(6);
    // A block of facts reads as one: it moves to the next page whole rather than leaving a row behind.
    table.setKeepTogether(true);
    int column = 0;
    for (Entry e : entries) {
      if (e.wide() && column > 0) {
        column = fill(table, column, columns);
      }
      table.addCell(Cells.label(doc.phrase(e.label(), e.label(), ReportDocument.Style.LABEL)));
      PdfPCell value = Cells.cell(e.choices() != null ? choices(doc, e) : doc.phrase(e.label(), e.value(),
          e.emphasis() ? ReportDocument.Style.EMPHASIS : ReportDocument.Style.BODY), Element.ALIGN_LEFT);
      if (e.wide()) {
        value.setColspan(columns - 1);
        column = 0;
      } else {
        column = (column + 2) % columns;
      }
      table.addCell(value);
    }
    if (column > 0) {
      fill(table, column, columns);
    }
    doc.add(table);
  }

  private static Phrase choices(ReportDocument doc, Entry e) {
    Phrase p = new Phrase(ReportDocument.Style.BODY.size * 1.4f, "", doc.font(ReportDocument.Style.BODY));
    for (int i = 0; i < e.choices().size(); i++) {
      String text = (i == e.chosen() ? ReportText.CHECKED : ReportText.UNCHECKED) + " " + e.choices().get(i);
      Chunk choice = doc.chunk(e.label(), text, ReportDocument.Style.BODY);
      choice.setSplitCharacter(NEVER);
      p.add(choice);
      if (i + 1 < e.choices().size()) {
        p.add(new Chunk(ReportText.CHOICE_GAP, doc.font(ReportDocument.Style.BODY)));
      }
    }
    if (e.value() != null && !e.value().isBlank()) {
      p.add(new Chunk("\n", doc.font(ReportDocument.Style.BODY)));
      p.add(doc.chunk(e.label(), e.value(), ReportDocument.Style.BODY));
    }
    return p;
  }

  /** Inside one choice a line never breaks (a choice wider than the cell still wraps: OpenPDF forces it). */
  private static final SplitCharacter NEVER = (start, current, end, cc, ck) -> false;

  /** Closes a half-filled row with one empty cell, so the grid stays rectangular. */
  private static int fill(PdfPTable table, int column, int columns) {
    PdfPCell empty = Cells.cell(new Phrase(""), Element.ALIGN_LEFT);
    empty.setColspan(columns - column);
    table.addCell(empty);
    return 0;
  }
}

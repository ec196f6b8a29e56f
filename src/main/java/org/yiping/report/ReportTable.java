package org.yiping.report;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table with a grey header row that is repeated at the top of every page the table runs onto, and optional
 * group rows (a section of items, a township) spanning all columns.
 */
public final class ReportTable implements ReportBlock {
  public enum Align {
    LEFT(Element.ALIGN_LEFT), CENTER(Element.ALIGN_CENTER), RIGHT(Element.ALIGN_RIGHT);

    final int pdf;

    Align(int pdf) {
      this.pdf = pdf;
    }
  }

  /** One column: its header, its share of the width, and how its cells align. */
  public record Column(String header, float relativeWidth, Align align) {
    public Column {
      if (relativeWidth <= 0) {
        throw new IllegalArgumentException("relativeWidth must be positive");
      }
    }
  }

  private sealed interface Row permits ValueRow, GroupRow {}

  private record ValueRow(List<String> values) implements Row {}

  private record GroupRow(String text) implements Row {}

  private final List<Column> columns;
  private final List<Row> rows = new ArrayList<>();
  private boolean keepTogether;

  public ReportTable(List<Column> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs a column");
    }
    this.columns = List.copyOf(columns);
  }

  public ReportTable(Column... columns) {
    this(Arrays.asList(columns));
  }

  /** A row of values, one per column; {@code null} or blank prints as a dash. */
  public ReportTable row(String... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
    }
    rows.add(new ValueRow(Arrays.asList(values.clone())));
    return this;
  }

  /** A row spanning every column, in bold on a tint: the start of a group of rows. */
  public ReportTable group(String text) {
    rows.add(new GroupRow(text));
    return this;
  }

  /** Moves a short table to the next page whole rather than splitting it (a table of a few scores). */
  public ReportTable keepTogether() {
    this.keepTogether = true;
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  private void addGroup(ReportDocument doc, PdfPTable table, GroupRow g) {
    PdfPCell cell = Cells.cell(doc.phrase(columns.get(0).header(), g.text(), ReportDocument.Style.LABEL),
        Element.ALIGN_LEFT);
    cell.setColspan(columns.size());
    cell.setBackgroundColor(ReportDocument.GROUP_FILL);
    table.addCell(cell);
  }

  private void addValues(ReportDocument doc, PdfPTable table, ValueRow row) {
    for (int i = 0; i < row.values().size(); i++) {
      Column c = columns.get(i);
      table.addCell(Cells.cell(doc.phrase(c.header(), row.values().get(i), ReportDocument.Style.BODY), c.align().pdf));
    }
  }

  @Override
  public void addTo(ReportDocument doc) {
    PdfPTable table = new PdfPTable(columns.size());
    float[] widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).relativeWidth();
    }
    table.setWidths(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(2);
    table.setSpacingAfter(6);
    table.setHeaderRows(1);
    table.setKeepTogether(keepTogether);
    for (Column c : columns) {
      PdfPCell h = Cells.label(doc.phrase(c.header(), c.header(), ReportDocument.Style.LABEL));
      h.setHorizontalAlignment(c.align() == Align.RIGHT ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
      table.addCell(h);
    }
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r) instanceof GroupRow g && r + 1 < rows.size() && rows.get(r + 1) instanceof ValueRow first) {
        // A group row never ends a page: it and its first row go into one row of the table, as a nested table
        // with the same columns, which OpenPDF moves to the next page whole.
        PdfPTable pair = new PdfPTable(columns.size());
        pair.setWidths(widths);
        pair.setWidthPercentage(100);
        addGroup(doc, pair, g);
        addValues(doc, pair, first);
        PdfPCell holder = new PdfPCell(pair);
        holder.setColspan(columns.size());
        holder.setPadding(0);
        holder.setBorder(Rectangle.NO_BORDER);
        table.addCell(holder);
        r++;
      } else if (rows.get(r) instanceof GroupRow g) {
        addGroup(doc, table, g);
      } else {
        addValues(doc, table, (ValueRow) rows.get(r));
      }
    }
    doc.add(table);
  }
}

package org.yiping.report;

/** A reusable piece of a report (a table, a chart, a signature row, a QR code) that knows how to add itself. */
public interface ReportBlock {
  /**
   * Adds this block at the current position of {@code doc}.
   *
   * @throws UnprintableTextException if a text of the block holds a character the font lacks
   */
  void addTo(ReportDocument doc);
}

package org.yiping.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One PDF report in the making: A4 portrait, the same margins, type sizes and page frame (running header, stamp,
 * "第 X 页 / 共 Y 页" and the print time in the footer) for every kind of report. A report is a sequence of
 * {@link #title}, {@link #heading}, {@link #paragraph}, {@link #notice} and {@link ReportBlock}s.
 *
 * <p>Every text goes through {@link #phrase}, which refuses a character the font lacks (naming the field), so no
 * report ever prints a blank where part of a name should be.
 */
public final class ReportDocument {
  /** A4 with about 18 mm at the sides: room for a binding edge, and tables of 495 pt. */
  static final float MARGIN_SIDE = 50;
  static final float MARGIN_TOP = 62;
  static final float MARGIN_BOTTOM = 56;
  /** The room a heading needs below it: itself and the first rows of its section. */
  static final float KEEP_WITH_NEXT = 150;

  static final Color INK = Color.BLACK;
  static final Color GREY_TEXT = new Color(0x55, 0x55, 0x55);
  static final Color RULE = new Color(0x80, 0x80, 0x80);
  static final Color LABEL_FILL = new Color(0xEE, 0xEE, 0xEE);
  static final Color GROUP_FILL = new Color(0xDD, 0xE4, 0xEC);
  static final Color NOTICE_FILL = new Color(0xFF, 0xF4, 0xD6);
  static final Color STAMP = new Color(0xC0, 0x1C, 0x1C);

  /** The kinds of text on a report, each with one face, size and colour. */
  public enum Style {
    TITLE(true, 17, INK),
    SUBTITLE(false, 9.5f, GREY_TEXT),
    HEADING(true, 11.5f, INK),
    LABEL(false, 9, INK),
    BODY(false, 9, INK),
    EMPHASIS(true, 10.5f, INK),
    SMALL(false, 7.5f, GREY_TEXT);

    final boolean bold;
    final float size;
    final Color color;

    Style(boolean bold, float size, Color color) {
      this.bold = bold;
      this.size = size;
      this.color = color;
    }
  }

  private final Document document;
  private final PdfWriter writer;
  private final ReportFonts fonts;
  private final Font[] styleFonts = new Font[Style.values().length];

  private ReportDocument(Document document, PdfWriter writer, ReportFonts fonts) {
    this.document = document;
    this.writer = writer;
    this.fonts = fonts;
    for (Style s : Style.values()) {
      styleFonts[s.ordinal()] = new Font(s.bold ? fonts.bold() : fonts.regular(), s.size, Font.NORMAL, s.color);
    }
  }

  /**
   * Writes one report to {@code out} (not closed). The PDF is made in memory and written only when complete, so a
   * failure (such as {@link UnprintableTextException}) writes nothing; still, write to a temporary file
   * ({@link ReportFiles#writeAtomically}) so that a failing disk never leaves half a file.
   */
  public static void write(OutputStream out, ReportFonts fonts, ReportFrame frame, Consumer<ReportDocument> body) {
    try {
      out.write(render(fonts, frame, body));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The report as PDF bytes. */
  public static byte[] render(ReportFonts fonts, ReportFrame frame, Consumer<ReportDocument> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    make(out, fonts, frame, body);
    return PdfCompactor.compact(out.toByteArray());
  }

  private static void make(OutputStream out, ReportFonts fonts, ReportFrame frame, Consumer<ReportDocument> body) {
    Objects.requireNonNull(body, "body");
    // The frame's texts are printed by the page event, outside any block: check them before the first byte.
    fonts.requirePrintable(ReportText.RUNNING_HEADER, frame.runningHeader());
    if (frame.stamp() != null) {
      fonts.requirePrintable(ReportText.STATUS, frame.stamp());
    }
    Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setFullCompression();
    // Streams are compressed once, by PdfCompactor, after the fonts are made small.
    writer.setCompressionLevel(PdfStream.NO_COMPRESSION);
    writer.setPageEvent(new PageFrameEvent(fonts, frame));
    document.addTitle(frame.documentTitle());
    document.addCreator(ReportText.APP_NAME + " Yiping");
    document.open();
    ReportDocument doc = new ReportDocument(document, writer, fonts);
    body.accept(doc);
    document.close();
  }

  // ------------------------------------------------------------------------------------------ content

  /** The report's title, centred, with an optional smaller line under it. */
  public ReportDocument title(String title, String subtitle) {
    Paragraph p = new Paragraph(phrase(title, title, Style.TITLE));
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(subtitle == null ? 10 : 2);
    add(p);
    if (subtitle != null) {
      Paragraph s = new Paragraph(phrase(title, subtitle, Style.SUBTITLE));
      s.setAlignment(Element.ALIGN_CENTER);
      s.setSpacingAfter(8);
      add(s);
    }
    return this;
  }

  /**
   * A section heading. It starts a new page when less than {@link #KEEP_WITH_NEXT} points are left, so a heading is
   * never the last line of a page with its section on the next (OpenPDF has no keep-with-next).
   */
  public ReportDocument heading(String text) {
    Paragraph p = new Paragraph(phrase(text, text, Style.HEADING));
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    keepSpace(KEEP_WITH_NEXT);
    add(p);
    return this;
  }

  /**
   * Starts a new page unless {@code points} of height are left on this one: for a caption and the block it
   * belongs to, which should not be parted.
   */
  public ReportDocument keepSpace(float points) {
    if (writer.getVerticalPosition(false) - document.bottom() < points) {
      document.newPage();
    }
    return this;
  }

  /** Body text; {@code field} names it if it holds a character the font lacks. */
  public ReportDocument paragraph(String field, String text, Style style) {
    Paragraph p = new Paragraph(phrase(field, text, style));
    p.setSpacingAfter(3);
    p.setLeading(style.size * 1.45f);
    add(p);
    return this;
  }

  /** A boxed, tinted remark the reader cannot miss: provisional grading, an incomplete assessment. */
  public ReportDocument notice(String field, String text) {
    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    box.setSpacingBefore(2);
    box.setSpacingAfter(6);
    PdfPCell cell = new PdfPCell(phrase(field, text, Style.LABEL));
    cell.setBackgroundColor(NOTICE_FILL);
    cell.setBorderColor(STAMP);
    cell.setBorderWidth(0.8f);
    cell.setPadding(6);
    cell.setLeading(0, 1.35f);
    box.addCell(cell);
    add(box);
    return this;
  }

  /** Vertical space in points. */
  public ReportDocument space(float points) {
    Paragraph p = new Paragraph(new Chunk(" ", font(Style.SMALL)));
    p.setLeading(points);
    add(p);
    return this;
  }

  public ReportDocument add(ReportBlock block) {
    block.addTo(this);
    return this;
  }

  /** Starts a new page (nothing happens on a page that is still empty). */
  public ReportDocument newPage() {
    document.newPage();
    return this;
  }

  // ------------------------------------------------------------------------------------------ for blocks

  /**
   * The text as a phrase in {@code style}, refused if the font lacks one of its characters; {@code null} or blank
   * prints as {@link ReportText#NONE}.
   *
   * @param field the Chinese label of what the text is, named in the refusal
   */
  public Phrase phrase(String field, String text, Style style) {
    return new Phrase(style.size * 1.4f, chunk(field, text, style));
  }

  /** {@link #phrase} as a single chunk, to combine several styles or line-break rules in one phrase. */
  public Chunk chunk(String field, String text, Style style) {
    String t = text == null || text.isBlank() ? ReportText.NONE : text;
    fonts.requirePrintable(field, t);
    Chunk chunk = new Chunk(t, font(style));
    chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
    return chunk;
  }

  public Font font(Style style) {
    return styleFonts[style.ordinal()];
  }

  public BaseFont baseFont(Style style) {
    return style.bold ? fonts.bold() : fonts.regular();
  }

  public ReportFonts fonts() {
    return fonts;
  }

  /** For blocks that draw (charts, QR codes, signatures): templates are made on the writer. */
  public PdfWriter writer() {
    return writer;
  }

  /** The width between the margins, in points. */
  public float contentWidth() {
    return document.right() - document.left();
  }

  /** Adds an OpenPDF element; blocks use this after checking their texts through {@link #phrase}. */
  public void add(Element element) {
    document.add(element);
  }
}

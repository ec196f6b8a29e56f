package org.yiping.report.bed;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.yiping.report.PdfCompactor;
import org.yiping.report.QrCode;
import org.yiping.report.ReportFonts;
import org.yiping.report.ReportText;

/**
 * 一床一码 labels: one label per page of label stock ({@link #WIDTH_MM} × {@link #HEIGHT_MM} mm, landscape), several
 * beds in one PDF. Each shows the bed code as a QR code (holding the code itself, so any phone scan shows it) and as
 * text, the elder's name masked (张*兰), the service provider, the township, the day the bed was set up, and a line
 * to write the emergency hotline on. Drawn directly, without the A4 page frame. Thread-safe.
 */
public final class BedLabels {
  public static final float WIDTH_MM = 100;
  public static final float HEIGHT_MM = 70;
  static final float MM = 72f / 25.4f;
  static final float WIDTH = WIDTH_MM * MM;
  static final float HEIGHT = HEIGHT_MM * MM;
  static final float MARGIN = 4 * MM;
  /**
   * The QR code's symbol without its quiet zone: 32 mm. The bed code (21 characters, alphanumeric) is a version-2
   * symbol of 25 modules, each then 1.3 mm: easy for any phone camera, and it scans from a 72 dpi rendering.
   */
  static final float QR_DARK = 32 * MM;
  private static final Color GREY = new Color(0x55, 0x55, 0x55);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  public static final String TITLE = "家庭养老床位 · 一床一码";
  public static final String DOCUMENT_TITLE = "家庭养老床位标签";
  public static final String ELDER = "老人";
  public static final String PROVIDER = "服务机构";
  public static final String TOWNSHIP = "乡镇（街道）";
  public static final String OPENED_ON = "建床日期";
  public static final String HOTLINE = "紧急求助电话";
  public static final String BED_CODE = "床位码";
  public static final String SCAN_HINT = "扫码可读取床位码";
  public static final String FILE_ONE = "床位标签_%s.pdf";
  public static final String FILE_MANY = "床位标签_%d张_%s.pdf";

  private final ReportFonts fonts;

  public BedLabels(ReportFonts fonts) {
    this.fonts = Objects.requireNonNull(fonts);
  }

  /**
   * The labels as PDF bytes, one page each, in the order given.
   *
   * @throws org.yiping.report.UnprintableTextException if a text holds a character the font lacks (nothing is made)
   * @throws IllegalArgumentException for no labels
   */
  public byte[] render(List<BedLabelData> labels) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("no labels");
    }
    for (BedLabelData l : labels) {
      fonts.requirePrintable(ELDER, BedLabelsNames.mask(l.elderName()));
      fonts.requirePrintable(PROVIDER, l.provider());
      fonts.requirePrintable(TOWNSHIP, l.township());
      fonts.requirePrintable(BED_CODE, l.bedCode());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document = new Document(new Rectangle(WIDTH, HEIGHT), MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setFullCompression();
    writer.setCompressionLevel(PdfStream.NO_COMPRESSION);
    document.addTitle(DOCUMENT_TITLE);
    document.addCreator(ReportText.APP_NAME + " Yiping");
    document.open();
    for (int i = 0; i < labels.size(); i++) {
      if (i > 0) {
        document.newPage();
      }
      draw(writer.getDirectContent(), labels.get(i));
      writer.setPageEmpty(false);
    }
    document.close();
    return PdfCompactor.compact(out.toByteArray());
  }

  private void draw(PdfContentByte cb, BedLabelData l) {
    BaseFont regular = fonts.regular();
    BaseFont bold = fonts.bold();
    float top = HEIGHT - MARGIN;
    float right = WIDTH - MARGIN;

    // Title and a rule under it; the bed code on a line of its own, large enough to read out on the phone.
    text(cb, bold, 10.5f, Color.BLACK, TITLE, MARGIN, top - 10.5f);
    rule(cb, MARGIN, right, top - 15, 0.6f);
    String codeLabel = BED_CODE + ReportText.COLON;
    text(cb, regular, 8, GREY, codeLabel, MARGIN, top - 30);
    float codeX = MARGIN + regular.getWidthPoint(codeLabel, 8) + 2;
    text(cb, bold, fitSize(bold, l.bedCode(), right - codeX, 12), Color.BLACK, l.bedCode(), codeX, top - 30);

    // The QR code on the left; its quiet zone may reach into the margin, which is white too.
    QrCode qr = new QrCode(l.bedCode());
    float module = QR_DARK / qr.modules();
    PdfTemplate symbol = qr.draw(cb, module);
    float qrTop = top - 38;
    float qrBottom = qrTop - QR_DARK;
    cb.addTemplate(symbol, MARGIN - QrCode.QUIET_ZONE * module, qrBottom - QrCode.QUIET_ZONE * module);
    float hintWidth = regular.getWidthPoint(SCAN_HINT, 6);
    text(cb, regular, 6, GREY, SCAN_HINT, MARGIN + (QR_DARK - hintWidth) / 2, qrBottom - 9);

    // The facts on the right, wrapping inside their column.
    float left = MARGIN + QR_DARK + 12;
    ColumnText column = new ColumnText(cb);
    column.setSimpleColumn(left, MARGIN + 24, right, qrTop + 4);
    fact(column, regular, bold, ELDER, BedLabelsNames.mask(l.elderName()), 12);
    fact(column, regular, bold, PROVIDER, l.provider(), 9);
    fact(column, regular, bold, TOWNSHIP, l.township(), 9);
    fact(column, regular, bold, OPENED_ON, l.openedOn() == null ? null : DATE.format(l.openedOn()), 9);
    column.go();

    // The hotline: a line across the bottom to write the number on.
    float lineY = MARGIN + 6;
    String hotline = HOTLINE + ReportText.COLON;
    text(cb, bold, 9, Color.BLACK, hotline, MARGIN, lineY + 2);
    rule(cb, MARGIN + bold.getWidthPoint(hotline, 9) + 2, right, lineY, 0.6f);

    // A cut line around the label for stock without die-cut edges.
    cb.saveState();
    cb.setLineWidth(0.3f);
    cb.setColorStroke(new Color(0xB0, 0xB0, 0xB0));
    cb.rectangle(1.5f, 1.5f, WIDTH - 3, HEIGHT - 3);
    cb.stroke();
    cb.restoreState();
  }

  private static void rule(PdfContentByte cb, float from, float to, float y, float width) {
    cb.saveState();
    cb.setLineWidth(width);
    cb.moveTo(from, y);
    cb.lineTo(to, y);
    cb.stroke();
    cb.restoreState();
  }

  private static void fact(ColumnText column, BaseFont regular, BaseFont bold, String label, String value,
      float valueSize) {
    Paragraph p = new Paragraph();
    p.setLeading(valueSize * 1.35f);
    p.setSpacingAfter(3);
    p.add(new Phrase(label + ReportText.COLON, new Font(regular, 7.5f, Font.NORMAL, GREY)));
    p.add(new Phrase("\n" + (value == null || value.isBlank() ? ReportText.NONE : value),
        new Font(bold, valueSize, Font.NORMAL, Color.BLACK)));
    column.addElement(p);
  }

  private static void text(PdfContentByte cb, BaseFont font, float size, Color color, String text, float x, float y) {
    cb.saveState();
    cb.setColorFill(color);
    cb.beginText();
    cb.setFontAndSize(font, size);
    cb.setTextMatrix(x, y);
    cb.showText(text);
    cb.endText();
    cb.restoreState();
  }

  /** The largest size up to {@code max} at which {@code text} fits {@code width}. */
  private static float fitSize(BaseFont font, String text, float width, float max) {
    float w = font.getWidthPoint(text, max);
    return w <= width ? max : max * width / w;
  }
}

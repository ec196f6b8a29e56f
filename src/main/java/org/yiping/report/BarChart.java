package org.yiping.report;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;
import java.util.Locale;

/**
 * A vertical bar chart drawn as vector graphics (lines, rectangles and text in a PDF template), so it prints sharp
 * at any size and its numbers can be read back from the file: for the township's monthly figures (elders by level,
 * assessments done). Values are non-negative counts or scores.
 */
public final class BarChart implements ReportBlock {
  /** One bar: its category label under the axis and its value. */
  public record Bar(String category, double value) {
    public Bar {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("bar values must be finite and not negative");
      }
    }
  }

  private static final float LABEL_SIZE = 7.5f;
  private static final float MIN_LABEL_SIZE = 5.5f;
  private static final float TITLE_SIZE = 9.5f;

  private final String title;
  private final String xAxisLabel;
  private final String yAxisLabel;
  private final List<Bar> bars;
  private final float width;
  private final float height;

  /**
   * @param width of the whole chart in points, axis labels included; {@code 0} for the width between the margins
   * @param height of the whole chart in points
   */
  public BarChart(String title, String xAxisLabel, String yAxisLabel, List<Bar> bars, float width, float height) {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("a chart needs a bar");
    }
    if (width < 0 || height < 80) {
      throw new IllegalArgumentException("chart too small");
    }
    this.title = title;
    this.xAxisLabel = xAxisLabel;
    this.yAxisLabel = yAxisLabel;
    this.bars = List.copyOf(bars);
    this.width = width;
    this.height = height;
  }

  /**
   * The step between grid lines: 1, 2 or 5 times a power of ten, giving about five lines up to {@code max}.
   * Counts get whole steps, never 0.5 of a person.
   */
  static double niceStep(double max) {
    if (max <= 0) {
      return 1;
    }
    double rough = max / 5;
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double[] factors = {1, 2, 5, 10};
    for (double f : factors) {
      if (f * power >= rough) {
        return Math.max(1, f * power);
      }
    }
    return Math.max(1, 10 * power);
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  @Override
  public void addTo(ReportDocument doc) {
    // Check every text first: a chart is drawn directly, not through phrases.
    doc.fonts().requirePrintable(title, title);
    doc.fonts().requirePrintable(xAxisLabel, xAxisLabel);
    doc.fonts().requirePrintable(yAxisLabel, yAxisLabel);
    for (Bar b : bars) {
      doc.fonts().requirePrintable(xAxisLabel, b.category());
    }
    float w = width == 0 ? doc.contentWidth() : width;
    PdfTemplate t = doc.writer().getDirectContent().createTemplate(w, height);
    draw(t, doc.fonts().regular(), doc.fonts().bold(), w);
    Image image = Image.getInstance(t);
    image.setAlignment(Element.ALIGN_CENTER);
    image.setSpacingBefore(4);
    image.setSpacingAfter(8);
    doc.add(image);
  }

  private void draw(PdfContentByte cb, BaseFont regular, BaseFont bold, float w) {
    float top = height - (title == null ? 6 : TITLE_SIZE + 12);
    float left = 44;
    float right = w - 8;
    float bottom = 34;
    float plotW = right - left;
    float plotH = top - bottom - 10; // room above the tallest bar for its value

    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    double step = niceStep(max);
    double axisMax = Math.max(step, Math.ceil(max / step) * step);

    if (title != null) {
      text(cb, bold, TITLE_SIZE, title, w / 2, height - TITLE_SIZE - 2, Element.ALIGN_CENTER, 0);
    }
    // Grid lines and y tick labels.
    cb.saveState();
    cb.setLineWidth(0.3f);
    cb.setColorStroke(ReportDocument.LABEL_FILL.darker());
    for (double v = step; v <= axisMax + step / 1000; v += step) {
      float y = bottom + (float) (v / axisMax * plotH);
      cb.moveTo(left, y);
      cb.lineTo(right, y);
    }
    cb.stroke();
    cb.restoreState();
    for (double v = 0; v <= axisMax + step / 1000; v += step) {
      float y = bottom + (float) (v / axisMax * plotH);
      text(cb, regular, LABEL_SIZE, number(v), left - 4, y - LABEL_SIZE / 3, Element.ALIGN_RIGHT, 0);
    }

    // Bars with their values on top and their categories underneath.
    float slot = plotW / bars.size();
    float barW = Math.min(slot * 0.6f, 48);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      float cx = left + slot * (i + 0.5f);
      float h = (float) (b.value() / axisMax * plotH);
      cb.saveState();
      cb.setColorFill(ReportDocument.GROUP_FILL.darker());
      cb.setColorStroke(ReportDocument.RULE);
      cb.setLineWidth(0.5f);
      cb.rectangle(cx - barW / 2, bottom, barW, h);
      cb.fillStroke();
      cb.restoreState();
      text(cb, regular, LABEL_SIZE, number(b.value()), cx, bottom + h + 3, Element.ALIGN_CENTER, 0);
      float size = fit(regular, b.category(), slot - 2);
      text(cb, regular, size, b.category(), cx, bottom - size - 4, Element.ALIGN_CENTER, 0);
    }

    // Axes on top of the grid.
    cb.saveState();
    cb.setLineWidth(0.8f);
    cb.setColorStroke(ReportDocument.INK);
    cb.moveTo(left, top);
    cb.lineTo(left, bottom);
    cb.lineTo(right, bottom);
    cb.stroke();
    cb.restoreState();

    if (xAxisLabel != null) {
      text(cb, regular, LABEL_SIZE, xAxisLabel, left + plotW / 2, 4, Element.ALIGN_CENTER, 0);
    }
    if (yAxisLabel != null) {
      text(cb, regular, LABEL_SIZE, yAxisLabel, 9, bottom + plotH / 2, Element.ALIGN_CENTER, 90);
    }
  }

  /** The largest label size, down to a floor, at which {@code s} fits {@code room} points. */
  private static float fit(BaseFont font, String s, float room) {
    float size = LABEL_SIZE;
    while (size > MIN_LABEL_SIZE && font.getWidthPoint(s, size) > room) {
      size -= 0.5f;
    }
    return size;
  }

  private static void text(PdfContentByte cb, BaseFont font, float size, String s, float x, float y, int align,
      float rotation) {
    cb.beginText();
    cb.setFontAndSize(font, size);
    cb.setColorFill(ReportDocument.INK);
    cb.showTextAligned(align, s, x, y, rotation);
    cb.endText();
  }
}

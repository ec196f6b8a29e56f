package org.yiping.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A signature as drawn on the signing pad: vector strokes, kept as they were captured and drawn into the report as
 * lines, so the paper shows the signature itself rather than a picture of it.
 *
 * @param roleLabel who signs, as printed under the box (评估员, 第二评估员, 老年人或信息提供者, 审核人)
 * @param signerName the signer's name, printed under the box
 * @param width the signing pad's width in pixels
 * @param height the signing pad's height in pixels
 * @param strokes one array per pen-down stroke: {@code x1, y1, x2, y2, ...} in pad pixels, origin top left
 */
public record SignatureStrokes(String roleLabel, String signerName, double width, double height,
    List<double[]> strokes) {

  public SignatureStrokes {
    Objects.requireNonNull(roleLabel, "roleLabel");
    if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
      throw new IllegalArgumentException("the pad size must be positive");
    }
    List<double[]> copy = new ArrayList<>(strokes.size());
    for (double[] s : strokes) {
      if (s == null || s.length < 2 || s.length % 2 != 0) {
        throw new IllegalArgumentException("a stroke is x,y pairs: at least one point");
      }
      for (double v : s) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("stroke coordinates must be finite");
        }
      }
      copy.add(s.clone());
    }
    strokes = List.copyOf(copy);
  }

  /** The strokes, copied: a record's arrays could otherwise be changed from outside. */
  @Override
  public List<double[]> strokes() {
    return strokes.stream().map(double[]::clone).toList();
  }

  /** The number of pen-down strokes. */
  public int strokeCount() {
    return strokes.size();
  }

  /** The stroke arrays without copying, for drawing. */
  List<double[]> strokesView() {
    return strokes;
  }
}

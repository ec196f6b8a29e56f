package org.yiping.core.photo;

import java.util.ArrayList;
import java.util.List;
import org.yiping.core.UserFacingException;

/**
 * A signature drawn on screen as vector strokes (ADR 0011): each stroke {@code x1,y1,x2,y2,...} in the signing
 * pad's pixels. {@link #clean} keeps the points inside the pad, rounds them to 0.1 px, and refuses a tap or a dot.
 */
public final class SignatureStrokes {
  /** A single tap or a dot is not a signature: at least this much ink, in pad pixels. */
  public static final double MIN_INK = 40;
  public static final int MAX_POINTS = 20_000;

  private SignatureStrokes() {}

  public static List<double[]> clean(List<double[]> strokes, double w, double h) {
    if (!(w > 0 && h > 0) || strokes == null) {
      throw new UserFacingException("evidence.problem.noInk");
    }
    List<double[]> out = new ArrayList<>();
    double ink = 0;
    int points = 0;
    for (double[] s : strokes) {
      if (s == null || s.length < 4 || s.length % 2 != 0) {
        continue;
      }
      double[] c = new double[s.length];
      for (int i = 0; i < s.length; i += 2) {
        c[i] = Math.round(Math.max(0, Math.min(w, s[i])) * 10) / 10.0;
        c[i + 1] = Math.round(Math.max(0, Math.min(h, s[i + 1])) * 10) / 10.0;
        if (i >= 2) {
          ink += Math.hypot(c[i] - c[i - 2], c[i + 1] - c[i - 1]);
        }
      }
      points += c.length / 2;
      out.add(c);
    }
    if (ink < MIN_INK) {
      throw new UserFacingException("evidence.problem.noInk");
    }
    if (points > MAX_POINTS) {
      throw new UserFacingException("evidence.problem.tooMuchInk");
    }
    return out;
  }
}

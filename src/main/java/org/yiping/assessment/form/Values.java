package org.yiping.assessment.form;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Normal form of answer and option values, so that {@code 4}, {@code 4L} and {@code 4.0} compare equal: integral
 * numbers become {@link Long}; strings and booleans stay as they are; a non-integral number stays a {@link Double}.
 */
public final class Values {
  private Values() {}

  public static Object normalize(Object v) {
    if (v instanceof Long) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return Long.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 64 ? Long.valueOf(b.longValue()) : v;
    }
    if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
      double d = ((Number) v).doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        return Long.valueOf((long) d);
      }
      return Double.valueOf(d);
    }
    return v;
  }

  /** The value as it is written in JSON and in messages. */
  public static String display(Object v) {
    if (v instanceof String s) {
      return "\"" + s + "\"";
    }
    return String.valueOf(v);
  }
}

package org.yiping.assessment.form;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

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

  /** An integral number too large for a {@code long}, so never an option value. */
  public static boolean outOfRange(Object normalized) {
    return normalized instanceof BigInteger;
  }

  /**
   * The value as it is written in JSON, on one line: strings quoted, with quotes, backslashes and control characters
   * escaped JSON-style; lists and objects element by element.
   */
  public static String display(Object v) {
    StringBuilder sb = new StringBuilder();
    display(v, sb);
    return sb.toString();
  }

  private static void display(Object v, StringBuilder sb) {
    if (v instanceof String s) {
      sb.append('"');
      escape(s, true, sb);
      sb.append('"');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        display(list.get(i), sb);
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        display(String.valueOf(e.getKey()), sb);
        sb.append(':');
        display(e.getValue(), sb);
      }
      sb.append('}');
    } else {
      escape(String.valueOf(v), false, sb);
    }
  }

  /**
   * {@code text} with every control character (C0, DEL, C1, U+2028, U+2029) escaped JSON-style (a line feed as
   * backslash-n, others as backslash-u and four hex digits), so that a message showing it stays on one line. Quotes
   * and backslashes are left as they are.
   */
  public static String escapeControls(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    escape(text, false, sb);
    return sb.toString();
  }

  private static void escape(String s, boolean quoted, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '"' -> sb.append(quoted ? "\\\"" : "\"");
        case '\\' -> sb.append(quoted ? "\\\\" : "\\");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
  }
}

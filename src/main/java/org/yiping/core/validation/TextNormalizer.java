package org.yiping.core.validation;

/**
 * Small, allocation-light text clean-ups shared by the validators, the division catalog, the roster reader and the
 * search index: full-width forms to half-width, and removal of every kind of blank a spreadsheet or an input method
 * leaves behind (ASCII blanks, the ideographic space U+3000, no-break spaces, zero-width characters, BOMs).
 */
public final class TextNormalizer {
  private TextNormalizer() {
  }

  /** Full-width ASCII forms (U+FF01–U+FF5E) to their half-width twins and U+3000 to a plain space. */
  public static String toHalfWidth(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char h = halfWidth(c);
      if (h != c && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      }
      if (sb != null) {
        sb.append(h);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The half-width twin of a full-width ASCII form or of the ideographic space; other characters unchanged. */
  public static char halfWidth(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000') {
      return ' ';
    }
    return c;
  }

  /** Whether {@code c} is a blank: whitespace, no-break and ideographic spaces, zero-width characters, a BOM. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
        || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  /** {@code s} without any blanks anywhere (see {@link #isBlank(char)}). */
  public static String removeBlanks(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean blank = isBlank(c);
      if (blank && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      }
      if (sb != null && !blank) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** {@code s} with leading and trailing blanks (see {@link #isBlank(char)}) removed; null stays null. */
  public static String strip(String s) {
    if (s == null) {
      return null;
    }
    int from = 0;
    int to = s.length();
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Whether {@code s} is null or has nothing but blanks. */
  public static boolean isBlank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isBlank(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

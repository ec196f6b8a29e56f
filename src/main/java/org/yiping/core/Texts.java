package org.yiping.core;

/** Small text rules every service applies to what a person typed. */
public final class Texts {
  private Texts() {}

  /** The text without surrounding blanks, or null when nothing but blanks was typed. */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package org.yiping.report.assessment;

/**
 * How much of the citizen ID number a report shows. The township office's filed copy needs the whole number to
 * identify the person; every other copy (the family's, one printed for checking) hides the middle, as the app does
 * on screen, because paper travels further than the database.
 */
public enum IdNumberPrinting {
  /** {@code 6501**********123X}: the default. */
  MASKED,
  /** The whole number: the official copy filed by the township office. */
  FULL;

  /** The ID number as a copy printed this way shows it; {@code null} or blank stays as it is. */
  public String apply(String idNumber) {
    if (idNumber == null || idNumber.isBlank() || this == FULL) {
      return idNumber;
    }
    if (idNumber.length() <= 8) {
      return "*".repeat(idNumber.length());
    }
    // As IdNumber.masked(): the first four and last four characters stay.
    return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
  }
}

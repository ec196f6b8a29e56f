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
  FULL
}

package org.yiping.report;

/**
 * What a verification code points at: the kind of record a printed report was made from. The code is part of the
 * verification code's text, so it never changes once printed; a new report adds a new kind.
 */
public enum ReportKind {
  /** A stored assessment (one form of one visit): record id = the assessment's id. */
  ASSESSMENT("ASM"),
  /**
   * A report printed from an answers file with {@code yiping report score}, for checking: there is no stored record,
   * so its id is derived from the content and no store will ever confirm it.
   */
  ANSWERS_FILE("ANS"),
  /** An elder's file summary (一人一档): record id = the elder's id; the hash is of the data printed. */
  ELDER_SUMMARY("ELD"),
  /**
   * A township's monthly statistics: record id = a name-based UUID of township and month
   * ({@code statisticsId}); the hash is of the figures printed.
   */
  MONTHLY_STATISTICS("MST");

  private final String code;

  ReportKind(String code) {
    this.code = code;
  }

  /** The three letters in the verification code. */
  public String code() {
    return code;
  }

  /** The kind with this code (case-insensitive), or {@code null}. */
  public static ReportKind ofCode(String code) {
    for (ReportKind k : values()) {
      if (k.code.equalsIgnoreCase(code)) {
        return k;
      }
    }
    return null;
  }
}

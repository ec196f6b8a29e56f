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
  ANSWERS_FILE("ANS");

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

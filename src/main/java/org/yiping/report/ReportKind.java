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
  MONTHLY_STATISTICS("MST"),
  /**
   * A home adaptation case sheet (适老化改造案卷): record id = the case's id; the hash is of the data printed (plan,
   * steps, photo ids, signatures), so the paper matches while the case stays as printed.
   */
  ADAPTATION_CASE("ADC"),
  /**
   * A home adaptation plan printed for the family to sign (改造方案确认书): record id = the case's id; the hash is of
   * the plan and totals printed, so the paper matches while the plan is the one signed.
   */
  ADAPTATION_PLAN("ADP"),
  /** Bed labels (一床一码): they carry the bed code, not a verification code; the kind names the report only. */
  BED_LABEL("BDL");

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

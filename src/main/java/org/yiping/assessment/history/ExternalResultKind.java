package org.yiping.assessment.history;

/**
 * A result decided by another office and entered from its document, so an elder's file shows every standard side by
 * side (互通互认). Each kind has its own grade scale: {@link #minGrade()} to {@link #maxGrade()}.
 */
public enum ExternalResultKind {
  /** 残疾人证 from the disabled persons' federation: a category and grade 一级 (most severe) to 四级. */
  DISABILITY_CERTIFICATE(1, 4),
  /** 长期护理保险 disability grade from the medical insurance office, on the 2021 scale 0 (基本正常) to 5 (重度Ⅲ级). */
  LTC_GRADE(0, 5),
  /** An elder capability level (GB/T 42195, 0 能力完好 to 4 能力完全丧失) decided by another assessment agency. */
  CAPABILITY_LEVEL(0, 4);

  private final int minGrade;
  private final int maxGrade;

  ExternalResultKind(int minGrade, int maxGrade) {
    this.minGrade = minGrade;
    this.maxGrade = maxGrade;
  }

  public int minGrade() {
    return minGrade;
  }

  public int maxGrade() {
    return maxGrade;
  }
}

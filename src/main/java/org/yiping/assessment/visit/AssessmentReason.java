package org.yiping.assessment.visit;

import org.yiping.elder.ChineseLabelled;

/** GB/T 42195 A.1.3 评估原因. */
public enum AssessmentReason implements ChineseLabelled {
  FIRST("首次评估"),
  ROUTINE("常规评估"),
  IMMEDIATE("即时评估"),
  DISPUTED("因对评估结果有疑问进行的复评"),
  OTHER("其他");

  private final String chinese;

  AssessmentReason(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

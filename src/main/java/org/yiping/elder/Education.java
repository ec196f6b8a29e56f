package org.yiping.elder;

/** GB/T 42195 A.2.9 文化程度. */
public enum Education implements ChineseLabelled {
  ILLITERATE("文盲"),
  PRIMARY("小学"),
  JUNIOR_SECONDARY("初中"),
  SENIOR_SECONDARY("高中/技校/中专"),
  COLLEGE("大学专科及以上"),
  UNKNOWN("不详");

  private final String chinese;

  Education(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

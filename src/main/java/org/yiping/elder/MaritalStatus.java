package org.yiping.elder;

/** GB/T 42195 A.2.11 婚姻状况. */
public enum MaritalStatus implements ChineseLabelled {
  UNMARRIED("未婚"),
  MARRIED("已婚"),
  WIDOWED("丧偶"),
  DIVORCED("离婚"),
  UNSPECIFIED("未说明");

  private final String chinese;

  MaritalStatus(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

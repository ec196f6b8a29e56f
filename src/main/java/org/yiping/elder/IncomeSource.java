package org.yiping.elder;

/** GB/T 42195 A.2.13 经济来源 (several may apply). */
public enum IncomeSource implements ChineseLabelled {
  PENSION("退休金/养老金"),
  CHILDREN("子女补贴"),
  RELATIVES("亲友资助"),
  STATE_ALLOWANCE("国家普惠型补贴"),
  SAVINGS("个人储蓄"),
  OTHER("其他补贴");

  private final String chinese;

  IncomeSource(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

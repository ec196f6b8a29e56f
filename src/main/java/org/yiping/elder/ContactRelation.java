package org.yiping.elder;

/** GB/T 42195 A.3.2 与老年人的关系. */
public enum ContactRelation implements ChineseLabelled {
  SELF("本人"),
  SPOUSE("配偶"),
  CHILD("子女"),
  OTHER_RELATIVE("其他亲属"),
  HIRED_CARER("雇佣照顾者"),
  COMMITTEE_STAFF("村(居)民委员会工作人员"),
  OTHER("其他");

  private final String chinese;

  ContactRelation(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

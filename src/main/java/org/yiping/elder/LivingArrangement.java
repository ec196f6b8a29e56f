package org.yiping.elder;

/** GB/T 42195 A.2.10 居住情况 (several may apply). */
public enum LivingArrangement implements ChineseLabelled {
  ALONE("独居"),
  WITH_SPOUSE("与配偶居住"),
  WITH_CHILDREN("与子女居住"),
  WITH_PARENTS("与父母居住"),
  WITH_SIBLINGS("与兄弟姐妹居住"),
  WITH_OTHER_RELATIVES("与其他亲属居住"),
  WITH_NON_RELATIVES("与非亲属关系的人居住"),
  INSTITUTION("养老机构");

  private final String chinese;

  LivingArrangement(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

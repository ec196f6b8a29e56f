package org.yiping.elder;

/** Special-hardship flags (特殊困难老年人). ADVANCED_AGE (高龄, 80 and over) is derived from the birth date, never stored. */
public enum HardshipFlag implements ChineseLabelled {
  LIVING_ALONE("独居"),
  EMPTY_NEST("空巢"),
  LEFT_BEHIND("留守"),
  DISABLED("失能"),
  SEVERE_DISABILITY("重残"),
  FAMILY_PLANNING_SPECIAL("计划生育特殊家庭"),
  ADVANCED_AGE("高龄");

  private final String chinese;

  HardshipFlag(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

package org.yiping.elder.roster;

import org.yiping.elder.HardshipFlag;

/** A column of a township roster the reader understands. The Chinese text is the canonical header. */
public enum RosterField {
  NAME("姓名", null),
  ID_NUMBER("公民身份号码", null),
  PHONE("联系电话", null),
  ETHNICITY("民族", null),
  ADDRESS("现住址", null),
  TOWNSHIP("乡镇（街道）", null),
  VILLAGE("村（社区）", null),
  ECONOMIC_STATUS("经济状况", null),
  LIVING_ALONE("独居", HardshipFlag.LIVING_ALONE),
  EMPTY_NEST("空巢", HardshipFlag.EMPTY_NEST),
  LEFT_BEHIND("留守", HardshipFlag.LEFT_BEHIND),
  DISABLED("失能", HardshipFlag.DISABLED),
  SEVERE_DISABILITY("重残", HardshipFlag.SEVERE_DISABILITY),
  FAMILY_PLANNING_SPECIAL("计划生育特殊家庭", HardshipFlag.FAMILY_PLANNING_SPECIAL),
  SEX("性别", null),
  BIRTH_DATE("出生日期", null),
  NOTES("备注", null);

  private final String chinese;
  private final HardshipFlag flag;

  RosterField(String chinese, HardshipFlag flag) {
    this.chinese = chinese;
    this.flag = flag;
  }

  /** The canonical header, e.g. 公民身份号码. */
  public String chinese() {
    return chinese;
  }

  /** The hardship flag of a 是/否 column, or null for other columns. */
  public HardshipFlag flag() {
    return flag;
  }

  /** 姓名 and 公民身份号码: a roster without them is refused. */
  public boolean required() {
    return this == NAME || this == ID_NUMBER;
  }
}

package org.yiping.elder;

/** 经济状况: the economic status a township office records; drives eligibility for subsidies. */
public enum EconomicStatus implements ChineseLabelled {
  TEKUN("特困"),
  DIBAO("低保"),
  DIBAO_EDGE("低保边缘"),
  HARDSHIP("经济困难"),
  GENERAL("一般");

  private final String chinese;

  EconomicStatus(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

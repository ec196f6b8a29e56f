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

  /**
   * 经济困难 in the broad sense the subsidy programmes use (特困, 低保, 低保边缘, 经济困难): what home adaptation, family
   * beds and monthly care visits look for on a file.
   */
  public boolean hardship() {
    return this != GENERAL;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}

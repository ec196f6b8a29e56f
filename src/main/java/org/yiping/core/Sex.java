package org.yiping.core;

/** Sex as coded in the citizen ID number (position 17: odd male, even female); never typed by a user. */
public enum Sex {
  MALE("男"),
  FEMALE("女");

  private final String chinese;

  Sex(String chinese) {
    this.chinese = chinese;
  }

  /** The printed Chinese label, used on reports and to read Chinese rosters. */
  public String chinese() {
    return chinese;
  }
}

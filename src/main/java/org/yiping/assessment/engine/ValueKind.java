package org.yiping.assessment.engine;

/** The JSON type an item's answer must have. */
public enum ValueKind {
  INTEGER("整数", "an integer"),
  STRING("字符串", "a string"),
  BOOLEAN("true 或 false", "true or false"),
  INTEGER_LIST("整数列表", "a list of integers"),
  STRING_LIST("字符串列表", "a list of strings"),
  BOOLEAN_LIST("列表", "a list");

  private final String chinese;
  private final String english;

  ValueKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }
}

package org.yiping.assessment.form;

/** How an item is answered. */
public enum AnswerType {
  /** One option; the answer is the option's value (an integer or a string). */
  SINGLE("single"),
  /** Any number of options; the answer is a list of option values. */
  MULTI("multi"),
  /** Yes or no; the answer is {@code true} or {@code false}. */
  BOOLEAN("boolean");

  private final String json;

  AnswerType(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  static AnswerType fromJson(String s) {
    for (AnswerType t : values()) {
      if (t.json.equals(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown answer type " + s);
  }
}

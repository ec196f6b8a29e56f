package org.yiping.assessment.form;

/** Release status of one form version. */
public enum FormStatus {
  ACTIVE("active"),
  /** Parts of the scoring are not confirmed against the official text; every result must say so. */
  PROVISIONAL("provisional"),
  /** Superseded standard, kept so old records stay readable. */
  LEGACY("legacy"),
  WITHDRAWN("withdrawn");

  private final String json;

  FormStatus(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  static FormStatus fromJson(String s) {
    for (FormStatus t : values()) {
      if (t.json.equals(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown status " + s);
  }
}

package org.yiping.assessment.form;

/** One answer option: its value (what is stored and typed), its Chinese label and, if scored, its score. */
public record Option(Object value, String label, Integer score) {
  public Option {
    value = Values.normalize(value);
  }
}

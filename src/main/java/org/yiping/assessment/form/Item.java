package org.yiping.assessment.form;

import java.util.List;
import java.util.Map;

/**
 * One question of a form.
 *
 * @param code the standard's own code, e.g. {@code B.1.1}
 * @param label Chinese label
 * @param help Chinese help text the assessor can read on screen
 * @param showIf shown (and required, if {@code required}) only when this holds; {@code null} = always shown
 * @param attributes free data for screens and reports (e.g. the adaptation tier)
 */
public record Item(
    String code,
    String label,
    String help,
    AnswerType type,
    boolean required,
    List<Option> options,
    Condition showIf,
    Map<String, Object> attributes) {

  public Item {
    options = List.copyOf(options);
    attributes = Map.copyOf(attributes);
  }

  /** The option with this (normalized) value, or {@code null}. */
  public Option option(Object value) {
    Object v = Values.normalize(value);
    for (Option o : options) {
      if (o.value().equals(v)) {
        return o;
      }
    }
    return null;
  }
}

package org.yiping.assessment.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items of two forms that ask the same question (file {@code assessment-forms/mappings/*.json}), used to pre-fill one
 * form from the answers of the other. Suggestions only: the assessor confirms every pre-filled item.
 *
 * @param formA id of form a
 * @param formB id of form b
 */
public record FormMapping(String id, String version, String description, String formA, String formB, List<Pair> pairs,
    String source) {

  public FormMapping {
    pairs = List.copyOf(pairs);
  }

  /** Item {@code a} of form a and item {@code b} of form b, with the answer values that correspond. */
  public record Pair(String a, String b, String topic, List<ValueLink> values) {
    public Pair {
      values = List.copyOf(values);
    }
  }

  /** Any of the values {@code a} of item a corresponds to any of the values {@code b} of item b. */
  public record ValueLink(List<Object> a, List<Object> b) {
    public ValueLink {
      a = a.stream().map(Values::normalize).toList();
      b = b.stream().map(Values::normalize).toList();
    }
  }

  /**
   * A pre-fill suggestion for {@code targetItem}: {@code candidates} holds the values consistent with the source
   * answer; {@link #suggested()} is set only when exactly one value fits.
   */
  public record Prefill(String targetItem, String sourceItem, Object sourceValue, List<Object> candidates) {
    public Object suggested() {
      return candidates.size() == 1 ? candidates.get(0) : null;
    }
  }

  public boolean connects(String formId) {
    return formA.equals(formId) || formB.equals(formId);
  }

  /** Suggestions for the other form, from answers given on form {@code sourceFormId} (unanswered items are skipped). */
  public List<Prefill> prefill(String sourceFormId, Map<String, ?> sourceAnswers) {
    boolean fromA;
    if (formA.equals(sourceFormId)) {
      fromA = true;
    } else if (formB.equals(sourceFormId)) {
      fromA = false;
    } else {
      throw new IllegalArgumentException(id + " does not map form " + sourceFormId);
    }
    List<Prefill> out = new ArrayList<>();
    for (Pair p : pairs) {
      String src = fromA ? p.a() : p.b();
      String dst = fromA ? p.b() : p.a();
      Object v = sourceAnswers.get(src);
      if (v == null) {
        continue;
      }
      Object value = Values.normalize(v);
      Set<Object> candidates = new LinkedHashSet<>();
      for (ValueLink link : p.values()) {
        if ((fromA ? link.a() : link.b()).contains(value)) {
          candidates.addAll(fromA ? link.b() : link.a());
        }
      }
      out.add(new Prefill(dst, src, value, List.copyOf(candidates)));
    }
    return out;
  }
}

package org.yiping.assessment.form;

import java.util.List;
import java.util.Set;

/** A show/hide or grading condition, as written in the form data. */
public sealed interface Condition {

  /** The item's answer (for a multi item: any selected value) is one of {@code values}. Unanswered: false. */
  record ItemIn(String item, Set<Object> values) implements Condition {
    public ItemIn {
      values = Set.copyOf(values);
    }
  }

  /** The dimension's grade is one of {@code grades}. Only in preliminary-level rules. */
  record GradeIn(String dimension, Set<Integer> grades) implements Condition {
    public GradeIn {
      grades = Set.copyOf(grades);
    }
  }

  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = List.copyOf(conditions);
    }
  }

  record Any(List<Condition> conditions) implements Condition {
    public Any {
      conditions = List.copyOf(conditions);
    }
  }

  record Not(Condition condition) implements Condition {}

  /** Between {@code min} and {@code max} (inclusive; {@code null} = no upper bound) of the conditions hold. */
  record CountOf(List<Condition> conditions, int min, Integer max) implements Condition {
    public CountOf {
      conditions = List.copyOf(conditions);
    }
  }
}

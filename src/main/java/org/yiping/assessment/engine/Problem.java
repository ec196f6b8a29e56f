package org.yiping.assessment.engine;

import java.util.List;

/**
 * One problem with the answers, as data; {@link ProblemText} renders it.
 *
 * @param item the item code as given in the answers
 * @param value the offending value ({@code null} for a missing answer)
 * @param allowed the item's option values (for an unknown item: the form's item codes)
 * @param expected the JSON type the answer must have ({@code null} for an unknown item)
 */
public record Problem(ProblemKind kind, String item, Object value, List<Object> allowed, ValueKind expected) {
  public Problem {
    allowed = List.copyOf(allowed);
  }
}

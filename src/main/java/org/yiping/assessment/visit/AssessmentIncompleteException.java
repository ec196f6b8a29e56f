package org.yiping.assessment.visit;

import java.util.List;
import org.yiping.core.UserFacingException;

/** Finalizing was refused: these items are still unanswered. Never rescaled, never guessed. */
public class AssessmentIncompleteException extends UserFacingException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> missing;

  public AssessmentIncompleteException(List<String> missing) {
    super("assessment.problem.incomplete", missing.size(), String.join("、", missing));
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}

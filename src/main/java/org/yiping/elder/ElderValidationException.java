package org.yiping.elder;

import java.util.List;
import org.yiping.core.UserFacingException;

/** A draft with one or more field problems; the editor marks each field, the command line prints the first. */
public class ElderValidationException extends UserFacingException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldProblem> problems;

  public ElderValidationException(List<FieldProblem> problems) {
    super(problems.get(0).key(), problems.get(0).args());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}

package org.yiping.core.idcard;

import org.yiping.core.i18n.Messages;

/**
 * Why a text is not a valid citizen ID number. The exception message names only the problem, never the number
 * itself, so it is safe to log; {@link #message(Messages)} gives the sentence a user reads.
 */
public final class InvalidIdNumberException extends Exception {
  /** What is wrong, in the order the checks run. */
  public enum Problem {
    /** Nothing typed. */
    EMPTY,
    /** Not 18 characters. */
    LENGTH,
    /** Something other than 17 digits followed by a digit or X. */
    CHARACTERS,
    /** Positions 7–14 are not a real date, or a date before 1890. */
    BIRTH_DATE,
    /** Positions 7–14 are a date after today. */
    FUTURE_BIRTH_DATE,
    /** The 18th character does not match the check digit computed from the first 17. */
    CHECK_DIGIT;

    /** The message key of the user-facing text: {@code idnumber.problem.<NAME>}. */
    public String messageKey() {
      return "idnumber.problem." + name();
    }
  }

  private final Problem problem;
  private final int length;

  public InvalidIdNumberException(Problem problem, int length) {
    super("invalid ID number: " + problem + (problem == Problem.LENGTH ? " (" + length + " characters)" : ""));
    this.problem = problem;
    this.length = length;
  }

  public Problem problem() {
    return problem;
  }

  /** Length of the number after clean-up (what {@link Problem#LENGTH} reports). */
  public int length() {
    return length;
  }

  /** The sentence telling the user what to fix, e.g. "公民身份号码应为18位，当前为17位". */
  public String message(Messages messages) {
    return messages.get(problem.messageKey(), length);
  }
}

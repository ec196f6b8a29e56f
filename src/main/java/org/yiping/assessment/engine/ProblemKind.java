package org.yiping.assessment.engine;

/** What is wrong with one answer. The first four make the answers invalid; a missing answer makes them incomplete. */
public enum ProblemKind {
  /** The answers name an item the form does not have. */
  UNKNOWN_ITEM,
  /** The value has the wrong JSON type for the item (e.g. a string for a scored item, a number for a yes/no item). */
  WRONG_TYPE,
  /** The value has the right type but is not one of the item's options. */
  NOT_AN_OPTION,
  /** An integer too large (or too small) to be any option value. */
  OUT_OF_RANGE,
  /** A required, shown item has no answer. */
  MISSING_REQUIRED;

  public boolean invalid() {
    return this != MISSING_REQUIRED;
  }
}

package org.yiping.adaptation;

import org.yiping.security.Permission;

/**
 * The steps of a home adaptation case, in order, with the permission that moves a case out of each: the assessor
 * does the home assessment, the township office approves the plan, follows the works, accepts, settles and files.
 */
public enum CaseState {
  APPLIED(Permission.ASSESS),
  HOME_ASSESSED(Permission.REVIEW),
  PLANNED(Permission.REVIEW),
  UNDER_CONSTRUCTION(Permission.REVIEW),
  ACCEPTED(Permission.REVIEW),
  SETTLED(Permission.REVIEW),
  ARCHIVED(null),
  TERMINATED(null);

  private final Permission toAdvance;

  CaseState(Permission toAdvance) {
    this.toAdvance = toAdvance;
  }

  /** Who may move a case on from here; null for a closed case. */
  public Permission toAdvance() {
    return toAdvance;
  }

  public boolean closed() {
    return this == ARCHIVED || this == TERMINATED;
  }

  /** The next step in order; only for open cases. */
  CaseState next() {
    return values()[ordinal() + 1];
  }

  /** The step a case is sent back to (退回): the one before, never before 申请. */
  CaseState previous() {
    return this == APPLIED ? APPLIED : values()[ordinal() - 1];
  }
}

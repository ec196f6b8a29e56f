package org.yiping.adaptation;

/** Who signs the acceptance (验收) of the works: the family, the contractor, the township office. */
public enum AcceptanceRole {
  FAMILY,
  CONTRACTOR,
  OFFICE;

  /** Signing happens as the works are handed over or at the acceptance itself. */
  public static boolean signingOpenAt(CaseState state) {
    return state == CaseState.UNDER_CONSTRUCTION || state == CaseState.ACCEPTED;
  }
}

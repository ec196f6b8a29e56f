package org.yiping.adaptation;

import java.util.Set;

/** When a photo of an item was taken: before the works or after them. */
public enum Phase {
  BEFORE(Set.of(CaseState.APPLIED, CaseState.HOME_ASSESSED, CaseState.PLANNED, CaseState.UNDER_CONSTRUCTION)),
  AFTER(Set.of(CaseState.UNDER_CONSTRUCTION, CaseState.ACCEPTED));

  private final Set<CaseState> open;

  Phase(Set<CaseState> open) {
    this.open = open;
  }

  /** Whether photos of this phase may be added or removed while the case is at {@code state}. */
  public boolean openAt(CaseState state) {
    return open.contains(state);
  }
}

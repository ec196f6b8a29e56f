package org.yiping.adaptation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A home adaptation case as screens and reports see it. Money in fen. */
public record CaseRecord(UUID id, long rev, UUID elderId, String townshipCode, int targetYear, CaseState state,
    boolean eligible, List<String> eligibilityBasis, String overrideReason, String formVersion, List<PlanLine> plan,
    long subsidyTotalFen, long familyTotalFen, Instant appliedAt, String closedReason) {
  public CaseRecord {
    eligibilityBasis = List.copyOf(eligibilityBasis);
    plan = List.copyOf(plan);
  }
}

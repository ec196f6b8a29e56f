package org.yiping.carevisit;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A recorded care visit. */
public record CareVisitRecord(UUID id, UUID elderId, String visitor, LocalDate visitedOn, boolean foundWell,
    Set<NeedKind> needs, String followUp) {
  public CareVisitRecord {
    needs = Set.copyOf(needs);
  }
}

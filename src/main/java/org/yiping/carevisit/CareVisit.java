package org.yiping.carevisit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** One care visit (探访关爱) to an elder: when, by whom, whether the elder was well, what they need. */
@Entity
@Table(name = "care_visit")
public class CareVisit extends SyncedRecord {
  public static final String RECORD_TYPE = "care_visit";

  @Column(name = "elder_id", nullable = false, updatable = false)
  private UUID elderId;

  @Column(name = "visit_month", nullable = false, length = 7, columnDefinition = "char(7)", updatable = false)
  private String visitMonth;

  @Column(nullable = false, length = 64, updatable = false)
  private String visitor;

  @Column(name = "visited_on", nullable = false, updatable = false)
  private LocalDate visitedOn;

  @Column(name = "found_well", nullable = false, updatable = false)
  private boolean foundWell;

  @Column(length = 200, updatable = false)
  private String needs;

  @Column(name = "follow_up", length = 500, updatable = false)
  private String followUp;

  protected CareVisit() {}

  CareVisit(UUID id, UUID elderId, String visitor, LocalDate visitedOn, boolean foundWell, String needs,
      String followUp) {
    super(id);
    this.elderId = elderId;
    this.visitMonth = java.time.YearMonth.from(visitedOn).toString();
    this.visitor = visitor;
    this.visitedOn = visitedOn;
    this.foundWell = foundWell;
    this.needs = needs;
    this.followUp = followUp;
  }

  UUID elderId() {
    return elderId;
  }

  CareVisitRecord toRecord() {
    java.util.Set<NeedKind> kinds = new java.util.TreeSet<>();
    if (needs != null && !needs.isEmpty()) {
      for (String s : needs.split(",")) {
        kinds.add(NeedKind.valueOf(s));
      }
    }
    return new CareVisitRecord(id(), elderId, visitor, visitedOn, foundWell, kinds, followUp);
  }
}

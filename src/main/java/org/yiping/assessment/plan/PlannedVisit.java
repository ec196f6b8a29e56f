package org.yiping.assessment.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.sync.SyncedRecord;

/** A home visit an assessor plans for a day; starting the assessment links the plan to that visit. */
@Entity
@Table(name = "planned_visit")
public class PlannedVisit extends SyncedRecord {
  public static final String RECORD_TYPE = "planned_visit";

  @Column(name = "elder_id", nullable = false, updatable = false)
  private UUID elderId;

  @Column(nullable = false, length = 64)
  private String assessor;

  @Column(name = "planned_on", nullable = false)
  private LocalDate plannedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AssessmentReason reason;

  @Column(length = 300)
  private String note;

  @Column(name = "visit_id")
  private UUID visitId;

  protected PlannedVisit() {}

  PlannedVisit(UUID id, UUID elderId, String assessor, LocalDate plannedOn, AssessmentReason reason, String note) {
    super(id);
    this.elderId = elderId;
    this.assessor = assessor;
    this.plannedOn = plannedOn;
    this.reason = reason;
    this.note = note;
  }

  void started(UUID visit) {
    this.visitId = visit;
  }

  PlannedVisitRecord toRecord() {
    return new PlannedVisitRecord(id(), elderId, assessor, plannedOn, reason, note, visitId);
  }

  String assessor() {
    return assessor;
  }

  UUID visitId() {
    return visitId;
  }
}

package org.yiping.adaptation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** One step of a case: who moved it from where to where, when, and why (append-only; synced like every record). */
@Entity
@Table(name = "adaptation_step")
public class AdaptationStep extends SyncedRecord {
  public static final String RECORD_TYPE = "adaptation_step";

  /** What a step did. */
  public enum Action { APPLY, ADVANCE, SEND_BACK, TERMINATE }

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 24, updatable = false)
  private CaseState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 24, updatable = false)
  private CaseState toState;

  @Enumerated(EnumType.STRING)
  @Column(name = "step_action", nullable = false, length = 16, updatable = false)
  private Action action;

  @Column(length = 500, updatable = false)
  private String note;

  @Column(name = "done_by", nullable = false, length = 64, updatable = false)
  private String doneBy;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant doneAt;

  protected AdaptationStep() {}

  AdaptationStep(UUID id, UUID caseId, CaseState from, CaseState to, Action action, String note, String by,
      Instant at) {
    super(id);
    this.caseId = caseId;
    this.fromState = from;
    this.toState = to;
    this.action = action;
    this.note = note;
    this.doneBy = by;
    this.doneAt = at;
  }

  StepRecord toRecord() {
    return new StepRecord(fromState, toState, action, note, doneBy, doneAt);
  }

  /** A step as the case history shows it. */
  public record StepRecord(CaseState from, CaseState to, Action action, String note, String by, Instant at) {}
}

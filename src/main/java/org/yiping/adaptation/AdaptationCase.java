package org.yiping.adaptation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** A home adaptation case of one household; its steps are kept as {@link AdaptationStep} rows. */
@Entity
@Table(name = "adaptation_case")
public class AdaptationCase extends SyncedRecord {
  public static final String RECORD_TYPE = "adaptation_case";

  @Column(name = "elder_id", nullable = false, updatable = false)
  private UUID elderId;

  @Column(name = "township_code", length = 12, columnDefinition = "char(12)")
  private String townshipCode;

  @Column(name = "target_year", nullable = false)
  private int targetYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private CaseState state;

  @Column(nullable = false)
  private boolean eligible;

  @Column(name = "eligibility_basis", nullable = false, length = 300)
  private String eligibilityBasis;

  @Column(name = "override_reason", length = 500)
  private String overrideReason;

  @Column(name = "form_version", nullable = false, length = 32)
  private String formVersion;

  @Lob
  @Column(nullable = false)
  private String plan;

  @Column(name = "subsidy_total_fen", nullable = false)
  private long subsidyTotalFen;

  @Column(name = "family_total_fen", nullable = false)
  private long familyTotalFen;

  @Column(name = "applied_at", nullable = false, updatable = false)
  private Instant appliedAt;

  @Column(name = "closed_reason", length = 500)
  private String closedReason;

  protected AdaptationCase() {}

  AdaptationCase(UUID id, UUID elderId, String townshipCode, int targetYear, Eligibility eligibility,
      String overrideReason, String formVersion, Instant appliedAt) {
    super(id);
    this.elderId = elderId;
    this.townshipCode = townshipCode;
    this.targetYear = targetYear;
    this.state = CaseState.APPLIED;
    this.eligible = eligibility.eligible();
    this.eligibilityBasis = String.join(";", eligibility.reasons());
    this.overrideReason = overrideReason;
    this.formVersion = formVersion;
    this.plan = "[]";
    this.appliedAt = appliedAt;
  }

  void plan(String planJson, long subsidyFen, long familyFen) {
    this.plan = planJson;
    this.subsidyTotalFen = subsidyFen;
    this.familyTotalFen = familyFen;
  }

  void moveTo(CaseState to, String reason) {
    this.state = to;
    if (to.closed()) {
      this.closedReason = reason;
    }
  }

  CaseState state() {
    return state;
  }

  String planJson() {
    return plan;
  }

  CaseRecord toRecord(java.util.List<PlanLine> lines) {
    return new CaseRecord(id(), rev(), elderId, townshipCode, targetYear, state, eligible,
        java.util.List.of(eligibilityBasis.isEmpty() ? new String[0] : eligibilityBasis.split(";")), overrideReason,
        formVersion, lines, subsidyTotalFen, familyTotalFen, appliedAt, closedReason);
  }
}

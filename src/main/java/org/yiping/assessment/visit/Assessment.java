package org.yiping.assessment.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** One assessment of one elder on one form version. Answers are kept as JSON, exactly as the engine reads them. */
@Entity
@Table(name = "assessment")
public class Assessment extends SyncedRecord {
  public static final String RECORD_TYPE = "assessment";

  @Column(name = "elder_id", nullable = false, updatable = false)
  private UUID elderId;

  @Column(name = "visit_id", nullable = false, updatable = false)
  private UUID visitId;

  @Column(name = "form_id", nullable = false, length = 64, updatable = false)
  private String formId;

  @Column(name = "form_version", nullable = false, length = 32, updatable = false)
  private String formVersion;

  @Column(name = "form_hash", nullable = false, length = 80, updatable = false)
  private String formHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private AssessmentReason reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AssessmentStatus status;

  @Lob
  @Column(nullable = false)
  private String answers;

  @Column(name = "current_item", length = 32)
  private String currentItem;

  @Column(nullable = false, length = 64, updatable = false)
  private String assessor;

  @Column(name = "certificate_number", length = 64)
  private String certificateNumber;

  @Column(name = "second_assessor", length = 100)
  private String secondAssessor;

  @Column(name = "visit_place", length = 300)
  private String visitPlace;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finalized_at")
  private Instant finalizedAt;

  @Column(name = "content_hash", length = 64, columnDefinition = "char(64)")
  private String contentHash;

  @Column(name = "total_score")
  private Integer totalScore;

  @Column(name = "final_level")
  private Integer finalLevel;

  @Column(name = "supersedes_id", updatable = false)
  private UUID supersedesId;

  @Column(name = "correction_reason", length = 500, updatable = false)
  private String correctionReason;

  @Column(name = "review_comment", length = 1000)
  private String reviewComment;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected Assessment() {}

  Assessment(UUID id, UUID visitId, UUID elderId, String formId, String formVersion, String formHash,
      AssessmentReason reason, String assessor, String certificateNumber, Instant startedAt, String answersJson,
      UUID supersedesId, String correctionReason) {
    super(id);
    this.visitId = visitId;
    this.elderId = elderId;
    this.formId = formId;
    this.formVersion = formVersion;
    this.formHash = formHash;
    this.reason = reason;
    this.status = AssessmentStatus.DRAFT;
    this.assessor = assessor;
    this.certificateNumber = certificateNumber;
    this.startedAt = startedAt;
    this.answers = answersJson;
    this.supersedesId = supersedesId;
    this.correctionReason = correctionReason;
  }

  /** Every change goes through here: a locked assessment refuses them all, whatever the caller. */
  private void requireDraft() {
    if (status != AssessmentStatus.DRAFT) {
      throw new IllegalStateException("assessment " + id() + " is " + status + " and cannot change");
    }
  }

  void saveAnswers(String answersJson, String item) {
    requireDraft();
    this.answers = answersJson;
    this.currentItem = item;
  }

  void setVisit(String secondAssessor, String visitPlace) {
    requireDraft();
    this.secondAssessor = secondAssessor;
    this.visitPlace = visitPlace;
  }

  void lock(Instant at, String certificate, Integer total, Integer level, String hash) {
    requireDraft();
    this.status = AssessmentStatus.FINALIZED;
    this.finalizedAt = at;
    this.certificateNumber = certificate;
    this.totalScore = total;
    this.finalLevel = level;
    this.contentHash = hash;
  }

  void review(AssessmentStatus outcome, String by, Instant at, String comment) {
    if (status != AssessmentStatus.FINALIZED) {
      throw new IllegalStateException("only a finalized assessment is reviewed");
    }
    this.status = outcome;
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.reviewComment = comment;
  }

  void supersede() {
    this.status = AssessmentStatus.SUPERSEDED;
  }

  AssessmentRecord toRecord(java.util.Map<String, Object> parsedAnswers) {
    return new AssessmentRecord(id(), rev(), elderId, formId, formVersion, formHash, reason, status, parsedAnswers,
        currentItem, assessor, certificateNumber, secondAssessor, visitPlace, startedAt, finalizedAt, contentHash,
        totalScore, finalLevel, supersedesId, correctionReason, reviewComment, reviewedBy, reviewedAt);
  }

  String answersJson() {
    return answers;
  }

  AssessmentStatus status() {
    return status;
  }

  String assessor() {
    return assessor;
  }

  UUID elderId() {
    return elderId;
  }

  String formId() {
    return formId;
  }

  String formVersion() {
    return formVersion;
  }

  java.time.Instant finalizedAt() {
    return finalizedAt;
  }

  Integer finalLevel() {
    return finalLevel;
  }

  UUID visitId() {
    return visitId;
  }

  UUID supersedesId() {
    return supersedesId;
  }
}

package org.yiping.assessment.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** A result from another office's document (a disability certificate, an LTC grade), entered by hand. */
@Entity
@Table(name = "external_result")
public class ExternalResult extends SyncedRecord {
  public static final String RECORD_TYPE = "external_result";

  @Column(name = "elder_id", nullable = false, updatable = false)
  private UUID elderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private ExternalResultKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 32, updatable = false)
  private DisabilityCategory category;

  @Column(nullable = false, updatable = false)
  private int grade;

  @Column(nullable = false, length = 200, updatable = false)
  private String issuer;

  @Column(name = "document_number", length = 64, updatable = false)
  private String documentNumber;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "valid_until", updatable = false)
  private LocalDate validUntil;

  @Column(length = 500, updatable = false)
  private String note;

  protected ExternalResult() {}

  ExternalResult(UUID id, UUID elderId, ExternalResultInput in) {
    super(id);
    this.elderId = elderId;
    this.kind = in.kind();
    this.category = in.category();
    this.grade = in.grade();
    this.issuer = in.issuer();
    this.documentNumber = in.documentNumber();
    this.issuedOn = in.issuedOn();
    this.validUntil = in.validUntil();
    this.note = in.note();
  }

  UUID elderId() {
    return elderId;
  }

  ExternalResultInput input() {
    return new ExternalResultInput(kind, category, grade, issuer, documentNumber, issuedOn, validUntil, note);
  }
}

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

/** A signature given at the acceptance (验收) of a case's works, one per role, as strokes. */
@Entity
@Table(name = "adaptation_signature")
public class AdaptationSignature extends SyncedRecord {
  public static final String RECORD_TYPE = "adaptation_signature";

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "signer_role", nullable = false, length = 16, updatable = false)
  private AcceptanceRole role;

  @Column(name = "signer_name", nullable = false, length = 100)
  private String signerName;

  @Column(name = "pad_width", nullable = false)
  private double padWidth;

  @Column(name = "pad_height", nullable = false)
  private double padHeight;

  @Lob
  @Column(nullable = false)
  private String strokes;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected AdaptationSignature() {}

  AdaptationSignature(UUID id, UUID caseId, AcceptanceRole role) {
    super(id);
    this.caseId = caseId;
    this.role = role;
  }

  void sign(String name, double w, double h, String strokesJson, Instant at) {
    this.signerName = name;
    this.padWidth = w;
    this.padHeight = h;
    this.strokes = strokesJson;
    this.signedAt = at;
  }

  AcceptanceRole role() {
    return role;
  }

  String signerName() {
    return signerName;
  }

  double padWidth() {
    return padWidth;
  }

  double padHeight() {
    return padHeight;
  }

  String strokesJson() {
    return strokes;
  }

  Instant signedAt() {
    return signedAt;
  }
}

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

/** One signature on one assessment, one per signer role; signing again replaces it while the draft is open. */
@Entity
@Table(name = "assessment_signature")
public class AssessmentSignature extends SyncedRecord {
  public static final String RECORD_TYPE = "assessment_signature";

  @Column(name = "assessment_id", nullable = false, updatable = false)
  private UUID assessmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "signer_role", nullable = false, length = 16, updatable = false)
  private SignerRole role;

  @Column(name = "signer_name", nullable = false, length = 100)
  private String signerName;

  @Column(name = "pad_width", nullable = false)
  private double padWidth;

  @Column(name = "pad_height", nullable = false)
  private double padHeight;

  @Lob
  @Column(nullable = false)
  private String strokes;

  @Column(nullable = false, length = 64, columnDefinition = "char(64)")
  private String sha256;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected AssessmentSignature() {}

  AssessmentSignature(UUID id, UUID assessmentId, SignerRole role) {
    super(id);
    this.assessmentId = assessmentId;
    this.role = role;
  }

  void sign(String name, double width, double height, String strokesJson, String hash, Instant at) {
    this.signerName = name;
    this.padWidth = width;
    this.padHeight = height;
    this.strokes = strokesJson;
    this.sha256 = hash;
    this.signedAt = at;
  }

  AssessmentSignature copyFor(UUID newId, UUID otherAssessment) {
    AssessmentSignature s = new AssessmentSignature(newId, otherAssessment, role);
    s.sign(signerName, padWidth, padHeight, strokes, sha256, signedAt);
    return s;
  }

  UUID assessmentId() {
    return assessmentId;
  }

  SignerRole role() {
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

  String sha256() {
    return sha256;
  }

  Instant signedAt() {
    return signedAt;
  }
}

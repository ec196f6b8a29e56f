package org.yiping.assessment.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;
import org.yiping.core.photo.PhotoShrinker;

/** A photo taken as evidence during a visit, shrunk and stored inside the encrypted store, never as a loose file. */
@Entity
@Table(name = "assessment_photo")
public class AssessmentPhoto extends SyncedRecord {
  public static final String RECORD_TYPE = "assessment_photo";

  @Column(name = "assessment_id", nullable = false, updatable = false)
  private UUID assessmentId;

  @Column(length = 200)
  private String caption;

  @Column(name = "content_type", nullable = false, length = 32, updatable = false)
  private String contentType;

  @Column(nullable = false, updatable = false)
  private int width;

  @Column(nullable = false, updatable = false)
  private int height;

  @Column(nullable = false, length = 64, columnDefinition = "char(64)", updatable = false)
  private String sha256;

  @Lob
  @Column(nullable = false, updatable = false)
  private byte[] image;

  @Lob
  @Column(nullable = false, updatable = false)
  private byte[] thumbnail;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected AssessmentPhoto() {}

  AssessmentPhoto(UUID id, UUID assessmentId, String caption, PhotoShrinker.Shrunk photo, Instant addedAt) {
    super(id);
    this.assessmentId = assessmentId;
    this.caption = caption;
    this.contentType = "image/jpeg";
    this.width = photo.width();
    this.height = photo.height();
    this.sha256 = photo.sha256();
    this.image = photo.jpeg();
    this.thumbnail = photo.thumbnail();
    this.addedAt = addedAt;
  }

  AssessmentPhoto copyFor(UUID newId, UUID otherAssessment) {
    AssessmentPhoto p = new AssessmentPhoto();
    p.id = newId;
    p.assessmentId = otherAssessment;
    p.caption = caption;
    p.contentType = contentType;
    p.width = width;
    p.height = height;
    p.sha256 = sha256;
    p.image = image;
    p.thumbnail = thumbnail;
    p.addedAt = addedAt;
    return p;
  }

  void caption(String text) {
    this.caption = text;
  }

  UUID assessmentId() {
    return assessmentId;
  }

  byte[] image() {
    return image;
  }

  String sha256() {
    return sha256;
  }
}

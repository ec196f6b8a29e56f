package org.yiping.adaptation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.yiping.core.photo.PhotoShrinker;
import org.yiping.sync.SyncedRecord;

/** A before or after photo of one checklist item of a case, shrunk and kept inside the encrypted store. */
@Entity
@Table(name = "adaptation_photo")
public class AdaptationPhoto extends SyncedRecord {
  public static final String RECORD_TYPE = "adaptation_photo";

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "item_code", nullable = false, length = 16, updatable = false)
  private String itemCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8, updatable = false)
  private Phase phase;

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

  protected AdaptationPhoto() {}

  AdaptationPhoto(UUID id, UUID caseId, String itemCode, Phase phase, PhotoShrinker.Shrunk photo, Instant at) {
    super(id);
    this.caseId = caseId;
    this.itemCode = itemCode;
    this.phase = phase;
    this.width = photo.width();
    this.height = photo.height();
    this.sha256 = photo.sha256();
    this.image = photo.jpeg();
    this.thumbnail = photo.thumbnail();
    this.addedAt = at;
  }

  UUID caseId() {
    return caseId;
  }

  Phase phase() {
    return phase;
  }

  byte[] image() {
    return image;
  }
}

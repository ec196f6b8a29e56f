package org.yiping.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The fields every synced record carries (shared/design/sync.md): a device-made time-ordered id, the local revision
 * (also the optimistic lock), the centre revision it was edited from, who changed it where and when, and a tombstone.
 */
@MappedSuperclass
public abstract class SyncedRecord {
  @Id
  @Column(name = "id", nullable = false, updatable = false)
  protected UUID id;

  @Version
  @Column(name = "rev", nullable = false)
  protected long rev;

  @Column(name = "base_rev")
  protected Long baseRev;

  @Column(name = "updated_at", nullable = false)
  protected Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  protected String updatedBy;

  @Column(name = "device_id", nullable = false, length = 64)
  protected String deviceId;

  @Column(name = "deleted", nullable = false)
  protected boolean deleted;

  protected SyncedRecord() {}

  protected SyncedRecord(UUID id) {
    this.id = id;
  }

  /** Stamps who changed the record, where and when; called by the service on every change. */
  public void touch(Instant at, String username, String device) {
    this.updatedAt = at;
    this.updatedBy = username;
    this.deviceId = device;
  }

  public UUID id() {
    return id;
  }

  public long rev() {
    return rev;
  }

  public Long baseRev() {
    return baseRev;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public String deviceId() {
    return deviceId;
  }

  public boolean deleted() {
    return deleted;
  }

  public void markDeleted() {
    this.deleted = true;
  }
}

package org.yiping.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the hash-chained audit log. Never updated or deleted by the application. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "action", nullable = false, length = 40)
  private String action;

  @Column(name = "target_type", length = 40)
  private String targetType;

  @Column(name = "target_id", length = 64)
  private String targetId;

  @Column(name = "detail", length = 1000)
  private String detail;

  @Column(name = "prev_hash", nullable = false, length = 64, columnDefinition = "char(64)")
  private String prevHash;

  @Column(name = "hash", nullable = false, length = 64, columnDefinition = "char(64)")
  private String hash;

  protected AuditEntry() {}

  AuditEntry(long seq, Instant at, String username, String action, String targetType, String targetId,
      String detail, String prevHash, String hash) {
    this.seq = seq;
    this.at = at;
    this.username = username;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.detail = detail;
    this.prevHash = prevHash;
    this.hash = hash;
  }

  AuditRecord toRecord() {
    return new AuditRecord(seq, at, username, action, targetType, targetId, detail, prevHash, hash);
  }
}

package org.yiping.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last sequence number and hash of the chain; one row, locked while an entry is appended. */
@Entity
@Table(name = "audit_head")
public class AuditHead {
  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "hash", nullable = false, length = 64, columnDefinition = "char(64)")
  private String hash;

  protected AuditHead() {}

  long seq() {
    return seq;
  }

  String hash() {
    return hash;
  }

  void advance(long newSeq, String newHash) {
    this.seq = newSeq;
    this.hash = newHash;
  }
}

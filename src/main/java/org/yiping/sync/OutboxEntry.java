package org.yiping.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a synced record waiting to go to the centre. Written in the same transaction as the change. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {
  public enum Op { UPSERT, DELETE }

  public enum State { PENDING, SENT, ACCEPTED, CONFLICT, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
  @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
  private Long seq;

  @Column(name = "record_type", nullable = false, length = 40)
  private String recordType;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(name = "rev", nullable = false)
  private long rev;

  @Enumerated(EnumType.STRING)
  @Column(name = "op", nullable = false, length = 10)
  private Op op;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private State state;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected OutboxEntry() {}

  OutboxEntry(String recordType, UUID recordId, long rev, Op op, Instant createdAt) {
    this.recordType = recordType;
    this.recordId = recordId;
    this.rev = rev;
    this.op = op;
    this.state = State.PENDING;
    this.createdAt = createdAt;
  }

  public String recordType() {
    return recordType;
  }

  public UUID recordId() {
    return recordId;
  }

  public long rev() {
    return rev;
  }

  public Op op() {
    return op;
  }

  public State state() {
    return state;
  }
}

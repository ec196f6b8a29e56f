package org.yiping.sync;

import java.time.Instant;
import org.yiping.store.Work;

/** Writes and counts outbox rows. Lives inside the caller's unit of work: the change and its row commit together. */
public final class Outbox {
  private final Work work;

  public Outbox(Work work) {
    this.work = work;
  }

  /**
   * Records a newly persisted {@code record}. No flush: persist already seeded its revision, and bulk imports keep
   * JDBC batching.
   */
  public void recordCreated(String recordType, SyncedRecord record, Instant at) {
    work.em().persist(new OutboxEntry(recordType, record.id(), record.rev(), OutboxEntry.Op.UPSERT, at));
  }

  /**
   * Records a change of an existing {@code record}. Flushes first so the stored revision is the new one; the
   * record's id and revision are all sync needs to find and send it later.
   */
  public void recordChange(String recordType, SyncedRecord record, Instant at) {
    work.em().flush();
    OutboxEntry.Op op = record.deleted() ? OutboxEntry.Op.DELETE : OutboxEntry.Op.UPSERT;
    work.em().persist(new OutboxEntry(recordType, record.id(), record.rev(), op, at));
  }

  /** Records a change sync made itself (a resolved conflict), by id and revision. */
  public void recordChange(String recordType, java.util.UUID recordId, long rev, boolean deleted, Instant at) {
    work.em().persist(new OutboxEntry(recordType, recordId, rev, deleted ? OutboxEntry.Op.DELETE : OutboxEntry.Op.UPSERT,
        at));
  }

  /** Changes not yet accepted by the centre: the status bar's "unsynced" number. */
  public long unsyncedCount() {
    return work.em().createQuery(
            "select count(distinct o.recordId) from OutboxEntry o where o.state <> :accepted", Long.class)
        .setParameter("accepted", OutboxEntry.State.ACCEPTED)
        .getSingleResult();
  }
}

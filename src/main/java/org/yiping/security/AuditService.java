package org.yiping.security;

import java.time.Clock;
import java.util.List;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.audit.AuditRecord;
import org.yiping.audit.ChainCheck;
import org.yiping.store.Transactions;

/** The admin's view of the audit log. Looking at the log is itself audited. */
public final class AuditService {
  private final Transactions tx;
  private final Session session;
  private final Clock clock;

  public AuditService(Transactions tx, Session session, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.clock = clock;
  }

  /** Newest first. The first page of a viewing (offset 0) records that the log was viewed. */
  public List<AuditRecord> page(int offset, int limit) {
    session.require(Permission.VIEW_AUDIT);
    if (offset == 0) {
      return tx.write(w -> {
        new AuditLog(w).append(clock.instant(), session.username(), AuditAction.AUDIT_VIEWED, null, null, null);
        return new AuditLog(w).page(0, limit);
      });
    }
    return tx.read(w -> new AuditLog(w).page(offset, limit));
  }

  public long count() {
    session.require(Permission.VIEW_AUDIT);
    return tx.read(w -> new AuditLog(w).count());
  }

  public ChainCheck verify() {
    session.require(Permission.VIEW_AUDIT);
    return tx.read(w -> new AuditLog(w).verify());
  }

  /** Records an event that has no service of its own (sign-out, lock, unlock). */
  public void record(AuditAction action) {
    tx.writeVoid(w -> new AuditLog(w).append(clock.instant(), session.username(), action, null, null, null));
  }
}

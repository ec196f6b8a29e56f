package org.yiping.sync;

import org.yiping.store.Transactions;

/**
 * The status bar's count of records changed here and not yet accepted by the centre (whether the centre can be
 * reached is {@link BackgroundSync}'s).
 */
public final class SyncStatus {
  private final Transactions tx;

  public SyncStatus(Transactions tx) {
    this.tx = tx;
  }

  public long unsyncedCount() {
    return tx.read(w -> new Outbox(w).unsyncedCount());
  }
}

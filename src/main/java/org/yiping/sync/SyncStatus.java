package org.yiping.sync;

import org.yiping.store.Transactions;

/**
 * What the status bar shows about sync: records changed here and not yet accepted by the centre, and whether a
 * centre is reachable. No centre is configured until device enrolment exists, so the device is offline.
 */
public final class SyncStatus {
  private final Transactions tx;

  public SyncStatus(Transactions tx) {
    this.tx = tx;
  }

  public long unsyncedCount() {
    return tx.read(w -> new Outbox(w).unsyncedCount());
  }

  public boolean online() {
    return false;
  }
}

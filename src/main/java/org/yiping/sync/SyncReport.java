package org.yiping.sync;

/**
 * What one sync did: records sent and the centre's answers, records received, form versions installed, and how
 * long it took.
 */
public record SyncReport(int sent, int accepted, int duplicates, int conflicts, int rejected, int received,
    int batches, int pages, long millis, int formsInstalled) {
  public static final SyncReport NONE = new SyncReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  SyncReport plus(SyncReport o) {
    return new SyncReport(sent + o.sent, accepted + o.accepted, duplicates + o.duplicates, conflicts + o.conflicts,
        rejected + o.rejected, received + o.received, batches + o.batches, pages + o.pages, millis + o.millis,
        formsInstalled + o.formsInstalled);
  }

  SyncReport withMillis(long ms) {
    return new SyncReport(sent, accepted, duplicates, conflicts, rejected, received, batches, pages, ms,
        formsInstalled);
  }

  SyncReport withFormsInstalled(int n) {
    return new SyncReport(sent, accepted, duplicates, conflicts, rejected, received, batches, pages, millis, n);
  }
}

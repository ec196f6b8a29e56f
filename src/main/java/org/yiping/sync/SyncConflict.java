package org.yiping.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A record changed here and at the centre in the same fields: both versions kept (as JSON bodies), the fields in
 * conflict, and the merge of everything else to resolve from. Resolved by a person; the choice is audited.
 */
public record SyncConflict(UUID id, String recordType, UUID recordId, Instant detectedAt, Long centreRev,
    List<String> fields, String reason, String localBody, String centreBody, String mergedBody, Instant resolvedAt,
    String resolvedBy) {

  /** Two files for the same person (same ID number, different records): not a field merge. */
  public boolean identity() {
    return mergedBody == null;
  }
}

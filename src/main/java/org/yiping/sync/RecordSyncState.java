package org.yiping.sync;

import java.time.Instant;
import java.util.UUID;

/** Where one record stands with the centre: waiting here, sent, accepted, in conflict, or refused with the reason. */
public record RecordSyncState(String recordType, UUID recordId, OutboxEntry.State state, String reason,
    Instant changedAt) {}

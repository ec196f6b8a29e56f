package org.yiping.audit;

import java.time.Instant;

/** An audit entry as screens and commands see it. {@code detail} never holds personal data (ADR 0008). */
public record AuditRecord(long seq, Instant at, String username, String action, String targetType, String targetId,
    String detail, String prevHash, String hash) {}

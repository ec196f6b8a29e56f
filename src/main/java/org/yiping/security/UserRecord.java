package org.yiping.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A user as screens see it. */
public record UserRecord(UUID id, String username, String displayName, Role role, String certificateNumber,
    LocalDate certificateExpiry, String townshipCode, boolean disabled, boolean mustChangePassword,
    Instant createdAt) {
}

package org.yiping.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A user as screens see it. */
public record UserRecord(UUID id, String username, String displayName, Role role, String certificateNumber,
    LocalDate certificateExpiry, String townshipCode, boolean disabled, boolean mustChangePassword,
    Instant createdAt) {

  /** An assessor may sign an assessment only while the certificate is valid on that day. */
  public boolean certificateValidOn(LocalDate day) {
    return certificateExpiry != null && !day.isAfter(certificateExpiry);
  }
}

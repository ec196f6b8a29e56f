package org.yiping.security;

import java.time.LocalDate;
import java.util.UUID;
import org.yiping.core.UserFacingException;

/** Who is signed in. Passed to every service call; services check the permission they need. */
public record Session(UUID userId, String username, String displayName, Role role, String certificateNumber,
    LocalDate certificateExpiry, String deviceId) {

  /** An assessor may finalize an assessment only while their certificate is valid on that day. */
  public boolean certificateValidOn(LocalDate day) {
    return certificateNumber != null && certificateExpiry != null && !day.isAfter(certificateExpiry);
  }

  public boolean may(Permission permission) {
    return role.may(permission);
  }

  /** Throws a user-facing "not allowed" error unless this session's role has {@code permission}. */
  public void require(Permission permission) {
    if (!may(permission)) {
      throw new UserFacingException("error.notAllowed", permission.name());
    }
  }
}

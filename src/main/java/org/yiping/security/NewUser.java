package org.yiping.security;

import java.time.LocalDate;
import org.yiping.core.UserFacingException;

/** What an admin types to create a user. Assessors must have a certificate number and expiry date. */
public record NewUser(String username, String displayName, Role role, String certificateNumber,
    LocalDate certificateExpiry, String townshipCode) {

  public NewUser {
    username = username == null ? "" : username.strip();
    displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    certificateNumber = certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber.strip();
    townshipCode = townshipCode == null || townshipCode.isBlank() ? null : townshipCode.strip();
  }

  public static NewUser admin(String username, String displayName) {
    return new NewUser(username, displayName, Role.ADMIN, null, null, null);
  }

  void validate() {
    if (!username.matches("[\\p{IsHan}A-Za-z0-9._-]{2,32}")) {
      throw new UserFacingException("user.problem.username");
    }
    if (displayName.length() > 50) {
      throw new UserFacingException("user.problem.displayName");
    }
    if (role == null) {
      throw new UserFacingException("user.problem.role");
    }
    if (role == Role.ASSESSOR && (certificateNumber == null || certificateExpiry == null)) {
      throw new UserFacingException("user.problem.certificate");
    }
  }
}

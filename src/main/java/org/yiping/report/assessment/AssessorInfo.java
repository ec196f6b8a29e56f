package org.yiping.report.assessment;

import java.util.Objects;
import org.yiping.report.ReportText;

/**
 * The assessor who signed the assessment.
 *
 * @param username the account name (printed in brackets after the name)
 * @param displayName the name as printed
 * @param certificateNumber the assessor's certificate number, {@code null} if not known (a draft)
 */
public record AssessorInfo(String username, String displayName, String certificateNumber) {
  public AssessorInfo {
    Objects.requireNonNull(username, "username");
  }

  /** {@code 王芳（wangfang）}, or the user name alone when there is no separate display name. */
  String printedName() {
    if (displayName == null || displayName.isBlank() || displayName.equals(username)) {
      return username;
    }
    return String.format(ReportText.NAME_WITH_USER, displayName, username);
  }
}

package org.yiping.centre;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.yiping.core.Ids;

/** The centre's audit trail: enrolments, revocations, sign-ins, batches, admin changes. No personal data. */
final class CentreAudit {
  private CentreAudit() {}

  static void log(Connection c, Instant at, String actor, String action, String target, String detail)
      throws SQLException {
    CentreStore.update(c, "INSERT INTO centre_audit (id, occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        Ids.newId().toString(), at, actor, action, target, detail == null ? null
            : detail.substring(0, Math.min(detail.length(), 1000)));
  }
}

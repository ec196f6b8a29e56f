package org.yiping.centre;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.yiping.sync.protocol.Bodies;

/**
 * Sign-in sessions in the centre's store (table {@code centre_session}), so that a restart signs no one out. Only the
 * token's SHA-256 is kept. A session ends 14 days after its last use and at the latest 30 days after sign-in; when
 * its device is revoked or enrolled again, or its user is disabled or changed; expired rows go at each sign-in.
 */
public final class CentreSessions {
  public static final Duration IDLE_LIMIT = Duration.ofDays(14);
  public static final Duration ABSOLUTE_LIMIT = Duration.ofDays(30);
  /** last_used_at is written at most this often per session, not on every request. */
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
  private final CentreStore store;
  private final Clock clock;

  public CentreSessions(CentreStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A new session for {@code caller}, in the sign-in's transaction; returns its token and absolute end. */
  record Started(String token, Instant absoluteExpiry) {}

  Started start(Connection c, Caller caller, Instant now) throws SQLException {
    CentreStore.update(c, "DELETE FROM centre_session WHERE expires_at <= ?", now);
    String token = Passwords.newSecret();
    Instant absolute = now.plus(ABSOLUTE_LIMIT);
    CentreStore.update(c, "INSERT INTO centre_session (token_hash, device_id, username, role, region_code, "
        + "created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", hash(token), caller.deviceId(),
        caller.username(), caller.role(), caller.regionCode(), now, now, earliest(now.plus(IDLE_LIMIT), absolute));
    return new Started(token, absolute);
  }

  /**
   * The caller behind a token. The device and the user are checked again on every request, so a revocation or a
   * disabled account takes effect at once (and ends their sessions).
   */
  public Caller caller(String token) {
    if (token == null || token.isBlank()) {
      throw new CentreProblem(401, "sync.centre.sessionExpired");
    }
    String tokenHash = hash(token);
    Instant now = clock.instant();
    // A refusal must still delete rows, so the transaction returns the outcome instead of throwing out of it.
    Object outcome = store.tx(c -> {
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT s.device_id, s.username, s.role, s.region_code, "
          + "s.created_at, s.last_used_at, s.expires_at, d.revoked_at, u.active FROM centre_session s "
          + "LEFT JOIN centre_device d ON d.device_id = s.device_id LEFT JOIN centre_user u ON u.username = s.username "
          + "WHERE s.token_hash = ?", tokenHash); ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new CentreProblem(401, "sync.centre.sessionExpired");
        }
        Caller caller = new Caller(rs.getString("device_id"), rs.getString("username"), rs.getString("role"),
            rs.getString("region_code"));
        Instant created = CentreStore.instant(rs, "created_at");
        Instant lastUsed = CentreStore.instant(rs, "last_used_at");
        Instant expires = CentreStore.instant(rs, "expires_at");
        boolean deviceGone = rs.getObject("revoked_at") != null || rs.getString("device_id") == null;
        Boolean active = (Boolean) rs.getObject("active");
        if (!now.isBefore(expires)) {
          CentreStore.update(c, "DELETE FROM centre_session WHERE token_hash = ?", tokenHash);
          return new CentreProblem(401, "sync.centre.sessionExpired");
        }
        if (deviceGone) {
          endForDevice(c, caller.deviceId());
          return new CentreProblem(403, "sync.centre.deviceRevoked");
        }
        if (active == null || !active) {
          endForUser(c, caller.username());
          return new CentreProblem(401, "sync.centre.badPassword");
        }
        if (!now.isBefore(lastUsed.plus(TOUCH_INTERVAL))) {
          CentreStore.update(c, "UPDATE centre_session SET last_used_at = ?, expires_at = ? WHERE token_hash = ?",
              now, earliest(now.plus(IDLE_LIMIT), created.plus(ABSOLUTE_LIMIT)), tokenHash);
        }
        return caller;
      }
    });
    if (outcome instanceof CentreProblem p) {
      throw p;
    }
    return (Caller) outcome;
  }

  /** Ends every session of a device (revoked, or enrolled again with a new token). */
  static int endForDevice(Connection c, String deviceId) throws SQLException {
    return CentreStore.update(c, "DELETE FROM centre_session WHERE device_id = ?", deviceId);
  }

  /** Ends every session of a user (disabled, or changed: a new password, role or region). */
  static int endForUser(Connection c, String username) throws SQLException {
    return CentreStore.update(c, "DELETE FROM centre_session WHERE username = ?", username);
  }

  /** Sessions not yet ended (for admins and tests). */
  public long live() {
    Instant now = clock.instant();
    return store.tx(c -> {
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT COUNT(*) FROM centre_session WHERE expires_at > ?",
          now); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  static String hash(String token) {
    return Bodies.sha256(token.getBytes(StandardCharsets.US_ASCII));
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

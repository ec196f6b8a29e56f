package org.yiping.centre;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yiping.assessment.form.CanonicalJson;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.core.UserFacingException;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.RecordKinds;

/**
 * What a centre administrator does: regions, users and roles at the centre, one-time enrolment codes, revoking a
 * device, publishing form versions, and seeing each device's last sync and backlog. Each change is audited.
 */
public final class CentreAdmin {
  public static final Set<String> ROLES = Set.of("ADMIN", "ASSESSOR", "REVIEWER");
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final com.fasterxml.jackson.databind.ObjectMapper FORM_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final CentreStore store;
  private final Passwords passwords;
  private final Clock clock;

  public CentreAdmin(CentreStore store, int passwordIterations, Clock clock) {
    this.store = store;
    this.passwords = new Passwords(passwordIterations);
    this.clock = clock;
  }

  public void addRegion(String actor, String code, String name) {
    if (code == null || !code.matches("\\d{6}|\\d{12}")) {
      throw new CentreProblem(400, "sync.centre.admin.badRegion", String.valueOf(code));
    }
    store.tx(c -> {
      if (CentreSync.exists(c, "SELECT 1 FROM centre_region WHERE code = ?", code)) {
        CentreStore.update(c, "UPDATE centre_region SET name = ? WHERE code = ?", name, code);
      } else {
        CentreStore.update(c, "INSERT INTO centre_region (code, name) VALUES (?, ?)", code, name);
      }
      CentreAudit.log(c, clock.instant(), actor, "REGION_SAVED", code, name);
      return null;
    });
  }

  public void addUser(String actor, String username, String displayName, String role, String regionCode,
      char[] password) {
    String r = role == null ? "" : role.toUpperCase(Locale.ROOT);
    if (!ROLES.contains(r)) {
      throw new CentreProblem(400, "sync.centre.admin.badRole", String.valueOf(role));
    }
    if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
      throw new CentreProblem(400, "sync.centre.admin.badUser", String.valueOf(username));
    }
    if (password == null || password.length < 8) {
      throw new CentreProblem(400, "sync.centre.admin.shortPassword");
    }
    String hash = passwords.hash(password);
    store.tx(c -> {
      requireRegion(c, regionCode);
      if (CentreSync.exists(c, "SELECT 1 FROM centre_user WHERE username = ?", username)) {
        CentreStore.update(c, "UPDATE centre_user SET display_name = ?, role = ?, region_code = ?, password_hash = ?, "
            + "active = TRUE WHERE username = ?", displayName, r, regionCode, hash, username);
        // A new password, role or region: sessions signed in under the old ones end.
        CentreSessions.endForUser(c, username);
      } else {
        CentreStore.update(c, "INSERT INTO centre_user (username, display_name, role, region_code, password_hash, "
            + "active, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)", username, displayName, r, regionCode, hash,
            clock.instant());
      }
      CentreAudit.log(c, clock.instant(), actor, "USER_SAVED", username, r + " " + regionCode);
      return null;
    });
  }

  public void disableUser(String actor, String username) {
    store.tx(c -> {
      if (CentreStore.update(c, "UPDATE centre_user SET active = FALSE WHERE username = ?", username) == 0) {
        throw new CentreProblem(404, "sync.centre.admin.noSuchUser", username);
      }
      CentreSessions.endForUser(c, username);
      CentreAudit.log(c, clock.instant(), actor, "USER_DISABLED", username, null);
      return null;
    });
  }

  private static void requireRegion(java.sql.Connection c, String regionCode) throws java.sql.SQLException {
    if (regionCode == null || !CentreSync.exists(c, "SELECT 1 FROM centre_region WHERE code = ?", regionCode)) {
      throw new CentreProblem(400, "sync.centre.admin.noSuchRegion", String.valueOf(regionCode));
    }
  }

  /** A one-time code that enrols one device into {@code regionCode}; only its hash is stored. */
  public String newEnrolmentCode(String actor, String regionCode, Duration validFor) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append('-');
      }
      sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    String code = sb.toString();
    Instant now = clock.instant();
    store.tx(c -> {
      requireRegion(c, regionCode);
      CentreStore.update(c, "INSERT INTO centre_enrolment_code (code_hash, region_code, created_at, expires_at) "
          + "VALUES (?, ?, ?, ?)", Bodies.sha256(normaliseCode(code).getBytes(StandardCharsets.UTF_8)), regionCode,
          now, now.plus(validFor));
      CentreAudit.log(c, now, actor, "ENROLMENT_CODE_ISSUED", regionCode, "valid " + validFor);
      return null;
    });
    return code;
  }

  static String normaliseCode(String code) {
    return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
  }

  public void revoke(String actor, String deviceId) {
    store.tx(c -> {
      if (CentreStore.update(c, "UPDATE centre_device SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL",
          clock.instant(), deviceId) == 0) {
        throw new CentreProblem(404, "sync.centre.admin.noSuchDevice", deviceId);
      }
      CentreSessions.endForDevice(c, deviceId);
      CentreAudit.log(c, clock.instant(), actor, "DEVICE_REVOKED", deviceId, null);
      return null;
    });
  }

  /**
   * Publishes a form version: assessments filled on it are accepted from now on, and laptops can download its
   * definition ({@code GET /v1/forms/{id}/{version}}). {@code definition} is the form file's canonical JSON
   * ({@link CanonicalJson}), whose SHA-256 must be {@code contentHash}. A published version never changes: the same
   * version with other content is refused (a correction is a new version). Versions are never removed.
   */
  public void publishForm(String actor, String formId, String version, String contentHash, byte[] definition) {
    if (formId == null || version == null || contentHash == null || definition == null
        || !contentHash.equals("sha256:" + Bodies.sha256(definition))) {
      throw new CentreProblem(400, "centre.form.hashMismatch", formId + "@" + version);
    }
    String text = new String(definition, StandardCharsets.UTF_8);
    store.tx(c -> {
      String storedHash = null;
      boolean hasDefinition = false;
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT content_hash, definition FROM centre_form WHERE "
          + "form_id = ? AND version = ?", formId, version); ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          storedHash = rs.getString(1);
          hasDefinition = rs.getString(2) != null;
        }
      }
      if (storedHash == null) {
        CentreStore.update(c, "INSERT INTO centre_form (form_id, version, content_hash, published_at, definition) "
            + "VALUES (?, ?, ?, ?, ?)", formId, version, contentHash, clock.instant(), text);
        CentreAudit.log(c, clock.instant(), actor, "FORM_PUBLISHED", formId + "@" + version, contentHash);
      } else if (!storedHash.equals(contentHash)) {
        throw new CentreProblem(409, "centre.form.versionChanged", formId, version);
      } else if (!hasDefinition) {
        // Published before the centre kept definitions: the same content, now downloadable.
        CentreStore.update(c, "UPDATE centre_form SET definition = ? WHERE form_id = ? AND version = ?", text,
            formId, version);
        CentreAudit.log(c, clock.instant(), actor, "FORM_DEFINITION_STORED", formId + "@" + version, contentHash);
      }
      return null;
    });
  }

  /** Publishes a loaded form version with its definition, read again from the file it was loaded from. */
  public void publishForm(String actor, FormDefinition form) {
    publishForm(actor, form.id(), form.version(), form.contentHash(), canonicalDefinition(form));
  }

  /** The canonical JSON of the file a form was loaded from (a path, or {@code classpath:} a bundled resource). */
  public static byte[] canonicalDefinition(FormDefinition form) {
    String source = form.source();
    byte[] raw;
    try {
      if (source.startsWith("classpath:")) {
        try (java.io.InputStream in = CentreAdmin.class.getClassLoader()
            .getResourceAsStream(source.substring("classpath:".length()))) {
          if (in == null) {
            throw new java.io.FileNotFoundException(source);
          }
          raw = in.readAllBytes();
        }
      } else {
        raw = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(source));
      }
      return CanonicalJson.bytes(FORM_JSON.readTree(raw));
    } catch (java.io.IOException e) {
      throw new UserFacingException(e, "centre.form.unreadable", source);
    }
  }

  /** A device as the admin sees it: where it is enrolled, when it last synced, and what it has not yet pulled. */
  public record DeviceStatus(String deviceId, String name, String regionCode, Instant enrolledAt, Instant revokedAt,
      Instant lastSyncAt, String lastUser, long changesNotYetPulled, long outboxPending) {}

  public List<DeviceStatus> devices() {
    return store.tx(c -> {
      List<DeviceStatus> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT device_id, name, region_code, enrolled_at, revoked_at, "
          + "last_sync_at, last_user, last_cursor, outbox_pending FROM centre_device ORDER BY enrolled_at");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long backlog;
          try (PreparedStatement q = CentreStore.prepare(c, "SELECT COUNT(*) FROM centre_record WHERE seq > ? AND "
              + "region_code LIKE ?", rs.getLong("last_cursor"), RecordKinds.prefix(rs.getString("region_code"))
              + "%"); ResultSet r = q.executeQuery()) {
            r.next();
            backlog = r.getLong(1);
          }
          out.add(new DeviceStatus(rs.getString("device_id"), rs.getString("name"), rs.getString("region_code"),
              CentreStore.instant(rs, "enrolled_at"), CentreStore.instant(rs, "revoked_at"),
              CentreStore.instant(rs, "last_sync_at"), rs.getString("last_user"), backlog,
              rs.getLong("outbox_pending")));
        }
      }
      return out;
    });
  }

  /** How many records the centre holds, by type (for admins and tests). */
  public java.util.Map<String, Long> recordCounts() {
    return store.tx(c -> {
      java.util.Map<String, Long> out = new java.util.TreeMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT record_type, COUNT(*) FROM centre_record GROUP BY "
          + "record_type"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
      return out;
    });
  }
}

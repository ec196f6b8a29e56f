package org.yiping.centre;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yiping.sync.protocol.BatchFileCodec;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.Merge;
import org.yiping.sync.protocol.RecordKinds;
import org.yiping.sync.protocol.Wire;
import org.yiping.sync.protocol.Wire.ItemResult;
import org.yiping.sync.protocol.Wire.Outcome;

/**
 * The centre's side of the protocol: enrolment, sign-in, push, pull and batch files. Every call checks the device
 * (enrolled, not revoked), the user (known, active, a role that syncs) and the region, whatever the client claims.
 */
public final class CentreSync {
  public static final int MAX_ITEMS_PER_PUSH = 2000;
  public static final int MAX_PULL_PAGE = 2000;
  private final CentreStore store;
  private final CentreKeys keys;
  private final CentreAttachments attachments;
  private final ObjectMapper json;
  private final Clock clock;
  private final String centreName;
  private final CentreSessions sessions;

  public CentreSync(CentreStore store, CentreKeys keys, CentreAttachments attachments, ObjectMapper json,
      Clock clock, String centreName) {
    this.store = store;
    this.keys = keys;
    this.attachments = attachments;
    this.json = json;
    this.clock = clock;
    this.centreName = centreName;
    this.sessions = new CentreSessions(store, clock);
  }

  public CentreSessions sessions() {
    return sessions;
  }

  public CentreAttachments attachments() {
    return attachments;
  }

  // ---------------------------------------------------------------- enrolment and sign-in

  public Wire.EnrolResponse enrol(Wire.EnrolRequest req) {
    if (req.code() == null || req.deviceId() == null || req.publicKey() == null || req.deviceId().length() > 64) {
      throw new CentreProblem(400, "sync.centre.badRequest");
    }
    try {
      BatchFileCodec.publicKey(Base64.getDecoder().decode(req.publicKey()));
    } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
      throw new CentreProblem(400, "sync.centre.badRequest");
    }
    String codeHash = Bodies.sha256(CentreAdmin.normaliseCode(req.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Instant now = clock.instant();
    String token = Passwords.newSecret();
    String region = store.tx(c -> {
      String regionCode;
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT region_code, expires_at, used_at FROM "
          + "centre_enrolment_code WHERE code_hash = ? FOR UPDATE", codeHash); ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new CentreProblem(403, "sync.centre.enrol.badCode");
        }
        if (rs.getObject("used_at") != null) {
          throw new CentreProblem(403, "sync.centre.enrol.codeUsed");
        }
        if (CentreStore.instant(rs, "expires_at").isBefore(now)) {
          throw new CentreProblem(403, "sync.centre.enrol.codeExpired");
        }
        regionCode = rs.getString("region_code");
      }
      if (CentreStore.update(c, "UPDATE centre_device SET region_code = ?, token_hash = ?, public_key = ?, "
          + "enrolled_at = ?, revoked_at = NULL, name = ?, last_cursor = 0 WHERE device_id = ? AND revoked_at IS NULL",
          regionCode, Bodies.sha256(token.getBytes()), req.publicKey(), now, name(req), req.deviceId()) == 0) {
        if (exists(c, "SELECT 1 FROM centre_device WHERE device_id = ?", req.deviceId())) {
          throw new CentreProblem(403, "sync.centre.deviceRevoked");
        }
        CentreStore.update(c, "INSERT INTO centre_device (device_id, name, region_code, token_hash, public_key, "
            + "enrolled_at, last_cursor, outbox_pending) VALUES (?, ?, ?, ?, ?, ?, 0, 0)", req.deviceId(), name(req),
            regionCode, Bodies.sha256(token.getBytes()), req.publicKey(), now);
      }
      CentreStore.update(c, "UPDATE centre_enrolment_code SET used_at = ?, device_id = ? WHERE code_hash = ?", now,
          req.deviceId(), codeHash);
      CentreSessions.endForDevice(c, req.deviceId()); // signed in with the old device token: over

      CentreAudit.log(c, now, "device:" + req.deviceId(), "DEVICE_ENROLLED", req.deviceId(), regionCode);
      return regionCode;
    });
    return new Wire.EnrolResponse(req.deviceId(), token, region, keys.publicKeyBase64(), centreName);
  }

  private static String name(Wire.EnrolRequest req) {
    String n = req.deviceName() == null || req.deviceName().isBlank() ? req.deviceId() : req.deviceName();
    return n.substring(0, Math.min(n.length(), 100));
  }

  /** Checks the device's credential and the user's password; gives a session token for the following calls. */
  public Wire.LoginResponse login(String deviceId, String deviceToken, Wire.LoginRequest req) {
    if (deviceId == null || deviceToken == null || req == null || req.username() == null || req.password() == null) {
      throw new CentreProblem(401, "sync.centre.noCredentials");
    }
    Instant now = clock.instant();
    record SignedIn(Caller caller, CentreSessions.Started session) {}
    SignedIn signedIn = store.tx(c -> {
      String deviceRegion = device(c, deviceId, deviceToken);
      String role;
      String userRegion;
      String hash;
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT role, region_code, password_hash, active FROM "
          + "centre_user WHERE username = ?", req.username()); ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !rs.getBoolean("active")) {
          throw new CentreProblem(401, "sync.centre.badPassword");
        }
        role = rs.getString("role");
        userRegion = rs.getString("region_code");
        hash = rs.getString("password_hash");
      }
      if (!Passwords.matches(req.password().toCharArray(), hash)) {
        CentreAudit.log(c, now, req.username(), "SIGN_IN_FAILED", deviceId, null);
        throw new CentreProblem(401, "sync.centre.badPassword");
      }
      String region;
      if (RecordKinds.within(userRegion, deviceRegion)) {
        region = userRegion;
      } else if (RecordKinds.within(deviceRegion, userRegion)) {
        region = deviceRegion;
      } else {
        throw new CentreProblem(403, "sync.centre.userNotInDeviceRegion", req.username(), userRegion, deviceRegion);
      }
      CentreAudit.log(c, now, req.username(), "SIGN_IN", deviceId, region);
      Caller caller = new Caller(deviceId, req.username(), role, region);
      return new SignedIn(caller, sessions.start(c, caller, now));
    });
    Caller caller = signedIn.caller();
    return new Wire.LoginResponse(signedIn.session().token(), caller.role(), caller.regionCode(),
        signedIn.session().absoluteExpiry().toString());
  }

  /** The caller behind a session token; the device and user are checked again, so a revocation takes effect at once. */
  public Caller caller(String token) {
    return sessions.caller(token);
  }

  /** Whether the centre revoked this device (a laptop whose session was ended by the revocation is told so). */
  public boolean deviceRevoked(String deviceId) {
    return store.tx(c -> exists(c, "SELECT 1 FROM centre_device WHERE device_id = ? AND revoked_at IS NOT NULL",
        deviceId));
  }

  private String device(Connection c, String deviceId, String deviceToken) throws SQLException {
    try (PreparedStatement ps = CentreStore.prepare(c, "SELECT region_code, token_hash, revoked_at FROM centre_device "
        + "WHERE device_id = ?", deviceId); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new CentreProblem(401, "sync.centre.unknownDevice");
      }
      if (rs.getObject("revoked_at") != null) {
        throw new CentreProblem(403, "sync.centre.deviceRevoked");
      }
      if (!java.security.MessageDigest.isEqual(rs.getString("token_hash").getBytes(),
          Bodies.sha256(deviceToken.getBytes()).getBytes())) {
        throw new CentreProblem(401, "sync.centre.unknownDevice");
      }
      return rs.getString("region_code");
    }
  }

  // ---------------------------------------------------------------- push

  public Wire.PushResponse push(Caller caller, Wire.PushRequest req, String via) {
    if (req == null || req.batchId() == null || req.batchId().isBlank() || req.batchId().length() > 64
        || req.items() == null) {
      throw new CentreProblem(400, "sync.centre.badRequest");
    }
    if (via.equals("online") && req.items().size() > MAX_ITEMS_PER_PUSH) {
      throw new CentreProblem(413, "sync.centre.batchTooLarge", MAX_ITEMS_PER_PUSH);
    }
    Instant now = clock.instant();
    return store.tx(c -> {
      // Serialise writers: the change sequence must be committed in order for pull cursors to be safe.
      CentreStore.update(c, "UPDATE centre_counter SET counter_value = counter_value WHERE name = 'change_seq'");
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT device_id, response FROM centre_batch WHERE "
          + "batch_id = ?", req.batchId()); ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          if (!rs.getString("device_id").equals(caller.deviceId())) {
            throw new CentreProblem(409, "sync.centre.batchOfAnotherDevice");
          }
          if (via.equals("file")) {
            throw new CentreProblem(409, "sync.batch.refused.replayed", req.batchId());
          }
          return read(rs.getString("response"), Wire.PushResponse.class);
        }
      }
      long seq = counter(c);
      Map<String, String> regionsInBatch = new HashMap<>();
      Map<String, Boolean> formsInBatch = new HashMap<>();
      List<ItemResult> results = new ArrayList<>(req.items().size());
      long[] seqHolder = {seq};
      for (Wire.Item item : req.items()) {
        results.add(apply(c, caller, item, req.batchId(), now, seqHolder, regionsInBatch, formsInBatch));
      }
      CentreStore.update(c, "UPDATE centre_counter SET counter_value = ? WHERE name = 'change_seq'", seqHolder[0]);
      Wire.PushResponse response = new Wire.PushResponse(req.batchId(), results);
      CentreStore.update(c, "INSERT INTO centre_batch (batch_id, device_id, username, received_at, via, items, "
          + "response) VALUES (?, ?, ?, ?, ?, ?, ?)", req.batchId(), caller.deviceId(), caller.username(), now, via,
          req.items().size(), write(response));
      CentreStore.update(c, "UPDATE centre_device SET last_sync_at = ?, last_user = ?, outbox_pending = ? WHERE "
          + "device_id = ?", now, caller.username(), Math.max(0, req.outboxPending()), caller.deviceId());
      Map<Outcome, Long> counts = new java.util.EnumMap<>(Outcome.class);
      results.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
      CentreAudit.log(c, now, caller.username(), "BATCH_" + via.toUpperCase(java.util.Locale.ROOT), req.batchId(),
          "device " + caller.deviceId() + " " + counts);
      return response;
    });
  }

  private record Current(String type, String region, long rev, String hash, String body) {}

  private ItemResult apply(Connection c, Caller caller, Wire.Item item, String batchId, Instant now, long[] seq,
      Map<String, String> regionsInBatch, Map<String, Boolean> formsInBatch) throws SQLException {
    String id = item.recordId();
    if (!RecordKinds.known(item.recordType())) {
      return rejected(id, "sync.reject.unknownType", String.valueOf(item.recordType()));
    }
    if (id == null || !validUuid(id) || item.body() == null) {
      return rejected(id, "sync.reject.malformed");
    }
    String hash = Bodies.hash(item.body());
    if (!hash.equals(item.hash())) {
      return rejected(id, "sync.reject.hashMismatch");
    }
    Current cur = current(c, id);
    if (cur != null && !cur.type().equals(item.recordType())) {
      return rejected(id, "sync.reject.malformed");
    }
    String region;
    if (cur != null) {
      region = cur.region();
      if (!RecordKinds.within(region, caller.regionCode())) {
        return rejected(id, "sync.reject.outOfRegion", region, caller.regionCode());
      }
    }
    String newRegion = region(c, item, regionsInBatch);
    if (newRegion == null) {
      return rejected(id, "sync.reject.parentUnknown", RecordKinds.parentColumn(item.recordType()));
    }
    if (!newRegion.matches("\\d{12}")) {
      return rejected(id, "sync.reject.malformed");
    }
    if (!RecordKinds.within(newRegion, caller.regionCode())) {
      return rejected(id, "sync.reject.outOfRegion", newRegion, caller.regionCode());
    }
    region = cur != null ? cur.region() : newRegion;
    if (item.recordType().equals("assessment") && !formsInBatch.computeIfAbsent(text(item.body(), "form_id") + "@"
        + text(item.body(), "form_version"), k -> formPublished(c, item.body()))) {
      return rejected(id, "sync.reject.unknownForm", text(item.body(), "form_id"), text(item.body(), "form_version"));
    }
    for (String sha : Bodies.attachments(item.body())) {
      if (!attachments.has(sha)) {
        return rejected(id, "sync.reject.attachmentMissing", sha.substring(0, 12));
      }
    }
    regionsInBatch.put(id, region);
    for (String sha : Bodies.attachments(item.body())) {
      grant(c, sha, region);
    }
    Long seen = cur == null ? null : versionWithHash(c, id, hash);
    if (seen != null) {
      return new ItemResult(id, Outcome.DUPLICATE, seen, hash, null, List.of(), null, null);
    }
    if (cur == null) {
      String other = identityClash(c, item);
      if (other != null) {
        ObjectNode theirs = (ObjectNode) read(other, JsonNode.class);
        // The other file's revision, so the laptop can take that file over when a person merges the two.
        Current clash = current(c, theirs.path("id").asText());
        return new ItemResult(id, Outcome.CONFLICT, clash == null ? null : clash.rev(), hash,
            CentreProblem.words("sync.conflict.sameIdNumber"), List.of("id_number"), theirs, null);
      }
      store(c, caller, item.recordType(), id, region, 1, item.body(), hash, batchId, now, seq, true);
      return new ItemResult(id, Outcome.ACCEPTED, 1L, hash, null, List.of(), null, null);
    }
    // Edited from the centre's version, or from this laptop's own earlier unanswered send that the centre now holds.
    if ((item.baseRev() != null && item.baseRev() == cur.rev())
        || (item.sentHash() != null && item.sentHash().equals(cur.hash()))) {
      store(c, caller, item.recordType(), id, region, cur.rev() + 1, item.body(), hash, batchId, now, seq, false);
      return new ItemResult(id, Outcome.ACCEPTED, cur.rev() + 1, hash, null, List.of(), null, null);
    }
    ObjectNode theirs = (ObjectNode) read(cur.body(), JsonNode.class);
    ObjectNode base = item.baseRev() == null ? null : versionBody(c, id, item.baseRev());
    Merge.Result m = Merge.threeWay(base, theirs, item.body());
    if (!m.clean()) {
      return new ItemResult(id, Outcome.CONFLICT, cur.rev(), cur.hash(), null, m.conflicts(), theirs, m.merged());
    }
    String mergedHash = Bodies.hash(m.merged());
    store(c, caller, item.recordType(), id, region, cur.rev() + 1, m.merged(), mergedHash, batchId, now, seq, false);
    return new ItemResult(id, Outcome.ACCEPTED, cur.rev() + 1, mergedHash, null, List.of(), null, m.merged());
  }

  private void store(Connection c, Caller caller, String type, String id, String region, long rev, ObjectNode body,
      String hash, String batchId, Instant now, long[] seq, boolean insert) throws SQLException {
    seq[0]++;
    String text = write(body);
    boolean deleted = body.path("deleted").asBoolean(false);
    String natural = type.equals(RecordKinds.ELDER) ? text(body, "id_number") : null;
    if (insert) {
      CentreStore.update(c, "INSERT INTO centre_record (record_id, record_type, region_code, county_code, centre_rev, "
          + "seq, content_hash, deleted, body, natural_key, device_id, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          + "?, ?)", id, type, region, region.substring(0, 6), rev, seq[0], hash, deleted, text, natural,
          caller.deviceId(), caller.username());
    } else {
      CentreStore.update(c, "UPDATE centre_record SET centre_rev = ?, seq = ?, content_hash = ?, deleted = ?, "
          + "body = ?, natural_key = ?, device_id = ?, updated_by = ? WHERE record_id = ?", rev, seq[0], hash, deleted,
          text, natural, caller.deviceId(), caller.username(), id);
    }
    CentreStore.update(c, "INSERT INTO centre_record_version (record_id, centre_rev, content_hash, body, batch_id, "
        + "device_id, username, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, rev, hash, text, batchId,
        caller.deviceId(), caller.username(), now);
  }

  private String region(Connection c, Wire.Item item, Map<String, String> regionsInBatch) throws SQLException {
    String parentColumn = RecordKinds.parentColumn(item.recordType());
    if (parentColumn == null) {
      String township = text(item.body(), RecordKinds.REGION_COLUMN);
      return township == null || township.isBlank() ? null : township.strip();
    }
    String parent = text(item.body(), parentColumn);
    if (parent == null) {
      return null;
    }
    String inBatch = regionsInBatch.get(parent);
    if (inBatch != null) {
      return inBatch;
    }
    try (PreparedStatement ps = CentreStore.prepare(c, "SELECT region_code FROM centre_record WHERE record_id = ?",
        parent); ResultSet rs = ps.executeQuery()) {
      String region = rs.next() ? rs.getString(1) : null;
      if (region != null) {
        regionsInBatch.put(parent, region); // most children of a batch share a few parents
      }
      return region;
    }
  }

  private String identityClash(Connection c, Wire.Item item) throws SQLException {
    if (!item.recordType().equals(RecordKinds.ELDER) || item.body().path("deleted").asBoolean(false)) {
      return null;
    }
    String idNumber = text(item.body(), "id_number");
    try (PreparedStatement ps = CentreStore.prepare(c, "SELECT body FROM centre_record WHERE record_type = ? AND "
        + "natural_key = ? AND deleted = FALSE AND record_id <> ?", RecordKinds.ELDER, idNumber, item.recordId());
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private boolean formPublished(Connection c, ObjectNode body) {
    try {
      return exists(c, "SELECT 1 FROM centre_form WHERE form_id = ? AND version = ?", text(body, "form_id"),
          text(body, "form_version"));
    } catch (SQLException e) {
      throw new IllegalStateException("centre database: " + e.getSQLState(), e);
    }
  }

  private static Current current(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = CentreStore.prepare(c, "SELECT record_type, region_code, centre_rev, content_hash, "
        + "body FROM centre_record WHERE record_id = ?", id); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new Current(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
          rs.getString(5)) : null;
    }
  }

  private static Long versionWithHash(Connection c, String id, String hash) throws SQLException {
    try (PreparedStatement ps = CentreStore.prepare(c, "SELECT MAX(centre_rev) FROM centre_record_version WHERE "
        + "record_id = ? AND content_hash = ?", id, hash); ResultSet rs = ps.executeQuery()) {
      rs.next();
      long v = rs.getLong(1);
      return rs.wasNull() ? null : v;
    }
  }

  private ObjectNode versionBody(Connection c, String id, long rev) throws SQLException {
    try (PreparedStatement ps = CentreStore.prepare(c, "SELECT body FROM centre_record_version WHERE record_id = ? "
        + "AND centre_rev = ?", id, rev); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? (ObjectNode) read(rs.getString(1), JsonNode.class) : null;
    }
  }

  private static long counter(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT counter_value FROM centre_counter WHERE name = 'change_seq'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---------------------------------------------------------------- pull

  public Wire.PullResponse pull(Caller caller, long since, int limit, long outboxPending) {
    int page = Math.max(1, Math.min(limit, MAX_PULL_PAGE));
    String prefix = RecordKinds.prefix(caller.regionCode());
    String like = prefix + "%";
    // A county (or smaller) region reads its county's index in order (ordered by both index columns, so H2 streams
    // it instead of sorting); a wider region scans the change sequence.
    String sql = prefix.length() >= 6
        ? "SELECT seq, record_type, record_id, centre_rev, content_hash, body FROM centre_record WHERE county_code = ? "
            + "AND seq > ? AND seq <= ? AND region_code LIKE ? ORDER BY county_code, seq"
        : "SELECT seq, record_type, record_id, centre_rev, content_hash, body FROM centre_record WHERE seq > ? AND "
            + "seq <= ? AND region_code LIKE ? ORDER BY seq";
    Instant now = clock.instant();
    return store.tx(c -> {
      long top = counter(c);
      List<Wire.Change> changes = new ArrayList<>();
      Object[] args = prefix.length() >= 6 ? new Object[] {prefix.substring(0, 6), since, top, like}
          : new Object[] {since, top, like};
      try (PreparedStatement ps = CentreStore.prepare(c, sql, args)) {
        ps.setMaxRows(page + 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            changes.add(new Wire.Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), (ObjectNode) read(rs.getString(6), JsonNode.class)));
          }
        }
      }
      boolean more = changes.size() > page;
      if (more) {
        changes = changes.subList(0, page);
      }
      long cursor = more ? changes.get(changes.size() - 1).seq() : Math.max(top, since);
      CentreStore.update(c, "UPDATE centre_device SET last_sync_at = ?, last_user = ?, last_cursor = ?, "
          + "outbox_pending = ? WHERE device_id = ?", now, caller.username(), cursor, Math.max(0, outboxPending),
          caller.deviceId());
      if (!changes.isEmpty()) {
        CentreAudit.log(c, now, caller.username(), "PULL", caller.deviceId(), changes.size() + " changes up to "
            + cursor);
      }
      return new Wire.PullResponse(List.copyOf(changes), cursor, more, forms(c));
    });
  }

  private static List<Wire.FormVersion> forms(Connection c) throws SQLException {
    List<Wire.FormVersion> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT form_id, version, content_hash FROM centre_form ORDER BY "
        + "form_id, version"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Wire.FormVersion(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  /** A published form version's definition: its canonical JSON and content hash ({@code sha256:<hex>}). */
  public record FormFile(byte[] json, String contentHash) {}

  /**
   * The definition of a published form version, for a laptop to install. Forms are not regional: any signed-in
   * caller may read any of them. Unknown, or published before the centre kept definitions: 404.
   */
  public FormFile formDefinition(String formId, String version) {
    return store.tx(c -> {
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT definition, content_hash FROM centre_form WHERE "
          + "form_id = ? AND version = ?", formId, version); ResultSet rs = ps.executeQuery()) {
        String definition = rs.next() ? rs.getString(1) : null;
        if (definition == null) {
          throw new CentreProblem(404, "sync.centre.notFound");
        }
        return new FormFile(definition.getBytes(java.nio.charset.StandardCharsets.UTF_8), rs.getString(2));
      }
    });
  }

  // ---------------------------------------------------------------- batch files

  /** What a batch file carries once opened: the push and the bytes of its attachments. */
  public record BatchPayload(Wire.PushRequest push, Map<String, String> attachments) {}

  /**
   * Applies a batch file carried on USB: the device's signature, its enrolment, the user and the region are all
   * checked, and any refusal applies nothing. The same file twice is refused as a replay and changes nothing.
   */
  public Wire.PushResponse importBatchFile(byte[] file) {
    BatchFileCodec.Parsed parsed;
    try {
      parsed = BatchFileCodec.parse(file);
    } catch (BatchFileCodec.Refused r) {
      throw new CentreProblem(422, r.reason());
    }
    BatchFileCodec.Header h = parsed.header();
    record Opened(Caller caller, byte[] plain) {}
    Opened opened = store.tx(c -> {
      String publicKey;
      String deviceRegion;
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT public_key, region_code, revoked_at FROM "
          + "centre_device WHERE device_id = ?", h.deviceId()); ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new CentreProblem(403, "sync.centre.unknownDevice");
        }
        if (rs.getObject("revoked_at") != null) {
          throw new CentreProblem(403, "sync.centre.deviceRevoked");
        }
        publicKey = rs.getString(1);
        deviceRegion = rs.getString(2);
      }
      byte[] plain;
      try {
        plain = BatchFileCodec.open(parsed, BatchFileCodec.publicKey(Base64.getDecoder().decode(publicKey)),
            keys.privateKey());
      } catch (BatchFileCodec.Refused r) {
        throw new CentreProblem(422, r.reason());
      } catch (java.security.GeneralSecurityException e) {
        throw new CentreProblem(422, "sync.batch.refused.badSignature");
      }
      try (PreparedStatement ps = CentreStore.prepare(c, "SELECT role, region_code, active FROM centre_user WHERE "
          + "username = ?", h.username()); ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !rs.getBoolean("active")) {
          throw new CentreProblem(403, "sync.batch.refused.unknownUser", String.valueOf(h.username()));
        }
        String userRegion = rs.getString("region_code");
        String region = RecordKinds.within(userRegion, deviceRegion) ? userRegion
            : RecordKinds.within(deviceRegion, userRegion) ? deviceRegion : null;
        if (region == null) {
          throw new CentreProblem(403, "sync.centre.userNotInDeviceRegion", h.username(), userRegion, deviceRegion);
        }
        return new Opened(new Caller(h.deviceId(), h.username(), rs.getString("role"), region), plain);
      }
    });
    Caller caller = opened.caller();
    BatchPayload payload;
    try {
      payload = json.readValue(opened.plain(), BatchPayload.class);
    } catch (java.io.IOException e) {
      throw new CentreProblem(422, "sync.batch.refused.altered");
    }
    if (payload.push() == null || !h.batchId().equals(payload.push().batchId())) {
      throw new CentreProblem(422, "sync.batch.refused.altered");
    }
    // Refuse a replay before storing anything, then a whole other region before applying anything.
    boolean seen = store.tx(c -> exists(c, "SELECT 1 FROM centre_batch WHERE batch_id = ?", h.batchId()));
    if (seen) {
      throw new CentreProblem(409, "sync.batch.refused.replayed", h.batchId());
    }
    for (Wire.Item item : payload.push().items()) {
      if (item.recordType() != null && item.recordType().equals(RecordKinds.ELDER)) {
        String township = text(item.body(), RecordKinds.REGION_COLUMN);
        if (township != null && !RecordKinds.within(township, caller.regionCode())) {
          throw new CentreProblem(403, "sync.batch.refused.otherRegion", township, caller.regionCode());
        }
      }
    }
    if (payload.attachments() != null) {
      payload.attachments().forEach((sha, b64) -> attachments.put(sha, Base64.getDecoder().decode(b64)));
    }
    return push(caller, payload.push(), "file");
  }

  // ---------------------------------------------------------------- helpers

  private static ItemResult rejected(String id, String key, Object... args) {
    return new ItemResult(id, Outcome.REJECTED, null, null, CentreProblem.words(key, args), List.of(), null, null);
  }

  /** Lets devices of {@code region} download the attachment {@code sha} (once per pair). */
  private static void grant(Connection c, String sha, String region) throws SQLException {
    CentreStore.update(c, "INSERT INTO centre_attachment_region (sha256, region_code) SELECT ?, ? WHERE NOT EXISTS"
        + " (SELECT 1 FROM centre_attachment_region WHERE sha256 = ? AND region_code = ?)", sha, region, sha, region);
  }

  /** An upload completed by {@code caller}: its own region may read it back before any record refers to it. */
  public void uploaded(String sha, Caller caller) {
    store.tx(c -> {
      grant(c, sha, caller.regionCode());
      return null;
    });
  }

  /**
   * Whether {@code caller} may download {@code sha}: it was uploaded from, or is referenced by a record of, a region
   * within the caller's. Anything else reads as not found, so a hash from elsewhere reveals nothing.
   */
  public boolean mayRead(String sha, Caller caller) {
    return store.tx(c -> {
      try (PreparedStatement ps = CentreStore.prepare(c,
          "SELECT region_code FROM centre_attachment_region WHERE sha256 = ?", sha); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (RecordKinds.within(rs.getString(1), caller.regionCode())) {
            return true;
          }
        }
        return false;
      }
    });
  }

  static boolean exists(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = CentreStore.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private static String text(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static boolean validUuid(String s) {
    try {
      return UUID.fromString(s).toString().equals(s.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("centre store holds unreadable JSON", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

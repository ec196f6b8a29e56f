package org.yiping.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Settings;
import org.yiping.store.Transactions;
import org.yiping.store.Work;
import org.yiping.sync.protocol.BatchFileCodec;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.RecordKinds;
import org.yiping.sync.protocol.Wire;

/**
 * The laptop's side of sync (shared/design/sync.md): enrolment; push of the outbox in bounded batches that are
 * stored before they are sent and sent again until answered; pull since a cursor stored with the page it follows;
 * the conflict queue; batch files. Every step commits before the next, so a cut cable, a crash or a restart at any
 * point loses nothing and duplicates nothing: running sync again finishes the job.
 */
public final class SyncEngine {
  public static final int BATCH_ITEMS = 500;
  public static final long BATCH_BYTES = 8L * 1024 * 1024;
  public static final int PULL_PAGE = 1000;
  /** How long an accepted change stays listed on the sync screen before its outbox row is deleted. */
  static final Duration KEEP_ACCEPTED = Duration.ofDays(90);
  private static final int ATTACHMENT_PART = 256 * 1024;
  static final String CENTRE_URL = "sync.centreUrl";
  static final String FINGERPRINT = "sync.centreFingerprint";
  static final String CENTRE_KEY = "sync.centrePublicKey";
  static final String CENTRE_NAME = "sync.centreName";
  static final String DEVICE_TOKEN = "sync.deviceToken";
  static final String DEVICE_KEY = "sync.devicePrivateKey";
  static final String REGION = "sync.regionCode";
  static final String CURSOR = "sync.cursor";
  static final String LAST_SYNC = "sync.lastSyncAt";
  static final String CENTRE_FORMS = "sync.centreForms";
  /** Followed by the local user name: that user's centre session token and its end, kept for background sync. */
  static final String SESSION_PREFIX = "sync.centreSession.";

  private final Transactions tx;
  private final Session session;
  private final ObjectMapper json;
  private final Clock clock;
  private final Duration requestTimeout;
  private final CentreForms forms;
  private final java.util.function.Consumer<Set<UUID>> eldersChanged;
  private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();
  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Told how far a sync has got: a phase name and counts. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
  }

  /**
   * @param forms the program's forms, to which versions published by the centre are added as they come down
   * @param eldersChanged told, after the commit, of the elder files sync wrote or removed (pulled, resolved,
   *     merged), so the search index follows them
   */
  public SyncEngine(Transactions tx, Session session, ObjectMapper json, Clock clock, Duration requestTimeout,
      CentreForms forms, java.util.function.Consumer<Set<UUID>> eldersChanged) {
    this.forms = forms;
    this.eldersChanged = eldersChanged;
    this.tx = tx;
    this.session = session;
    this.json = json;
    this.clock = clock;
    this.requestTimeout = requestTimeout;
  }

  // ---------------------------------------------------------------- enrolment

  public record Enrolment(String centreUrl, String centreName, String regionCode, String deviceId) {}

  /**
   * Enrols this laptop with a one-time code from the centre's admin. The centre's certificate must have the
   * fingerprint the admin gave with the code; it is pinned from then on.
   */
  public Enrolment enrol(String centreUrl, String fingerprint, String code, String deviceName) {
    session.require(Permission.CHANGE_SETTINGS);
    if (fingerprint == null || !Bodies.validSha256(fingerprint.replace(":", "").strip().toLowerCase())) {
      throw new UserFacingException("sync.problem.badFingerprint");
    }
    String pin = fingerprint.replace(":", "").strip().toLowerCase();
    KeyPair device;
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new ECGenParameterSpec("secp256r1"));
      device = gen.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    CentreClient client = new CentreClient(centreUrl, pin, json, requestTimeout);
    Wire.EnrolResponse r;
    try {
      r = client.enrol(new Wire.EnrolRequest(code, session.deviceId(), deviceName,
          Base64.getEncoder().encodeToString(device.getPublic().getEncoded())));
    } catch (CentreClient.Unreachable e) {
      throw new UserFacingException(e, "sync.problem.unreachable", centreUrl);
    }
    tx.writeVoid(w -> {
      Settings s = new Settings(w);
      s.put(CENTRE_URL, centreUrl);
      s.put(FINGERPRINT, pin);
      s.put(CENTRE_KEY, r.centrePublicKey());
      s.put(CENTRE_NAME, r.centreName());
      s.put(DEVICE_TOKEN, r.deviceToken());
      s.put(DEVICE_KEY, Base64.getEncoder().encodeToString(device.getPrivate().getEncoded()));
      s.put(REGION, r.regionCode());
      s.put(CURSOR, "0");
      new AuditLog(w).append(clock.instant(), session.username(), AuditAction.SYNC_ENROLLED, "centre", centreUrl,
          "region " + r.regionCode());
    });
    return new Enrolment(centreUrl, r.centreName(), r.regionCode(), session.deviceId());
  }

  public boolean enrolled() {
    return tx.read(w -> new Settings(w).get(DEVICE_TOKEN).isPresent());
  }

  /** The enrolment, if any: centre address and name, region, this device. */
  public java.util.Optional<Enrolment> enrolment() {
    return tx.read(w -> {
      Settings s = new Settings(w);
      return s.get(DEVICE_TOKEN).map(t -> new Enrolment(s.get(CENTRE_URL).orElse(""), s.get(CENTRE_NAME).orElse(""),
          s.get(REGION).orElse(""), session.deviceId()));
    });
  }

  /** When this laptop last finished a sync with the centre, if ever (for the sync screen). */
  public java.util.Optional<Instant> lastSync() {
    return tx.read(w -> new Settings(w).get(LAST_SYNC).map(Instant::parse));
  }

  /**
   * A client signed in to the centre: with the password if one is given (the session it gets is kept, for later
   * syncs and the background sync), else with the session kept from an earlier sign-in of this user.
   *
   * @throws SessionNeeded if no password is given and no unexpired session is kept
   */
  private CentreClient signedInClient(char[] centrePassword) {
    Map<String, String> s = tx.read(w -> {
      Settings st = new Settings(w);
      Map<String, String> m = new HashMap<>();
      for (String k : List.of(CENTRE_URL, FINGERPRINT, DEVICE_TOKEN, sessionKey())) {
        st.get(k).ifPresent(v -> m.put(k, v));
      }
      return m;
    });
    if (!s.containsKey(DEVICE_TOKEN)) {
      throw new UserFacingException("sync.problem.notEnrolled");
    }
    CentreClient client = new CentreClient(s.get(CENTRE_URL), s.get(FINGERPRINT), json, requestTimeout);
    if (centrePassword != null && centrePassword.length > 0) {
      Wire.LoginResponse r = client.login(session.deviceId(), s.get(DEVICE_TOKEN), session.username(),
          centrePassword);
      keepSession(r);
      return client;
    }
    KeptSession kept = KeptSession.parse(s.get(sessionKey()));
    if (kept == null || kept.expired(clock.instant())) {
      throw new SessionNeeded();
    }
    client.useSession(kept.token(), session.deviceId());
    return client;
  }

  /**
   * Runs {@code work} signed in to the centre (see {@link #signedInClient}). If the centre refuses a kept session
   * (it expired there, or the user's password was reset), the session is forgotten and the password asked for.
   */
  private <T> T withCentre(char[] centrePassword, java.util.function.Function<CentreClient, T> work) {
    boolean kept = centrePassword == null || centrePassword.length == 0;
    CentreClient client = signedInClient(centrePassword);
    try {
      return work.apply(client);
    } catch (CentreClient.Refused r) {
      if (kept && r.status() == 401) {
        forgetSession();
        throw new SessionNeeded();
      }
      throw r;
    }
  }

  private String sessionKey() {
    return SESSION_PREFIX + session.username();
  }

  /** The centre session of this user kept in the encrypted store: its token and when the centre will end it. */
  record KeptSession(String token, Instant expiresAt) {
    static KeptSession parse(String value) {
      if (value == null) {
        return null;
      }
      int space = value.indexOf(' ');
      return space < 0 ? new KeptSession(value, null)
          : new KeptSession(value.substring(0, space), Instant.parse(value.substring(space + 1)));
    }

    boolean expired(Instant now) {
      return expiresAt != null && !expiresAt.isAfter(now);
    }

    String value() {
      return expiresAt == null ? token : token + " " + expiresAt;
    }
  }

  private void keepSession(Wire.LoginResponse r) {
    KeptSession kept = new KeptSession(r.token(), centreExpiry(r));
    tx.writeVoid(w -> new Settings(w).put(sessionKey(), kept.value()));
  }

  private static Instant centreExpiry(Wire.LoginResponse r) {
    try {
      return r.expiresAt() == null ? null : Instant.parse(r.expiresAt());
    } catch (java.time.format.DateTimeParseException e) {
      return null; // a centre that says no end: the session is kept until the centre refuses it
    }
  }

  private void forgetSession() {
    tx.writeVoid(w -> new Settings(w).remove(sessionKey()));
  }

  /** A centre sign-in kept for the signed-in user; {@code endsAt} is null when the centre did not say. */
  public record SignIn(Instant endsAt) {}

  /** The signed-in user's kept centre sign-in, unless there is none or it has ended. */
  public java.util.Optional<SignIn> keptSession() {
    KeptSession k = tx.read(w -> KeptSession.parse(new Settings(w).get(sessionKey()).orElse(null)));
    if (k == null || k.expired(clock.instant())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new SignIn(k.expiresAt()));
  }

  /** Ends this user's kept centre session on this laptop: the next sync asks for the centre password again. */
  public void signOutOfCentre() {
    session.require(Permission.SYNC);
    forgetSession();
  }

  /** Whether the enrolled centre answers within {@code timeout}; false if not enrolled. */
  public boolean centreReachable(Duration timeout) {
    Map<String, String> s = tx.read(w -> {
      Settings st = new Settings(w);
      Map<String, String> m = new HashMap<>();
      st.get(CENTRE_URL).ifPresent(v -> m.put(CENTRE_URL, v));
      st.get(FINGERPRINT).ifPresent(v -> m.put(FINGERPRINT, v));
      return m;
    });
    if (s.size() < 2) {
      return false;
    }
    return new CentreClient(s.get(CENTRE_URL), s.get(FINGERPRINT), json, requestTimeout).reachable(timeout);
  }

  /** No centre password was given and no centre session is kept (or the centre ended it): ask for the password. */
  public static final class SessionNeeded extends UserFacingException {
    private static final long serialVersionUID = 1L;

    SessionNeeded() {
      super("sync.problem.needCentrePassword");
    }
  }

  /** Told when any sync of this engine ends: the background sync's status follows manual syncs too. */
  public interface Listener {
    void synced(SyncReport report, Instant at);
  }

  public void addListener(Listener l) {
    listeners.add(l);
  }

  // ---------------------------------------------------------------- sync

  /**
   * Pushes everything waiting, then pulls everything new. Throws {@link CentreClient.Unreachable} if the connection
   * fails: what was committed stays committed, and the next run continues. {@code centrePassword} may be null or
   * empty to use the centre session kept from an earlier sign-in ({@link SessionNeeded} if there is none).
   * One sync runs at a time: a second waits for the first.
   */
  public SyncReport sync(char[] centrePassword, Progress progress) {
    session.require(Permission.SYNC);
    try {
      running.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted while waiting for another sync");
    }
    try {
      return syncLocked(centrePassword, progress, true);
    } finally {
      running.unlock();
    }
  }

  /**
   * The background sync's run: with the kept session only, and only if no other sync is running (then null). A run
   * that moved nothing is not audited (it read and wrote no record), so a quiet day does not fill the audit log.
   */
  public SyncReport syncInBackground(Progress progress) {
    session.require(Permission.SYNC);
    if (!running.tryLock()) {
      return null;
    }
    try {
      return syncLocked(null, progress, false);
    } finally {
      running.unlock();
    }
  }

  private SyncReport syncLocked(char[] centrePassword, Progress progress, boolean manual) {
    long start = System.nanoTime();
    SyncReport total = withCentre(centrePassword, client -> {
      SyncReport up = push(client, progress);
      SyncReport down = pull(client, progress);
      return up.plus(down).withMillis((System.nanoTime() - start) / 1_000_000);
    });
    Instant at = clock.instant();
    boolean moved = total.sent() > 0 || total.received() > 0;
    tx.writeVoid(w -> {
      new Settings(w).put(LAST_SYNC, at.toString());
      if (manual || moved) {
        new SyncStateRepository(w).log(at, session.username(), manual ? "online" : "background", total, "ok");
        new AuditLog(w).append(at, session.username(), AuditAction.SYNC_RUN, "centre", manual ? null : "background",
            "sent " + total.sent() + ", accepted " + total.accepted() + ", duplicates " + total.duplicates()
                + ", conflicts " + total.conflicts() + ", rejected " + total.rejected() + ", received "
                + total.received());
      }
    });
    for (Listener l : listeners) {
      l.synced(total, at);
    }
    return total;
  }

  /** Sends one record's waiting changes now (a refused one is put back in line first), then pulls. */
  public SyncReport syncRecord(UUID recordId, char[] centrePassword, Progress progress) {
    session.require(Permission.SYNC);
    requeue(recordId);
    return sync(centrePassword, progress);
  }

  private record Built(String batchId, Wire.PushRequest request, Map<UUID, Long> revs,
      Map<String, byte[]> attachments) {}

  private SyncReport push(CentreClient client, Progress progress) {
    SyncReport report = SyncReport.NONE;
    long waiting = tx.read(w -> new SyncStateRepository(w).waiting());
    long done = 0;
    while (true) {
      SyncStateRepository.PendingBatch old = tx.read(w -> new SyncStateRepository(w).oldestBatch());
      Built b;
      if (old != null) {
        b = fromPayload(old.payload());
      } else {
        b = tx.write(w -> build(w, BATCH_ITEMS, BATCH_BYTES, "online", Map.of()));
        if (b == null) {
          tx.writeVoid(w -> new SyncStateRepository(w).pruneAccepted(clock.instant().minus(KEEP_ACCEPTED)));
          return report;
        }
      }
      upload(client, b);
      Wire.PushResponse answer;
      try {
        answer = client.push(json.writeValueAsBytes(b.request()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      SyncReport r = tx.write(w -> settle(w, b, answer));
      report = report.plus(r);
      done += b.request().items().size();
      progress.update("push", done, Math.max(waiting, done));
    }
  }

  /**
   * Makes and stores the next batch. {@code sentHashes} holds, for records sent in batches that had no answer, the
   * hash last sent: those records go again (their newest version) with it, and the old batches are replaced.
   */
  private Built build(Work w, int maxItems, long maxBytes, String via, Map<UUID, String> sentHashes) {
    SyncStateRepository st = new SyncStateRepository(w);
    SyncRecordRepository rec = new SyncRecordRepository(w, json);
    List<SyncStateRepository.Pending> pending = st.pending(maxItems, !sentHashes.isEmpty());
    if (pending.isEmpty()) {
      return null;
    }
    List<Wire.Item> items = new ArrayList<>();
    Map<UUID, Long> revs = new LinkedHashMap<>();
    Map<String, byte[]> attachments = new LinkedHashMap<>();
    long bytes = 0;
    Map<String, List<UUID>> byType = new LinkedHashMap<>();
    pending.forEach(p -> byType.computeIfAbsent(p.recordType(), t -> new ArrayList<>()).add(p.recordId()));
    Map<UUID, SyncRecordRepository.Row> rows = new HashMap<>();
    byType.forEach((type, ids) -> rows.putAll(rec.readMany(type, ids)));
    for (SyncStateRepository.Pending p : pending) {
      SyncRecordRepository.Row row = rows.get(p.recordId());
      if (row == null) {
        st.settle(p.recordId(), Long.MAX_VALUE, OutboxEntry.State.REJECTED, "record missing on this laptop");
        continue;
      }
      long size = row.body().toString().length() + row.attachments().values().stream().mapToLong(a -> a.length).sum();
      if (!items.isEmpty() && bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      items.add(new Wire.Item(p.recordType(), p.recordId().toString(), row.baseRev(), row.hash(), row.body(),
          sentHashes.get(p.recordId())));
      revs.put(p.recordId(), row.rev());
      attachments.putAll(row.attachments());
    }
    if (items.isEmpty()) {
      return null;
    }
    String batchId = Ids.newId().toString();
    Wire.PushRequest req = new Wire.PushRequest(batchId, st.waiting(), items);
    ObjectNode payload = json.createObjectNode();
    payload.set("request", json.valueToTree(req));
    ObjectNode revNode = payload.putObject("revs");
    revs.forEach((id, rev) -> revNode.put(id.toString(), rev));
    st.saveBatch(batchId, via, payload.toString(), clock.instant());
    st.markSent(batchId, revs);
    return new Built(batchId, req, revs, attachments);
  }

  private Built fromPayload(String payload) {
    try {
      JsonNode p = json.readTree(payload);
      Wire.PushRequest req = json.treeToValue(p.get("request"), Wire.PushRequest.class);
      Map<UUID, Long> revs = new LinkedHashMap<>();
      p.get("revs").fields().forEachRemaining(e -> revs.put(UUID.fromString(e.getKey()), e.getValue().asLong()));
      return new Built(req.batchId(), req, revs, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Attachments the centre lacks, sent in parts from where an earlier cut upload stopped. */
  private void upload(CentreClient client, Built b) {
    Set<String> needed = new LinkedHashSet<>();
    for (Wire.Item item : b.request().items()) {
      needed.addAll(Bodies.attachments(item.body()));
    }
    if (needed.isEmpty()) {
      return;
    }
    Map<String, byte[]> bytes = b.attachments() != null ? b.attachments() : new HashMap<>();
    for (String sha : needed) {
      boolean[] complete = {false};
      long from = client.attachmentReceived(sha, complete);
      if (complete[0]) {
        continue;
      }
      byte[] data = bytes.get(sha);
      if (data == null) {
        data = localAttachment(b.request(), sha);
        if (data == null) {
          continue; // the centre will refuse the item, and say why
        }
      }
      while (true) {
        int end = (int) Math.min(data.length, from + ATTACHMENT_PART);
        boolean last = end == data.length;
        int status = client.putAttachmentPart(sha, from, java.util.Arrays.copyOfRange(data, (int) from, end), last);
        if (status == 409) {
          from = client.attachmentReceived(sha, complete);
          if (complete[0]) {
            break;
          }
          continue;
        }
        if (last) {
          break;
        }
        from = end;
      }
    }
  }

  private byte[] localAttachment(Wire.PushRequest req, String sha) {
    return tx.read(w -> {
      SyncRecordRepository rec = new SyncRecordRepository(w, json);
      for (Wire.Item item : req.items()) {
        if (Bodies.attachments(item.body()).contains(sha)) {
          byte[] b = rec.attachmentsOf(item.recordType(), UUID.fromString(item.recordId())).get(sha);
          if (b != null) {
            return b;
          }
        }
      }
      return null;
    });
  }

  private SyncReport settle(Work w, Built b, Wire.PushResponse answer) {
    SyncStateRepository st = new SyncStateRepository(w);
    SyncRecordRepository rec = new SyncRecordRepository(w, json);
    Map<String, String> types = new HashMap<>();
    b.request().items().forEach(i -> types.put(i.recordId(), i.recordType()));
    Map<UUID, Long> acceptedRevs = new HashMap<>();
    Map<String, Map<UUID, Long>> newBases = new HashMap<>();
    int accepted = 0;
    int duplicates = 0;
    int conflicts = 0;
    int rejected = 0;
    for (Wire.ItemResult r : answer.results()) {
      UUID id = UUID.fromString(r.recordId());
      String type = types.get(r.recordId());
      long sentRev = b.revs().getOrDefault(id, 0L);
      switch (r.outcome()) {
        case ACCEPTED, DUPLICATE -> {
          if (r.outcome() == Wire.Outcome.ACCEPTED) {
            accepted++;
          } else {
            duplicates++;
          }
          acceptedRevs.put(id, sentRev);
          // A merged answer comes down with the pull that follows; its base stays until then.
          if (r.mergedBody() == null && r.centreRev() != null) {
            newBases.computeIfAbsent(type, t -> new HashMap<>()).put(id, r.centreRev());
          }
        }
        case CONFLICT -> {
          conflicts++;
          st.settle(id, sentRev, OutboxEntry.State.CONFLICT, String.join(",", r.fields()));
          SyncRecordRepository.Row local = rec.read(type, id);
          st.conflict(type, id, r.centreRev(), r.fields(), r.reason(),
              local == null ? "{}" : local.body().toString(), r.centreBody() == null ? "{}" : r.centreBody().toString(),
              r.mergedBody() == null ? null : r.mergedBody().toString(), clock.instant());
        }
        case REJECTED -> {
          rejected++;
          st.settle(id, sentRev, OutboxEntry.State.REJECTED, r.reason());
        }
        default -> throw new IllegalStateException(r.outcome().name());
      }
    }
    st.settleAll(acceptedRevs, OutboxEntry.State.ACCEPTED);
    st.pruneSuperseded(acceptedRevs.keySet());
    newBases.forEach(rec::setBaseRevs);
    st.deleteBatch(b.batchId());
    return new SyncReport(b.request().items().size(), accepted, duplicates, conflicts, rejected, 0, 1, 0, 0, 0);
  }

  private SyncReport pull(CentreClient client, Progress progress) {
    int received = 0;
    int pages = 0;
    while (true) {
      long cursor = tx.read(w -> new Settings(w).get(CURSOR).map(Long::parseLong).orElse(0L));
      long waiting = tx.read(w -> new SyncStateRepository(w).waiting());
      Wire.PullResponse page = client.pull(cursor, PULL_PAGE, waiting);
      Map<String, byte[]> downloaded = new HashMap<>();
      List<Wire.Change> toApply = tx.read(w -> needed(w, page.changes()));
      for (Wire.Change c : toApply) {
        for (String sha : Bodies.attachments(c.body())) {
          if (!downloaded.containsKey(sha)) {
            downloaded.put(sha, client.attachment(sha));
          }
        }
      }
      Set<UUID> elders = new java.util.HashSet<>();
      received += tx.write(w -> apply(w, toApply, downloaded, page, elders));
      if (!elders.isEmpty()) {
        eldersChanged.accept(elders);
      }
      pages++;
      progress.update("pull", received, received);
      if (!page.more()) {
        return new SyncReport(0, 0, 0, 0, 0, received, 0, pages, 0, 0).withFormsInstalled(
            new FormInstaller(tx, session, forms, clock).install(client, page.forms()));
      }
    }
  }

  /**
   * Adds the form versions installed from the centre in earlier syncs to the program's forms; run when a workspace
   * opens.
   */
  public int loadInstalledForms() {
    return new FormInstaller(tx, session, forms, clock).loadInstalled();
  }

  /** The changes this laptop does not have yet and has no unsent change of its own for. */
  private List<Wire.Change> needed(Work w, List<Wire.Change> changes) {
    SyncStateRepository st = new SyncStateRepository(w);
    SyncRecordRepository rec = new SyncRecordRepository(w, json);
    Map<String, List<UUID>> byType = new LinkedHashMap<>();
    for (Wire.Change c : changes) {
      if (RecordKinds.known(c.recordType())) {
        byType.computeIfAbsent(c.recordType(), t -> new ArrayList<>()).add(UUID.fromString(c.recordId()));
      }
    }
    Map<UUID, long[]> revs = new HashMap<>();
    byType.forEach((type, ids) -> revs.putAll(rec.revisions(type, ids)));
    Set<UUID> unsettled = st.unsettled(revs.keySet());
    List<Wire.Change> out = new ArrayList<>();
    for (Wire.Change c : changes) {
      if (!RecordKinds.known(c.recordType())) {
        continue;
      }
      UUID id = UUID.fromString(c.recordId());
      long[] here = revs.get(id);
      if (here != null && (here[1] >= c.centreRev() || unsettled.contains(id))) {
        continue; // already here; or pushed first, where the centre merges or the conflict queue holds both
      }
      out.add(c);
    }
    return out;
  }

  private int apply(Work w, List<Wire.Change> changes, Map<String, byte[]> attachments, Wire.PullResponse page,
      Set<UUID> elders) {
    SyncStateRepository st = new SyncStateRepository(w);
    SyncRecordRepository rec = new SyncRecordRepository(w, json);
    List<Wire.Change> todo = needed(w, changes);
    // Parents before children: apply type by type in the order records first appear on the page.
    Map<String, List<Wire.Change>> byType = new LinkedHashMap<>();
    todo.forEach(c -> byType.computeIfAbsent(c.recordType(), t -> new ArrayList<>()).add(c));
    int applied = 0;
    for (Map.Entry<String, List<Wire.Change>> e : byType.entrySet()) {
      List<Wire.Change> list = e.getValue();
      Map<UUID, long[]> revs = rec.revisions(e.getKey(), list.stream().map(c -> UUID.fromString(c.recordId()))
          .toList());
      List<UUID> refused = rec.writeMany(e.getKey(), list.stream().map(Wire.Change::body).toList(),
          list.stream().map(c -> (Long) c.centreRev()).toList(), revs, attachments);
      applied += list.size() - refused.size();
      if (e.getKey().equals(RecordKinds.ELDER)) {
        list.stream().map(c -> UUID.fromString(c.recordId())).filter(id -> !refused.contains(id)).forEach(elders::add);
      }
      for (UUID id : refused) {
        // A unique key refused it: the same person already has another file here.
        Wire.Change c = list.stream().filter(x -> x.recordId().equals(id.toString())).findFirst().orElseThrow();
        JsonNode idNumber = c.body().get("id_number");
        UUID other = idNumber == null ? null : rec.otherWith(c.recordType(), "id_number", idNumber.asText(), id);
        if (other != null && st.openConflict(other)) {
          continue; // the push that came first already queued these two files: one entry per person
        }
        SyncRecordRepository.Row local = other == null ? null : rec.read(c.recordType(), other);
        st.conflict(c.recordType(), id, c.centreRev(), List.of("id_number"),
            org.yiping.core.i18n.Messages.chinese().get("sync.conflict.sameIdNumber"),
            local == null ? "{}" : local.body().toString(), c.body().toString(), null, clock.instant());
      }
    }
    Settings s = new Settings(w);
    s.put(CURSOR, Long.toString(page.cursor()));
    try {
      s.put(CENTRE_FORMS, json.writeValueAsString(page.forms()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return applied;
  }

  // ---------------------------------------------------------------- per-record state and conflicts

  public long waiting() {
    return tx.read(w -> new SyncStateRepository(w).waiting());
  }

  public List<RecordSyncState> states(int limit) {
    session.require(Permission.SYNC);
    return tx.read(w -> new SyncStateRepository(w).states(limit));
  }

  public List<SyncConflict> conflicts() {
    session.require(Permission.SYNC);
    return tx.read(w -> new SyncStateRepository(w).conflicts(true));
  }

  public int requeue(UUID recordId) {
    session.require(Permission.SYNC);
    return tx.write(w -> {
      int n = new SyncStateRepository(w).requeue(recordId);
      if (n > 0) {
        new AuditLog(w).append(clock.instant(), session.username(), AuditAction.SYNC_RECORD_REQUEUED, "record",
            recordId.toString(), null);
      }
      return n;
    });
  }

  /** Whose value a conflicting field takes. */
  public enum Side { LOCAL, CENTRE }

  /**
   * Resolves a conflict field by field: each conflicting field takes this laptop's or the centre's value, every
   * other field the clean merge. The result is a new change on top of the centre's version, sent at the next sync.
   */
  public void resolve(UUID conflictId, Map<String, Side> choices) {
    session.require(Permission.SYNC);
    SyncConflict open = tx.read(w -> new SyncStateRepository(w).conflict(conflictId));
    if (open != null && open.identity() && open.resolvedAt() == null) {
      eldersChanged.accept(new DuplicateMerge(tx, session, json, clock).merge(open, choices));
      return;
    }
    tx.writeVoid(w -> {
      SyncStateRepository st = new SyncStateRepository(w);
      SyncConflict c = st.conflict(conflictId);
      if (c == null || c.resolvedAt() != null) {
        throw new UserFacingException("sync.problem.noSuchConflict");
      }
      if (c.identity()) {
        throw new UserFacingException("sync.problem.identityConflict");
      }
      if (!choices.keySet().containsAll(c.fields())) {
        throw new UserFacingException("sync.problem.chooseEveryField", String.join("、", c.fields()));
      }
      ObjectNode local;
      ObjectNode centre;
      ObjectNode merged;
      try {
        local = (ObjectNode) json.readTree(c.localBody());
        centre = (ObjectNode) json.readTree(c.centreBody());
        merged = (ObjectNode) json.readTree(c.mergedBody());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SyncRecordRepository rec = new SyncRecordRepository(w, json);
      SyncRecordRepository.Row now = rec.read(c.recordType(), c.recordId());
      List<String> detail = new ArrayList<>();
      for (String f : c.fields()) {
        Side side = choices.get(f);
        merged.set(f, side == Side.LOCAL ? local.get(f) : centre.get(f));
        detail.add(f + "=" + side.name().toLowerCase());
      }
      Instant at = clock.instant();
      merged.put("updated_at", at.toString());
      merged.put("updated_by", session.username());
      merged.put("device_id", session.deviceId());
      Map<String, byte[]> bytes = now == null ? Map.of() : now.attachments();
      if (!Bodies.attachments(merged).stream().allMatch(bytes::containsKey)) {
        throw new UserFacingException("sync.problem.attachmentOnlyAtCentre");
      }
      rec.write(c.recordType(), merged, c.centreRev(), bytes);
      long rev = rec.read(c.recordType(), c.recordId()).rev();
      st.dropConflicted(c.recordId());
      new Outbox(w).recordChange(c.recordType(), c.recordId(), rev, merged.path("deleted").asBoolean(false), at);
      try {
        st.resolved(conflictId, session.username(), json.writeValueAsString(choices), at);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      new AuditLog(w).append(at, session.username(), AuditAction.SYNC_CONFLICT_RESOLVED, c.recordType(),
          c.recordId().toString(), String.join(", ", detail));
    });
    if (open != null && open.recordType().equals(RecordKinds.ELDER)) {
      eldersChanged.accept(Set.of(open.recordId()));
    }
  }

  /** Two files of the same person side by side: this laptop's as it is now, the centre's, and where they differ. */
  public record Duplicate(ObjectNode local, ObjectNode centre, List<String> fields) {}

  /**
   * An identity conflict's two files and the fields in which they differ; a person picks each one's value when
   * merging them (see {@link #resolve}).
   */
  public Duplicate duplicate(SyncConflict c) {
    session.require(Permission.SYNC);
    return new DuplicateMerge(tx, session, json, clock).duplicate(c);
  }

  // ---------------------------------------------------------------- batch files

  /** What an export wrote: the file, its batch id, how many records, whether it replaces unanswered batches. */
  public record Export(Path file, String batchId, int records, boolean again) {}

  /**
   * Writes everything the centre has not confirmed to one file: encrypted with the centre's public key, signed with
   * this laptop's key. Changes written to an earlier file (or sent and not answered) go again in their newest
   * version, each naming the version it follows, so one file always carries everything: an earlier file lost on
   * the way costs nothing, and importing both in order causes no conflict. The earlier batches are replaced by this
   * one, which is sent again online until the centre answers it.
   */
  public Export exportBatch(Path out) {
    session.require(Permission.SYNC);
    record Ready(Built built, boolean again, String centreKey, String deviceKey) {}
    Ready ready = tx.write(w -> {
      Settings s = new Settings(w);
      String centreKey = s.get(CENTRE_KEY).orElseThrow(() -> new UserFacingException("sync.problem.notEnrolled"));
      String deviceKey = s.get(DEVICE_KEY).orElseThrow(() -> new UserFacingException("sync.problem.notEnrolled"));
      SyncStateRepository st = new SyncStateRepository(w);
      List<SyncStateRepository.PendingBatch> earlier = st.batches();
      Map<UUID, String> sentHashes = new HashMap<>();
      for (SyncStateRepository.PendingBatch old : earlier) {
        for (Wire.Item item : fromPayload(old.payload()).request().items()) {
          sentHashes.put(UUID.fromString(item.recordId()), item.hash()); // later batches overwrite earlier ones
        }
      }
      Built b = build(w, Integer.MAX_VALUE, Long.MAX_VALUE, "file", sentHashes);
      if (b == null) {
        throw new UserFacingException("sync.problem.nothingToExport");
      }
      earlier.forEach(old -> st.deleteBatch(old.batchId()));
      return new Ready(b, !earlier.isEmpty(), centreKey, deviceKey);
    });
    Built b = ready.built();
    Map<String, String> attachments = new LinkedHashMap<>();
    for (Wire.Item item : b.request().items()) {
      for (String sha : Bodies.attachments(item.body())) {
        byte[] data = b.attachments() != null && b.attachments().containsKey(sha) ? b.attachments().get(sha)
            : localAttachment(b.request(), sha);
        if (data != null) {
          attachments.put(sha, Base64.getEncoder().encodeToString(data));
        }
      }
    }
    try {
      ObjectNode plain = json.createObjectNode();
      plain.set("push", json.valueToTree(b.request()));
      plain.set("attachments", json.valueToTree(attachments));
      PrivateKey deviceKey = KeyFactory.getInstance("EC").generatePrivate(
          new PKCS8EncodedKeySpec(Base64.getDecoder().decode(ready.deviceKey())));
      byte[] file = BatchFileCodec.seal(session.deviceId(), session.username(), b.batchId(),
          clock.instant().toString(), json.writeValueAsBytes(plain),
          BatchFileCodec.publicKey(Base64.getDecoder().decode(ready.centreKey())), deviceKey);
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      Files.write(tmp, file);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UserFacingException(e, "sync.problem.cannotWrite", out.toString());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    tx.writeVoid(w -> new AuditLog(w).append(clock.instant(), session.username(), AuditAction.SYNC_BATCH_EXPORTED,
        "batch", b.batchId(), b.request().items().size() + " records"));
    return new Export(out, b.batchId(), b.request().items().size(), ready.again());
  }

  /** Hands a batch file (from another laptop with no network) to the centre through this laptop's connection. */
  public Wire.PushResponse relayBatchFile(Path file, char[] centrePassword) {
    session.require(Permission.SYNC);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserFacingException(e, "sync.problem.cannotRead", file.toString());
    }
    Wire.PushResponse r = withCentre(centrePassword, client -> client.batchFile(bytes));
    tx.writeVoid(w -> new AuditLog(w).append(clock.instant(), session.username(), AuditAction.SYNC_BATCH_RELAYED,
        "batch", r.batchId(), r.results().size() + " records"));
    return r;
  }
}

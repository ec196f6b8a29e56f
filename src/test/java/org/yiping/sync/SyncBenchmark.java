package org.yiping.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Json;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.centre.Caller;
import org.yiping.core.Ids;
import org.yiping.core.idcard.IdNumber;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.Wire;
import org.yiping.testdata.AssessmentWorld;

/**
 * Sync on loopback over TLS with the real engine and a real centre (H2): the first sync of a new laptop for a county
 * of 20,000 elders and 40,000 assessments; pushing 10,000 new assessments; a sync with nothing to do; 50 devices
 * syncing at once. Prints the figures for docs/benchmarks.md; asserts no time.
 * Run: ./mvnw -q -B -Pbench test -Dtest=SyncBenchmark
 */
@Tag("bench")
class SyncBenchmark {
  @TempDir Path dir;
  private final ObjectMapper json = Json.newMapper();

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void firstSyncPushNoOpAndFiftyDevices() throws Exception {
    int elders = Integer.getInteger("bench.elders", 20_000);
    int assessments = Integer.getInteger("bench.assessments", 40_000);
    int pushed = Integer.getInteger("bench.push", 10_000);
    try (SyncFixture f = new SyncFixture(dir); SyncFixture.Laptop seed = f.laptop("seed", SyncFixture.TIANSHAN)) {
      // Templates: one real elder and one real assessment, as the centre holds them.
      UUID elder = seed.newElder("张秀兰", idNumber(0), SyncFixture.TIANSHAN_VILLAGE);
      try (Workspace li = seed.user()) {
        UUID a = li.assessments().start(elder, AssessmentWorld.GBT, AssessmentReason.FIRST).assessment().id();
        AssessmentWorld.fillGbt(li, a);
      }
      seed.sync();
      ObjectNode elderBody = centreBody(f, "elder");
      ObjectNode assessmentBody = centreBody(f, "assessment");

      // The county at the centre, loaded the way batch files are applied.
      long t0 = System.nanoTime();
      Caller loader = new Caller("seed-loader", "li", "ASSESSOR", SyncFixture.TIANSHAN);
      registerDevice(f, "seed-loader");
      List<Wire.Item> batch = new ArrayList<>();
      List<UUID> elderIds = new ArrayList<>();
      for (int i = 1; i <= elders; i++) {
        ObjectNode e = elderBody.deepCopy();
        UUID id = Ids.newId();
        elderIds.add(id);
        e.put("id", id.toString());
        e.put("id_number", idNumber(i));
        e.put("name", "老人" + i);
        batch.add(item("elder", e));
        batch = flush(f, loader, batch, 5000);
      }
      flush(f, loader, batch, 0);
      batch = new ArrayList<>();
      for (int i = 0; i < assessments; i++) {
        ObjectNode a = assessmentBody.deepCopy();
        a.put("id", Ids.newId().toString());
        a.put("elder_id", elderIds.get(i % elderIds.size()).toString());
        batch.add(item("assessment", a));
        batch = flush(f, loader, batch, 5000);
      }
      flush(f, loader, batch, 0);
      System.out.printf("centre loaded with %,d elders and %,d assessments in %,d ms%n", elders, assessments,
          (System.nanoTime() - t0) / 1_000_000);

      try (SyncFixture.Laptop fresh = f.laptop("fresh", SyncFixture.TIANSHAN); Workspace li = fresh.user()) {
        char[] pw = SyncFixture.CENTRE_PASSWORD.toCharArray();
        long s = System.nanoTime();
        SyncReport first = li.sync().sync(pw, SyncEngine.Progress.NONE);
        System.out.printf("first sync of a new laptop: %,d records in %,d ms (%d pages)%n", first.received(),
            (System.nanoTime() - s) / 1_000_000, first.pages());

        // 10,000 new assessments on the laptop (made through the store directly: the push is what is measured).
        long mk = System.nanoTime();
        makeAssessments(li, assessmentBody, elderIds, pushed);
        System.out.printf("made %,d local assessments in %,d ms%n", pushed, (System.nanoTime() - mk) / 1_000_000);
        s = System.nanoTime();
        SyncReport push = li.sync().sync(pw, SyncEngine.Progress.NONE);
        System.out.printf("push of %,d new assessments: %,d ms (%d batches, %,d accepted)%n", push.sent(),
            (System.nanoTime() - s) / 1_000_000, push.batches(), push.accepted());

        List<Long> noops = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
          s = System.nanoTime();
          SyncReport noop = li.sync().sync(pw, SyncEngine.Progress.NONE);
          noops.add((System.nanoTime() - s) / 1_000_000);
          if (noop.sent() + noop.received() != 0) {
            throw new AssertionError("not a no-op: " + noop);
          }
        }
        System.out.println("no-op sync (ms, 7 runs, each with sign-in at the centre): " + noops);

        // A background round with nothing to do: the probe, then a sync with the kept session (no sign-in).
        BackgroundSync bg = new BackgroundSync(li.sync(), Duration.ofHours(1));
        List<Long> rounds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
          s = System.nanoTime();
          BackgroundSync.State st = bg.runOnce();
          rounds.add((System.nanoTime() - s) / 1_000_000);
          if (st.phase() != BackgroundSync.Phase.SYNCED) {
            throw new AssertionError("background round ended " + st.phase());
          }
        }
        System.out.println("background round with nothing to do (ms, 7 runs, probe + sync, kept session): "
            + rounds);
      }

      fiftyDevices(f);
    }
  }

  private void fiftyDevices(SyncFixture f) throws Exception {
    int devices = Integer.getInteger("bench.devices", 50);
    int rounds = 5;
    int perPush = 20;
    List<String[]> creds = new ArrayList<>();
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(256);
    for (int d = 0; d < devices; d++) {
      String code = f.centre.admin().newEnrolmentCode("bench", SyncFixture.SAYBAGH, Duration.ofHours(1));
      CentreClient c = new CentreClient(f.centre.url(), f.centre.keys().fingerprint(), json, Duration.ofSeconds(60));
      Wire.EnrolResponse r = c.enrol(new Wire.EnrolRequest(code, "bench-" + d, "bench",
          Base64.getEncoder().encodeToString(gen.generateKeyPair().getPublic().getEncoded())));
      creds.add(new String[] {"bench-" + d, r.deviceToken()});
    }
    ObjectNode template = centreBody(f, "elder");
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger counter = new AtomicInteger(100_000);
    ExecutorService pool = Executors.newFixedThreadPool(devices);
    long s = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    for (String[] cred : creds) {
      futures.add(pool.submit(() -> {
        try {
          CentreClient c = new CentreClient(f.centre.url(), f.centre.keys().fingerprint(), json,
              Duration.ofSeconds(120));
          c.login(cred[0], cred[1], "zhao", SyncFixture.CENTRE_PASSWORD.toCharArray());
          long cursor = 0;
          for (int round = 0; round < rounds; round++) {
            List<Wire.Item> items = new ArrayList<>();
            for (int k = 0; k < perPush; k++) {
              ObjectNode e = template.deepCopy();
              e.put("id", Ids.newId().toString());
              e.put("id_number", idNumber(counter.incrementAndGet()));
              e.put("township_code", "650103001000");
              e.put("village_code", SyncFixture.SAYBAGH_VILLAGE);
              items.add(item("elder", e));
            }
            long t = System.nanoTime();
            Wire.PushResponse r = c.push(json.writeValueAsBytes(new Wire.PushRequest(Ids.newId().toString(), 0,
                items)));
            r.results().forEach(x -> {
              if (x.outcome() == Wire.Outcome.ACCEPTED) {
                accepted.incrementAndGet();
              } else {
                errors.incrementAndGet();
              }
            });
            Wire.PullResponse p;
            do {
              p = c.pull(cursor, 1000, 0);
              cursor = p.cursor();
            } while (p.more());
            latencies.add((System.nanoTime() - t) / 1_000_000);
          }
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
          errors.incrementAndGet();
          e.printStackTrace();
        }
      }));
    }
    for (Future<?> fu : futures) {
      fu.get(10, TimeUnit.MINUTES);
    }
    pool.shutdown();
    long ms = (System.nanoTime() - s) / 1_000_000;
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    System.out.printf("%d devices x %d rounds (push %d + pull): %,d ms in all, %d errors, %,d accepted, "
        + "push+pull median %d ms, p95 %d ms, worst %d ms%n", devices, rounds, perPush, ms, errors.get(),
        accepted.get(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 95 / 100),
        sorted.get(sorted.size() - 1));
  }

  private static void makeAssessments(Workspace li, ObjectNode template, List<UUID> elderIds, int n) {
    for (int i = 0; i < n; i++) {
      li.assessments().start(elderIds.get(i % elderIds.size()), AssessmentWorld.GBT, AssessmentReason.ROUTINE);
    }
  }

  private static void registerDevice(SyncFixture f, String deviceId) {
    f.centre.store().tx(c -> {
      try (var ps = c.prepareStatement("INSERT INTO centre_device (device_id, name, region_code, token_hash, "
          + "public_key, enrolled_at, last_cursor, outbox_pending) VALUES (?, 'loader', ?, ?, 'none', ?, 0, 0)")) {
        ps.setString(1, deviceId);
        ps.setString(2, SyncFixture.TIANSHAN);
        ps.setString(3, "0".repeat(64));
        ps.setObject(4, java.time.OffsetDateTime.now());
        return ps.executeUpdate();
      }
    });
  }

  private List<Wire.Item> flush(SyncFixture f, Caller loader, List<Wire.Item> batch, int at) {
    if (batch.size() >= at && !batch.isEmpty()) {
      Wire.PushResponse r = f.centre.sync().push(loader, new Wire.PushRequest(Ids.newId().toString(), 0, batch),
          "file");
      long bad = r.results().stream().filter(x -> x.outcome() != Wire.Outcome.ACCEPTED).count();
      if (bad > 0) {
        throw new AssertionError(bad + " not accepted, e.g. " + r.results().stream()
            .filter(x -> x.outcome() != Wire.Outcome.ACCEPTED).findFirst().orElseThrow());
      }
      return new ArrayList<>();
    }
    return batch;
  }

  private static Wire.Item item(String type, ObjectNode body) {
    return new Wire.Item(type, body.get("id").asText(), null, Bodies.hash(body), body, null);
  }

  private ObjectNode centreBody(SyncFixture f, String type) {
    return f.centre.store().tx(c -> {
      try (var ps = c.prepareStatement("SELECT body FROM centre_record WHERE record_type = ?")) {
        ps.setString(1, type);
        try (var rs = ps.executeQuery()) {
          rs.next();
          try {
            JsonNode n = json.readTree(rs.getString(1));
            return (ObjectNode) n;
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    });
  }

  private static String idNumber(int i) {
    String body = "650102" + LocalDate.of(1930, 1, 1).plusDays(i % 20_000).toString().replace("-", "")
        + String.format("%03d", 100 + i / 20_000);
    return body + IdNumber.checkChar(body);
  }
}

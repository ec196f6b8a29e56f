package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yiping.app.Workspace;
import org.yiping.elder.ElderDraft;

/**
 * Faults on loopback, each bounded in time: the connection cut at random points of push and pull 100 times, the
 * laptop killed (kill -9) in the middle of a sync, the centre restarted in the middle of a batch. In the end the
 * centre holds every record exactly once and the laptop's outbox is empty. The cut connection and the centre restart
 * run on H2 and on PostgreSQL; the killed laptop is about the laptop's store, so H2 is enough for it.
 */
class SyncFaultTest {
  @TempDir Path dir;

  /** Rounds of the cut-connection test, on each backend: 15 to 35 s on H2 and on PostgreSQL alike (2 shared cores). */
  private static final int ROUNDS = 100;

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aConnectionCutAtRandomPointsAHundredTimesLosesAndDuplicatesNothing(SyncFixture.Backend backend)
      throws Exception {
    int rounds = ROUNDS;
    try (SyncFixture f = SyncFixture.on(backend, dir); CuttingProxy proxy = new CuttingProxy(f.centre.port());
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN, "https://127.0.0.1:" + proxy.port());
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      Random random = new Random(20261124);
      List<UUID> fromA = new ArrayList<>();
      List<UUID> fromB = new ArrayList<>();
      int completed = 0;
      char[] pw = SyncFixture.CENTRE_PASSWORD.toCharArray();
      try (Workspace wa = a.user(); Workspace wb = b.user()) {
        for (int i = 0; i < rounds; i++) {
          fromA.add(wa.elders().create(ElderDraft.minimal("甲" + i, f.idNumber(), SyncFixture.TIANSHAN_VILLAGE)).id());
          if (i % 4 == 0 && i > 0) {
            UUID old = fromA.get(random.nextInt(fromA.size() - 1));
            var file = wa.elders().get(old);
            wa.elders().update(old, file.rev(), withNotes(file.toDraft(), "第" + i + "次修改"));
          }
          // Another laptop keeps the centre busy, so every pull has something to bring down.
          fromB.add(wb.elders().create(ElderDraft.minimal("乙" + i, f.idNumber(), SyncFixture.TIANSHAN_VILLAGE)).id());
          wb.sync().sync(pw, SyncEngine.Progress.NONE);
          proxy.cutAfter(200 + random.nextInt(10_000));
          try {
            wa.sync().sync(pw, SyncEngine.Progress.NONE);
            completed++;
          } catch (CentreClient.Unreachable cut) {
            // expected: nothing is known; the next run finishes the job
          }
        }
        proxy.cutAfter(Long.MAX_VALUE);
        wa.sync().sync(pw, SyncEngine.Progress.NONE);
        wb.sync().sync(pw, SyncEngine.Progress.NONE);
        assertThat(proxy.cuts.get()).as("connections actually cut").isGreaterThan(rounds / 2);
        assertThat(completed).as("syncs that got through").isLessThan(rounds / 2);
        assertThat(wa.sync().waiting()).isZero();
        assertThat(wa.sync().states(10_000)).allSatisfy(s -> assertThat(s.state())
            .isEqualTo(OutboxEntry.State.ACCEPTED));
        assertThat(wa.sync().conflicts()).isEmpty();
        for (UUID id : fromB) {
          assertThat(wa.elders().get(id).name()).startsWith("乙");
        }
      }
      assertThat(f.centreCount("elder")).isEqualTo(2L * rounds);
      assertThat(f.duplicateVersions()).isZero();
    }
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aLaptopKilledMidSyncFinishesTheJobWhenStartedAgain() throws Exception {
    try (SyncFixture f = new SyncFixture(dir)) {
      SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
      a.importElders(1500, 11);
      Path dataDir = a.app.dataDir();
      a.close();

      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.yiping.Launcher", "sync", "--data-dir",
          dataDir.toString(), "--user", "li");
      pb.environment().put("YIPING_PASSWORD", "Assess2026a");
      pb.environment().put("YIPING_CENTRE_PASSWORD", SyncFixture.CENTRE_PASSWORD);
      pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
      Process child = pb.start();
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (f.centreCount("elder") == 0 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      long atKill = f.centreCount("elder");
      assertThat(atKill).as("killed after the first batch and before the last").isBetween(1L, 1499L);

      try (SyncFixture.Laptop again = reopen(dataDir)) {
        SyncReport r = again.sync();
        assertThat(r.rejected()).isZero();
        assertThat(again.waiting()).isZero();
      }
      assertThat(f.centreCount("elder")).isEqualTo(1500);
      assertThat(f.duplicateVersions()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void theCentreRestartedMidBatchLosesAndDuplicatesNothing(SyncFixture.Backend backend) throws Exception {
    try (SyncFixture f = SyncFixture.on(backend, dir); SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN)) {
      a.importElders(1500, 12);
      int port = f.centre.port();
      long[] atRestart = {-1};
      Thread restarter = new Thread(() -> {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (f.centreCount("elder") == 0 && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        atRestart[0] = f.centreCount("elder");
        f.restartCentre();
      });
      restarter.start();
      int failures = 0;
      try (Workspace wa = a.user()) {
        for (int attempt = 0; attempt < 30; attempt++) {
          try {
            wa.sync().sync(SyncFixture.CENTRE_PASSWORD.toCharArray(), SyncEngine.Progress.NONE);
            if (!restarter.isAlive()) {
              break;
            }
          } catch (CentreClient.Unreachable | CentreClient.Refused e) {
            failures++;
            Thread.sleep(200);
          }
        }
        restarter.join();
        wa.sync().sync(SyncFixture.CENTRE_PASSWORD.toCharArray(), SyncEngine.Progress.NONE);
        assertThat(wa.sync().waiting()).isZero();
      }
      assertThat(f.centre.port()).isEqualTo(port);
      // Restarted after the first batch and before the last. Whether a request was cut (failures) depends on timing:
      // sign-ins survive a restart, so a restart between two requests goes unnoticed.
      assertThat(atRestart[0]).as("records at the centre when it restarted").isBetween(1L, 1499L);
      assertThat(failures).isLessThan(30);
      assertThat(f.centreCount("elder")).isEqualTo(1500);
      assertThat(f.duplicateVersions()).isZero();
    }
  }

  private static SyncFixture.Laptop reopen(Path dataDir) {
    return SyncFixture.Laptop.existing(dataDir, "li");
  }

  private static ElderDraft withNotes(ElderDraft d, String notes) {
    return new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), d.phone(), d.address(),
        d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(), d.medicalPayments(),
        d.incomeSources(), d.economicStatus(), d.flags(), d.contacts(), notes);
  }
}

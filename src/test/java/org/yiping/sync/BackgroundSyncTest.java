package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.elder.ElderDraft;

/**
 * Sync on its own against a real centre on 127.0.0.1: nothing happens until the user has signed in to the centre
 * once; then changes go up and others' come down whenever the centre answers, the laptop says offline when it does
 * not, and a centre that ends the session or revokes the device is told in the state, never as a silent stop.
 */
@Timeout(180)
class BackgroundSyncTest {
  @TempDir Path dir;

  @Test
  void syncsByItselfOnceSignedInAndSaysWhyWhenItCannot() {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      UUID elder = a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);

      // The centre answers, but this user never gave the centre password here: nothing goes up.
      assertThat(round(a).phase()).isEqualTo(BackgroundSync.Phase.SIGN_IN_NEEDED);
      assertThat(f.centreCount("elder")).isZero();
      try (Workspace ws = a.user()) {
        assertThatThrownBy(() -> ws.sync().sync(null, SyncEngine.Progress.NONE))
            .isInstanceOf(SyncEngine.SessionNeeded.class);
      }

      // Signed in once from the sync screen: the session is kept, and a background round sends the next change.
      a.sync();
      a.newElder("李秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      try (Workspace ws = a.user()) {
        assertThat(ws.sync().keptSession()).isPresent();
        BackgroundSync bg = new BackgroundSync(ws.sync(), Duration.ofMinutes(10));
        List<BackgroundSync.Phase> seen = new CopyOnWriteArrayList<>();
        bg.addListener(s -> seen.add(s.phase()));
        BackgroundSync.State synced = bg.runOnce();
        assertThat(synced.phase()).isEqualTo(BackgroundSync.Phase.SYNCED);
        assertThat(synced.lastSync()).isNotNull();
        assertThat(seen).contains(BackgroundSync.Phase.SYNCING);
        assertThat(ws.sync().waiting()).isZero();
      }
      assertThat(f.centreCount("elder")).isEqualTo(2);

      // The centre goes away: offline, and the change waits here.
      int port = f.centre.port();
      f.centre.stopServer();
      a.setNotes(elder, "三月回访时已换新轮椅");
      assertThat(round(a).phase()).isEqualTo(BackgroundSync.Phase.OFFLINE);
      assertThat(a.waiting()).isEqualTo(1);

      // Back in range: it goes up with nobody typing anything, and another laptop's background round brings it down
      // and re-indexes its search.
      // The centre itself restarted meanwhile (its store closed and opened again): the kept sign-in still holds.
      f.centre.close();
      f.centre = f.openCentre().start("127.0.0.1", port);
      assertThat(round(a).phase()).isEqualTo(BackgroundSync.Phase.SYNCED);
      assertThat(a.waiting()).isZero();
      b.sync();
      a.setNotes(elder, "四月复评");
      a.newElder("赵淑珍", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      assertThat(round(a).phase()).isEqualTo(BackgroundSync.Phase.SYNCED);
      try (Workspace ws = b.user()) {
        // b's search index is loaded before the round: the file that comes down is found at once all the same.
        assertThat(search(ws, "zsz")).isZero();
        BackgroundSync bg = new BackgroundSync(ws.sync(), Duration.ofMinutes(10));
        assertThat(bg.runOnce().phase()).isEqualTo(BackgroundSync.Phase.SYNCED);
        assertThat(search(ws, "zsz")).isEqualTo(1);
      }
      assertThat(b.elder(elder).notes()).isEqualTo("四月复评");

      // The device revoked at the centre: the state says so in words, and nothing is lost.
      String device;
      try (Workspace ws = a.user()) {
        device = ws.session().deviceId();
      }
      f.centre.admin().revoke("test", device);
      a.setNotes(elder, "五月");
      BackgroundSync.State refused = round(a);
      assertThat(refused.phase()).isEqualTo(BackgroundSync.Phase.FAILED);
      assertThat(refused.problem().render(org.yiping.core.i18n.Messages.chinese())).contains("停用");
      assertThat(a.waiting()).isEqualTo(1);
    }
  }

  private static long search(Workspace ws, String text) {
    return ws.elders().index().search(org.yiping.elder.search.SearchQuery.text(text, java.time.LocalDate.now()), 0, 5)
        .total();
  }

  /** One background round on a laptop, in a workspace of its assessor. */
  private static BackgroundSync.State round(SyncFixture.Laptop l) {
    try (Workspace ws = l.user()) {
      return new BackgroundSync(ws.sync(), Duration.ofMinutes(10)).runOnce();
    }
  }

  @Test
  void aSessionTheCentreEndedIsForgottenAndThePasswordAskedForAgain() {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        Workspace ws = a.user()) {
      ws.sync().sync(SyncFixture.CENTRE_PASSWORD.toCharArray(), SyncEngine.Progress.NONE);
      BackgroundSync bg = new BackgroundSync(ws.sync(), Duration.ofMinutes(10));
      assertThat(bg.runOnce().phase()).isEqualTo(BackgroundSync.Phase.SYNCED);

      // The centre's admin deactivates the user: the centre answers 401, the laptop forgets the session.
      // Signing out of the centre on the laptop ends background sync on purpose.
      ws.sync().signOutOfCentre();
      assertThat(bg.runOnce().phase()).isEqualTo(BackgroundSync.Phase.SIGN_IN_NEEDED);
      ws.sync().sync(SyncFixture.CENTRE_PASSWORD.toCharArray(), SyncEngine.Progress.NONE);
      assertThat(bg.runOnce().phase()).isEqualTo(BackgroundSync.Phase.SYNCED);

      // The centre's admin disables the user: the centre answers 401, and the laptop forgets the session.
      f.centre.admin().disableUser("test", "li");
      assertThat(bg.runOnce().phase()).isEqualTo(BackgroundSync.Phase.SIGN_IN_NEEDED);
      assertThat(ws.sync().keptSession()).isEmpty();
    }
  }

  @Test
  void theTimerRunsRoundsUntilClosed() throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        Workspace ws = a.user()) {
      ws.sync().sync(SyncFixture.CENTRE_PASSWORD.toCharArray(), SyncEngine.Progress.NONE);
      try (BackgroundSync bg = new BackgroundSync(ws.sync(), Duration.ofMillis(200))) {
        bg.start(Duration.ZERO);
        ws.elders().create(ElderDraft.minimal("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (f.centreCount("elder") == 0 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertThat(f.centreCount("elder")).isEqualTo(1);
      }
    }
  }

  @Test
  void notEnrolledIsSaidAsSuch() {
    try (SyncFixture.Laptop lonely = new SyncFixture.Laptop(dir.resolve("lonely"), "li");
        Workspace ws = lonely.user()) {
      assertThat(new BackgroundSync(ws.sync(), Duration.ofMinutes(1)).runOnce().phase())
          .isEqualTo(BackgroundSync.Phase.NOT_ENROLLED);
    }
  }
}

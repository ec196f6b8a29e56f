package org.yiping.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.Workspace;
import org.yiping.sync.SyncFixture;

/**
 * The README's screenshot of 数据同步 on an enrolled laptop against a real centre on 127.0.0.1: signed in to the
 * centre (kept), synced in the background (status bar), with one person filed on two laptops waiting to be merged.
 * Synthetic data only; run with the screenshots profile under Xvfb (see {@link ScreenshotTour}).
 */
@Tag("screenshots")
class SyncScreenshotTour extends CaseUiTest {
  @TempDir Path dir;

  @Test
  void enrolledLaptopWithADuplicateToMerge(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("yiping.screenshotDir", "target/screenshots"));
    Files.createDirectories(out);
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      String idNumber = f.idNumber();
      UUID first = a.newElder("王桂英", idNumber, SyncFixture.TIANSHAN_VILLAGE);
      a.setPhone(first, "13900000001");
      a.sync();
      b.newElder("张秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      UUID second = b.newElder("王桂英", idNumber, SyncFixture.TIANSHAN_VILLAGE);
      b.setPhone(second, "13900000002");
      b.setNotes(second, "右腿不便，需扶手");
      b.sync();

      ws = b.user();
      show(robot, w -> new MainView(b.app, background, w, () -> { }).root());
      waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#statusOnline").startsWith("已与中心同步"));
      robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT8).release(KeyCode.DIGIT8).release(KeyCode.CONTROL);
      waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#syncInfoSession").startsWith("已登录"));
      waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#syncConflicts").queryAs(ListView.class).getItems()
          .size() > 0);
      robot.interact(() -> robot.lookup("#syncConflicts").queryAs(ListView.class).getSelectionModel().select(0));
      waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#syncLocal-phone").tryQuery().isPresent());
      fire(robot, "#syncLocal-phone");
      // Scrolled to the conflict queue, the part this shot is about.
      robot.interact(() -> robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
      shot(out.resolve("sync-merge.png"));
      signOut();
    }
  }

  private static void shot(Path file) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(700);
    WaitForAsyncUtils.waitForFxEvents();
    Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("import failed: run under xvfb-run with imagemagick installed");
    }
  }
}

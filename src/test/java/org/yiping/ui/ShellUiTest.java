package org.yiping.ui;

import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.yiping.app.AppContext;

/** Base of the tests that drive the whole window: a stage, a background executor, and a clean shutdown. */
@ExtendWith(ApplicationExtension.class)
abstract class ShellUiTest {
  protected Background background;
  protected Stage stage;
  protected Shell shell;

  @BeforeEach
  void prepareWindow() throws Exception {
    // TestFX looks for @Start only in the test class itself, so the base class takes the primary stage directly.
    stage = FxToolkit.registerPrimaryStage();
    background = new Background();
  }

  @AfterEach
  void closeWindow() throws Exception {
    if (shell != null) {
      FxToolkit.setupFixture(() -> shell.close());
    }
    background.close();
  }

  /**
   * Clicks a control right after the screen changed. TestFX looks nodes up from the test thread while the FX thread
   * may still be swapping screens, and then fails inside its own visibility check (a node whose scene is null);
   * this waits for the FX thread to settle and tries again.
   */
  protected org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
      try {
        return robot.clickOn(query);
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw last;
  }

  /** Shows the real window content for {@code app}: setup or sign-in, as on a real start. */
  protected void open(FxRobot robot, AppContext app, Duration idle) {
    robot.interact(() -> shell = UiTestSupport.show(stage, app, background, idle));
  }
}

package org.yiping.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.Workspace;
import org.yiping.testdata.AssessmentWorld;

/**
 * Base of the tests of the case screens (home adaptation, family beds, care visits): a store with the cast of
 * {@link AssessmentWorld}, one signed-in workspace at a time with the real services, and the view under test alone
 * in the TestFX stage (the shell's navigation is wired elsewhere).
 */
@ExtendWith(ApplicationExtension.class)
abstract class CaseUiTest {
  protected Stage stage;
  protected Background background;
  protected AssessmentWorld world;
  protected Workspace ws;

  @BeforeEach
  void prepareStage() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    background = new Background();
  }

  @AfterEach
  void closeAll() throws Exception {
    FxToolkit.setupFixture(() -> {
      if (stage.getScene() != null) {
        stage.getScene().setRoot(new StackPane());
      }
    });
    signOut();
    background.close();
    if (world != null) {
      world.close();
    }
  }

  /** Signs {@code user} in (the previous user first out), as the window would after the sign-in screen. */
  protected Workspace signIn(String user, String password) throws Exception {
    signOut();
    ws = world.signIn(user, password);
    return ws;
  }

  /** Closes the workspace once the background work already queued for it has finished. */
  protected void signOut() throws Exception {
    if (ws != null) {
      drain();
      ws.close();
      ws = null;
    }
  }

  /**
   * Waits until the background pool has finished what was queued: two tasks that can only finish together mean
   * both threads are free, and the queue is first in, first out.
   */
  protected void drain() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    CountDownLatch both = new CountDownLatch(2);
    CountDownLatch done = new CountDownLatch(2);
    for (int i = 0; i < 2; i++) {
      background.run(() -> {
        both.countDown();
        return both.await(20, TimeUnit.SECONDS);
      }, ok -> done.countDown(), e -> done.countDown());
    }
    if (!done.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("background work did not finish");
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Shows {@code view} for the signed-in workspace in a 1280×800 window styled like the app. */
  protected void show(FxRobot robot, Function<Workspace, Parent> view) {
    robot.interact(() -> {
      App.loadFonts();
      Parent root = view.apply(ws);
      if (stage.getScene() == null) {
        Scene scene = new Scene(root, 1280, 800);
        App.style(scene);
        stage.setScene(scene);
      } else {
        stage.getScene().setRoot(root);
      }
      stage.show();
    });
  }

  /** A labelled control's text read on the FX thread ("" while absent), for waiting on it. */
  protected static String textOf(FxRobot robot, String query) {
    return UiTestSupport.textOf(robot, query);
  }

  /** Whether the control is there and enabled, read on the FX thread. */
  protected static boolean enabled(FxRobot robot, String query) {
    AtomicReference<Boolean> on = new AtomicReference<>(false);
    robot.interact(() -> robot.lookup(query).tryQuery().ifPresent(n -> on.set(!n.isDisabled())));
    return on.get();
  }

  protected static boolean hasStyle(FxRobot robot, String query, String styleClass) {
    AtomicReference<Boolean> on = new AtomicReference<>(false);
    robot.interact(() -> robot.lookup(query).tryQuery().ifPresent(n -> on.set(n.getStyleClass()
        .contains(styleClass))));
    return on.get();
  }

  /** Fires a button that opens a modal dialog without waiting for the dialog to close, and waits for it. */
  protected static void openDialog(FxRobot robot, String button, String dialogField) throws Exception {
    Button b = robot.lookup(button).queryButton();
    Platform.runLater(b::fire);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(dialogField).tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Whether {@code query} has the keyboard focus in its window (the window itself may not be focused headless). */
  protected static boolean focusOwner(FxRobot robot, String query) {
    AtomicReference<Boolean> on = new AtomicReference<>(false);
    robot.interact(() -> robot.lookup(query).tryQuery().ifPresent(n -> on.set(n.getScene() != null
        && n.getScene().getFocusOwner() == n)));
    return on.get();
  }

  /** Presses the OK button of the dialog with the pane id {@code dialog}. */
  protected static void ok(FxRobot robot, String dialog) {
    robot.interact(() -> {
      DialogPane pane = robot.lookup(dialog).queryAs(DialogPane.class);
      pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
          .map(t -> (Button) pane.lookupButton(t)).orElseThrow().fire();
    });
  }

  /**
   * Types {@code text} over a field's text as a user would: the field is focused (a case page scrolls it into view),
   * clicked (which also gives its window the keyboard, a dialog's included), its text selected and typed over.
   */
  protected static void type(FxRobot robot, String field, String text) {
    robot.interact(() -> robot.lookup(field).queryAs(TextInputControl.class).requestFocus());
    WaitForAsyncUtils.waitForFxEvents();
    click(robot, field);
    robot.interact(() -> robot.lookup(field).queryAs(TextInputControl.class).selectAll());
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Clicks a control after the FX thread settled, again if the screen was still being swapped. */
  protected static void click(FxRobot robot, String query) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      WaitForAsyncUtils.waitForFxEvents();
      try {
        robot.clickOn(query);
        return;
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw last;
  }

  /** Fires a control as the keyboard would (Space on a focused button or check box). */
  protected static void fire(FxRobot robot, String query) {
    robot.interact(() -> {
      Node n = robot.lookup(query).query();
      if (n instanceof javafx.scene.control.ButtonBase b) {
        b.fire();
      } else {
        throw new IllegalArgumentException(query + " is not a button");
      }
    });
  }
}

package org.yiping.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.yiping.app.AppContext;
import org.yiping.core.i18n.Messages;
import org.yiping.security.KdfParams;

/** Builds the real window content on a temporary data folder, with a cheap key derivation so tests stay quick. */
public final class UiTestSupport {
  private UiTestSupport() {}

  public static AppContext context(Path dataDir) {
    return new AppContext(dataDir, Clock.systemDefaultZone(), Messages.CHINESE, KdfParams.FAST_FOR_TESTS);
  }

  public static Shell show(Stage stage, AppContext app, Background background, Duration idle) {
    App.loadFonts();
    Shell shell = new Shell(app, background, idle, app.vault().isInitialized());
    Scene scene = new Scene(shell.root(), 1280, 800);
    App.style(scene);
    shell.attach(scene);
    stage.setScene(scene);
    stage.show();
    return shell;
  }

  /**
   * The text of a label, button or field, read on the FX thread; "" while the screen is being rebuilt and the node is
   * not there. For waiting on what the user would read.
   */
  public static String textOf(org.testfx.api.FxRobot robot, String query) {
    java.util.concurrent.atomic.AtomicReference<String> text = new java.util.concurrent.atomic.AtomicReference<>("");
    robot.interact(() -> robot.lookup(query).tryQuery().ifPresent(n -> text.set(
        n instanceof javafx.scene.control.Labeled l ? l.getText()
            : n instanceof javafx.scene.control.TextInputControl t ? t.getText() : String.valueOf(n))));
    return text.get();
  }

  /** An orange JPEG photo of {@code width} × {@code height} written to {@code dir}, as a camera would leave one. */
  public static Path jpeg(Path dir, String name, int width, int height) throws java.io.IOException {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(java.awt.Color.ORANGE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    Path f = dir.resolve(name);
    javax.imageio.ImageIO.write(img, "jpg", f.toFile());
    return f;
  }

  /** Signs on the open signing pad with the mouse in two strokes (a pen or a finger arrives the same way). */
  public static void drawSignature(org.testfx.api.FxRobot robot) {
    javafx.scene.Node pad = robot.lookup("#signaturePad").query();
    robot.moveTo(pad).moveBy(-150, 0).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(60, -30).moveBy(60, 40)
        .moveBy(80, -20).release(javafx.scene.input.MouseButton.PRIMARY);
    robot.moveBy(-100, 30).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(90, 5)
        .release(javafx.scene.input.MouseButton.PRIMARY);
  }
}

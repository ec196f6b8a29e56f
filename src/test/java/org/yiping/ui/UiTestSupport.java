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
}

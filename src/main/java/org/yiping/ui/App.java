package org.yiping.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.yiping.app.AppContext;
import org.yiping.app.AppPaths;

/** The JavaFX application: lifecycle only. Wiring is in {@link AppContext}, screens in {@link Shell}. */
public final class App extends Application {
  private AppContext context;
  private Background background;
  private Shell shell;
  private boolean initialized;

  @Override
  public void init() {
    // Runs on the launcher thread, before the window: fonts and the composition root, nothing that needs a password.
    // Two independent jobs of a few hundred milliseconds each: the fonts here, the composition root beside them.
    java.util.concurrent.CompletableFuture<AppContext> wiring = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> AppContext.forDataDir(AppPaths.defaultDataDir()));
    loadFonts();
    context = wiring.join();
    // JavaFX's own texts (dialog buttons 确定/取消, date pickers) follow the JVM's locale: make it the user's.
    java.util.Locale.setDefault(context.messages().locale());
    background = new Background();
    initialized = context.vault().isInitialized();
  }

  /** Loads the bundled Noto Sans SC faces; a bare machine has no Chinese font and would show boxes. */
  public static void loadFonts() {
    for (String face : new String[] {"/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf"}) {
      try (InputStream in = App.class.getResourceAsStream(face)) {
        if (in == null || Font.loadFont(in, 14) == null) {
          throw new IllegalStateException("font not loadable: " + face);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** The theme and the app stylesheet, for the window and for tests that build screens alone. */
  public static void style(Scene scene) {
    // The binary form of the theme: JavaFX loads it without parsing 170 KB of CSS at every start.
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    scene.getStylesheets().add(App.class.getResource("/org/yiping/ui/app.css").toExternalForm());
  }

  @Override
  public void start(Stage stage) {
    shell = new Shell(context, background, null, initialized);
    Scene scene = new Scene(shell.root(), 1280, 800);
    style(scene);
    stage.setTitle(context.messages().get("app.title"));
    stage.setMinWidth(960);
    stage.setMinHeight(640);
    stage.setScene(scene);
    shell.attach(scene);
    stage.show();
    StartupTimer.windowShown(initialized ? "sign-in window" : "setup window");
    // Now that the window is up, boot the rest in the background while the user types.
    javafx.application.Platform.runLater(context::startWarmUp);
  }

  @Override
  public void stop() {
    if (shell != null) {
      shell.close();
    }
    background.close();
    context.close();
  }

}

package org.yiping.ui;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditAction;
import org.yiping.security.ui.ChangePasswordView;
import org.yiping.security.ui.SetupView;
import org.yiping.security.ui.SignInView;

/**
 * The window's content: setup on first run, then sign-in, then the main window, with the idle lock laid over it.
 * Owns the signed-in {@link Workspace} and closes it at sign-out.
 */
public final class Shell {
  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

  private final AppContext app;
  private final Background background;
  private final Duration idleOverride;
  private final StackPane root = new StackPane();
  private Workspace workspace;
  private MainView main;
  private IdleLock idleLock;
  private Scene scene;
  private long signInPressed;

  /**
   * {@code idleOverride}: the idle time to use instead of the stored setting (tests), or null. {@code initialized}:
   * whether setup was done, read off the FX thread by the caller ({@link org.yiping.security.Vault#isInitialized}).
   */
  public Shell(AppContext app, Background background, Duration idleOverride, boolean initialized) {
    this.app = app;
    this.background = background;
    this.idleOverride = idleOverride;
    root.getStyleClass().add("shell");
    if (initialized) {
      showSignIn();
    } else {
      showSetup();
    }
  }

  public Parent root() {
    return root;
  }

  /** Connects the idle lock to the scene's input events; call once the scene exists. */
  public void attach(Scene scene) {
    this.scene = scene;
  }

  private void show(Node node) {
    root.getChildren().setAll(node);
  }

  void showSetup() {
    show(new SetupView(app, background, this::signedIn).root());
  }

  void showSignIn() {
    show(new SignInView(app, background, this::signedIn, () -> signInPressed = System.nanoTime()).root());
  }

  private void signedIn(Workspace ws) {
    this.workspace = ws;
    if (ws.mustChangePassword()) {
      show(new ChangePasswordView(app, background, ws, true, () -> showMain()).root());
    } else {
      showMain();
    }
  }

  private void showMain() {
    main = new MainView(app, background, workspace, this::signOut);
    show(main.root());
    if (signInPressed != 0) {
      StartupTimer.since("main window", signInPressed);
      signInPressed = 0;
    }
    Duration idle = idleOverride != null ? idleOverride : workspace.idleLockTimeout(DEFAULT_IDLE);
    idleLock = new IdleLock(app, background, workspace, root, main.root(), idle, this::signOut);
    if (scene != null) {
      idleLock.watch(scene);
    } else {
      root.sceneProperty().addListener((o, a, s) -> {
        if (s != null && idleLock != null) {
          idleLock.watch(s);
        }
      });
      if (root.getScene() != null) {
        idleLock.watch(root.getScene());
      }
    }
  }

  void signOut() {
    Workspace ws = workspace;
    stopIdleLock();
    if (main != null) {
      main.stop();
    }
    workspace = null;
    main = null;
    showSignIn();
    if (ws != null) {
      // In order: answers still being saved land before the store closes.
      background.runInOrder(() -> {
        ws.audit().record(AuditAction.SIGN_OUT);
        ws.close();
        return null;
      }, x -> { }, Ui::logQuietly);
    }
  }

  private void stopIdleLock() {
    if (idleLock != null) {
      idleLock.stop();
      idleLock = null;
    }
  }

  /** Closes the store at exit. */
  public void close() {
    stopIdleLock();
    if (main != null) {
      main.stop();
      main = null;
    }
    if (workspace != null) {
      background.awaitInOrder(java.time.Duration.ofSeconds(5)); // answers still being saved land first
      workspace.audit().record(AuditAction.SIGN_OUT);
      workspace.close();
      workspace = null;
    }
  }
}

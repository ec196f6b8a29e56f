package org.yiping.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditAction;
import org.yiping.core.i18n.Messages;

/**
 * Locks the window after a quiet spell. The main view stays underneath, untouched and disabled, so whatever was on
 * screen (a half-filled form included) is there again after the same user types their password.
 */
final class IdleLock {
  private final AppContext app;
  private final Background background;
  private final Workspace workspace;
  private final StackPane layer;
  private final Node content;
  private final PauseTransition timer;
  private final Runnable signOutAction;
  private final EventHandler<Event> activity = e -> restart();
  private Scene scene;
  private Node overlay;

  IdleLock(AppContext app, Background background, Workspace workspace, StackPane layer, Node content,
      Duration idle, Runnable signOutAction) {
    this.app = app;
    this.signOutAction = signOutAction;
    this.background = background;
    this.workspace = workspace;
    this.layer = layer;
    this.content = content;
    this.timer = new PauseTransition(javafx.util.Duration.millis(idle.toMillis()));
    this.timer.setOnFinished(e -> lock());
  }

  void watch(Scene s) {
    if (scene != null) {
      return;
    }
    this.scene = s;
    s.addEventFilter(KeyEvent.ANY, activity);
    s.addEventFilter(MouseEvent.ANY, activity);
    s.addEventFilter(ScrollEvent.ANY, activity);
    timer.playFromStart();
  }

  private void restart() {
    if (overlay == null) {
      timer.playFromStart();
    }
  }

  void lock() {
    if (overlay != null) {
      return;
    }
    timer.stop();
    Messages m = app.messages();
    content.setDisable(true);
    PasswordField password = new PasswordField();
    password.setId("unlockPassword");
    password.setPromptText(m.get("lock.password"));
    password.setMaxWidth(280);
    Label error = Ui.errorLabel();
    error.setId("unlockError");
    Button unlock = new Button(m.get("lock.unlock"));
    unlock.setId("unlockButton");
    unlock.setDefaultButton(true);
    Button signOut = new Button(m.get("lock.signOut"));
    signOut.setId("lockSignOut");
    Label who = new Label(m.get("lock.who", workspace.session().displayName(), workspace.session().username()));
    VBox box = new VBox(14, Ui.heading(m.get("lock.title")), who, password, error, unlock, signOut);
    box.setAlignment(Pos.CENTER);
    StackPane cover = new StackPane(box);
    cover.setId("lockOverlay");
    cover.getStyleClass().add("lock-overlay");
    overlay = cover;
    layer.getChildren().add(cover);
    password.requestFocus();
    background.run(() -> {
      workspace.audit().record(AuditAction.LOCK);
      return null;
    }, x -> { }, Ui::logQuietly);
    unlock.setOnAction(e -> {
      char[] typed = password.getText().toCharArray();
      unlock.setDisable(true);
      String user = workspace.session().username();
      background.run(() -> app.vault().verifyPassword(user, typed), ok -> {
        unlock.setDisable(false);
        if (ok) {
          unlockNow();
          background.run(() -> {
            workspace.audit().record(AuditAction.UNLOCK);
            return null;
          }, x -> { }, Ui::logQuietly);
        } else {
          password.clear();
          error.setText(m.get("lock.wrongPassword"));
          background.run(() -> {
            workspace.audit().record(AuditAction.UNLOCK_FAILED);
            return null;
          }, x -> { }, Ui::logQuietly);
        }
      }, ex -> {
        unlock.setDisable(false);
        error.setText(Ui.describe(ex, m));
      });
    });
    signOut.setOnAction(e -> signOutAction.run());
  }

  private void unlockNow() {
    layer.getChildren().remove(overlay);
    overlay = null;
    content.setDisable(false);
    timer.playFromStart();
  }

  void stop() {
    timer.stop();
    if (scene != null) {
      scene.removeEventFilter(KeyEvent.ANY, activity);
      scene.removeEventFilter(MouseEvent.ANY, activity);
      scene.removeEventFilter(ScrollEvent.ANY, activity);
    }
    if (overlay != null) {
      layer.getChildren().remove(overlay);
      overlay = null;
    }
  }
}

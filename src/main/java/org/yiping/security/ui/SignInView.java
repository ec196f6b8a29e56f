package org.yiping.security.ui;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/** Sign-in: user name and password; the store opens on a background thread. */
public final class SignInView {
  private static final org.slf4j.Logger TIMING = org.slf4j.LoggerFactory.getLogger("org.yiping.timing");
  private final StackPane root = new StackPane();

  /** {@code onPressed}: told when sign-in starts (for the timing log). */
  public SignInView(AppContext app, Background background, Consumer<Workspace> onSignedIn, Runnable onPressed) {
    Messages m = app.messages();
    TextField username = new TextField();
    username.setId("signInUsername");
    PasswordField password = new PasswordField();
    password.setId("signInPassword");
    Label error = Ui.errorLabel();
    error.setId("signInError");
    Button signIn = new Button(m.get("signin.button"));
    signIn.setId("signInButton");
    signIn.setDefaultButton(true);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setMaxSize(28, 28);
    busy.setVisible(false);

    GridPane grid = Ui.formGrid();
    grid.addRow(0, Ui.labelFor(m.get("signin.username"), username), username);
    grid.addRow(1, Ui.labelFor(m.get("signin.password"), password), password);
    root.getChildren().add(Ui.centered(Ui.heading(m.get("app.title")), grid, error, signIn, busy));

    signIn.setOnAction(e -> {
      error.setText("");
      if (username.getText().isBlank()) {
        error.setText(m.get("signin.problem.noUser"));
        username.requestFocus();
        return;
      }
      char[] pw = password.getText().toCharArray();
      String user = username.getText();
      onPressed.run();
      signIn.setDisable(true);
      busy.setVisible(true);
      // In order: a sign-in right after a sign-out waits until the previous session's store has closed.
      background.runInOrder(() -> {
        long t0 = System.nanoTime();
        org.yiping.security.Unlocked unlocked = app.vault().signIn(user, pw);
        long t1 = System.nanoTime();
        Workspace ws = app.open(unlocked);
        TIMING.info("store opened in {} ms, workspace in {} ms", (t1 - t0) / 1_000_000,
            (System.nanoTime() - t1) / 1_000_000);
        return ws;
      }, ws -> {
        busy.setVisible(false);
        onSignedIn.accept(ws);
      }, ex -> {
        busy.setVisible(false);
        signIn.setDisable(false);
        password.clear();
        password.requestFocus();
        error.setText(Ui.describe(ex, m));
      });
    });
    javafx.application.Platform.runLater(username::requestFocus);
  }

  public Parent root() {
    return root;
  }
}

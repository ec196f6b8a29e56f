package org.yiping.security.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.security.PasswordPolicy;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/** Changing one's own password; required after an admin created the account or reset it. */
public final class ChangePasswordView {
  private final StackPane root = new StackPane();

  public ChangePasswordView(AppContext app, Background background, Workspace ws, boolean required, Runnable onDone) {
    Messages m = app.messages();
    PasswordField current = new PasswordField();
    current.setId("currentPassword");
    PasswordField next = new PasswordField();
    next.setId("newPassword");
    PasswordField confirm = new PasswordField();
    confirm.setId("confirmPassword");
    Label error = Ui.errorLabel();
    error.setId("changePasswordError");
    Button save = new Button(m.get("password.change"));
    save.setId("changePasswordButton");
    save.setDefaultButton(true);
    Label rule = new Label(m.get("password.rule", PasswordPolicy.MIN_LENGTH));
    rule.getStyleClass().add("form-hint");
    GridPane grid = Ui.formGrid();
    grid.addRow(0, Ui.labelFor(m.get("password.current"), current), current);
    grid.addRow(1, Ui.labelFor(m.get("password.new"), next), next);
    grid.addRow(2, Ui.labelFor(m.get("password.confirm"), confirm), confirm);
    Label intro = new Label(m.get(required ? "password.mustChange" : "password.changeIntro"));
    intro.setWrapText(true);
    root.getChildren().add(Ui.centered(Ui.heading(m.get("password.title")), intro, grid, rule, error, save));
    save.setOnAction(e -> {
      error.setText("");
      if (!next.getText().equals(confirm.getText())) {
        error.setText(m.get("setup.mismatch"));
        return;
      }
      char[] cur = current.getText().toCharArray();
      char[] nw = next.getText().toCharArray();
      save.setDisable(true);
      background.run(() -> {
        ws.accounts().changeOwnPassword(app.vault(), cur, nw);
        return null;
      }, x -> onDone.run(), ex -> {
        save.setDisable(false);
        error.setText(Ui.describe(ex, m));
      });
    });
    javafx.application.Platform.runLater(current::requestFocus);
  }

  public Parent root() {
    return root;
  }
}

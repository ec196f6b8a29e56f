package org.yiping.security.ui;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.security.NewUser;
import org.yiping.security.PasswordPolicy;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/** First run: creates the encrypted store and its first admin. */
public final class SetupView {
  private final StackPane root = new StackPane();

  public SetupView(AppContext app, Background background, Consumer<Workspace> onDone) {
    Messages m = app.messages();
    TextField username = new TextField();
    username.setId("setupUsername");
    TextField displayName = new TextField();
    displayName.setId("setupDisplayName");
    PasswordField password = new PasswordField();
    password.setId("setupPassword");
    PasswordField confirm = new PasswordField();
    confirm.setId("setupConfirm");
    Label rule = new Label(m.get("password.rule", PasswordPolicy.MIN_LENGTH));
    rule.getStyleClass().add("form-hint");
    rule.setWrapText(true);
    Label error = Ui.errorLabel();
    error.setId("setupError");
    Button create = new Button(m.get("setup.create"));
    create.setId("setupCreate");
    create.setDefaultButton(true);

    GridPane grid = Ui.formGrid();
    grid.addRow(0, Ui.labelFor(m.get("setup.username"), username), username);
    grid.addRow(1, Ui.labelFor(m.get("setup.displayName"), displayName), displayName);
    grid.addRow(2, Ui.labelFor(m.get("setup.password"), password), password);
    grid.addRow(3, Ui.labelFor(m.get("setup.confirm"), confirm), confirm);
    Label intro = new Label(m.get("setup.intro", app.dataDir().toAbsolutePath().toString()));
    intro.setWrapText(true);
    root.getChildren().add(Ui.centered(Ui.heading(m.get("setup.title")), intro, grid, rule, error, create));

    create.setOnAction(e -> {
      error.setText("");
      if (!password.getText().equals(confirm.getText())) {
        error.setText(m.get("setup.mismatch"));
        return;
      }
      NewUser admin = NewUser.admin(username.getText(), displayName.getText());
      char[] pw = password.getText().toCharArray();
      try {
        PasswordPolicy.check(admin.username(), pw);
      } catch (UserFacingException ex) {
        error.setText(ex.render(m));
        return;
      }
      create.setDisable(true);
      background.run(() -> app.open(app.vault().setup(admin, pw)), onDone, ex -> {
        create.setDisable(false);
        error.setText(Ui.describe(ex, m));
      });
    });
    javafx.application.Platform.runLater(username::requestFocus);
  }

  public Parent root() {
    return root;
  }
}

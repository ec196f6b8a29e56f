package org.yiping.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.audit.ChainCheck;
import org.yiping.core.i18n.Messages;
import org.yiping.security.NewUser;
import org.yiping.security.Role;
import org.yiping.security.UserRecord;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/** 系统管理 (admin only): users, the audit log with its integrity check, and the idle-lock setting. */
public final class AdminView {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());
  private static final int AUDIT_PAGE = 200;

  private final TabPane root = new TabPane();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final TableView<UserRecord> users = new TableView<>();
  private final TableView<AuditRecord> audit = new TableView<>();
  private final Label message = Ui.errorLabel();

  public AdminView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    Tab usersTab = new Tab(m.get("admin.users"), usersPane());
    usersTab.setId("tabUsers");
    Tab auditTab = new Tab(m.get("admin.audit"), auditPane());
    auditTab.setId("tabAudit");
    Tab settingsTab = new Tab(m.get("admin.settings"), settingsPane());
    settingsTab.setId("tabSettings");
    root.getTabs().addAll(usersTab, auditTab, settingsTab);
    root.getTabs().forEach(t -> t.setClosable(false));
    root.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
      if (t == auditTab) {
        loadAudit();
      }
    });
    loadUsers();
  }

  private BorderPane usersPane() {
    users.setId("userTable");
    users.getColumns().add(col(m.get("admin.user.username"), UserRecord::username));
    users.getColumns().add(col(m.get("admin.user.displayName"), UserRecord::displayName));
    users.getColumns().add(col(m.get("admin.user.role"), u -> m.get("role." + u.role().name())));
    users.getColumns().add(col(m.get("admin.user.certificate"),
        u -> u.certificateNumber() == null ? "" : u.certificateNumber()
            + (u.certificateExpiry() == null ? "" : " (" + u.certificateExpiry() + ")")));
    users.getColumns().add(col(m.get("admin.user.state"),
        u -> m.get(u.disabled() ? "admin.user.disabled" : "admin.user.active")));
    users.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    Button create = new Button(m.get("admin.user.create"));
    create.setId("createUser");
    create.setOnAction(e -> createUser());
    Button disable = new Button(m.get("admin.user.disable"));
    disable.setId("disableUser");
    disable.setOnAction(e -> selectedUser().ifPresent(u -> act(() -> ws.accounts().disable(u.id()))));
    Button enable = new Button(m.get("admin.user.enable"));
    enable.setId("enableUser");
    enable.setOnAction(e -> selectedUser().ifPresent(u -> askPassword(m.get("admin.user.enable"))
        .ifPresent(pw -> act(() -> ws.accounts().enable(u.id(), pw)))));
    Button reset = new Button(m.get("admin.user.reset"));
    reset.setId("resetPassword");
    reset.setOnAction(e -> selectedUser().ifPresent(u -> askPassword(m.get("admin.user.reset"))
        .ifPresent(pw -> act(() -> ws.accounts().resetPassword(u.id(), pw)))));
    HBox buttons = new HBox(8, create, disable, enable, reset);
    message.setId("adminMessage");
    BorderPane pane = new BorderPane(users, new VBox(8, Ui.heading(m.get("admin.users")), buttons, message), null,
        null, null);
    pane.getStyleClass().add("page");
    return pane;
  }

  private Optional<UserRecord> selectedUser() {
    UserRecord u = users.getSelectionModel().getSelectedItem();
    if (u == null) {
      message.setText(m.get("admin.user.select"));
    }
    return Optional.ofNullable(u);
  }

  private void act(java.util.concurrent.Callable<UserRecord> action) {
    message.setText("");
    background.run(action, u -> loadUsers(), e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void loadUsers() {
    background.run(() -> ws.accounts().list(), list -> users.getItems().setAll(list),
        e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private Optional<char[]> askPassword(String title) {
    Dialog<char[]> d = new Dialog<>();
    d.setTitle(title);
    d.initOwner(root.getScene().getWindow());
    PasswordField pw = new PasswordField();
    pw.setId("dialogPassword");
    Label rule = new Label(m.get("password.rule", org.yiping.security.PasswordPolicy.MIN_LENGTH));
    d.getDialogPane().setContent(new VBox(8, new Label(m.get("admin.user.tempPassword")), pw, rule));
    d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    d.setResultConverter(b -> b == ButtonType.OK ? pw.getText().toCharArray() : null);
    javafx.application.Platform.runLater(pw::requestFocus);
    return d.showAndWait();
  }

  private void createUser() {
    Dialog<ButtonType> d = new Dialog<>();
    d.setTitle(m.get("admin.user.create"));
    d.initOwner(root.getScene().getWindow());
    TextField username = new TextField();
    username.setId("newUsername");
    TextField displayName = new TextField();
    displayName.setId("newDisplayName");
    ComboBox<Role> role = new ComboBox<>();
    role.setId("newRole");
    role.getItems().addAll(Role.values());
    role.setValue(Role.ASSESSOR);
    role.setConverter(Ui.converter(r -> m.get("role." + r.name())));
    TextField certificate = new TextField();
    certificate.setId("newCertificate");
    DatePicker expiry = new DatePicker();
    expiry.setId("newCertificateExpiry");
    PasswordField pw = new PasswordField();
    pw.setId("newPassword");
    Label error = Ui.errorLabel();
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("admin.user.username"), username), username);
    g.addRow(1, Ui.labelFor(m.get("admin.user.displayName"), displayName), displayName);
    g.addRow(2, Ui.labelFor(m.get("admin.user.role"), role), role);
    g.addRow(3, Ui.labelFor(m.get("admin.user.certificateNumber"), certificate), certificate);
    g.addRow(4, Ui.labelFor(m.get("admin.user.certificateExpiry"), expiry), expiry);
    g.addRow(5, Ui.labelFor(m.get("admin.user.tempPassword"), pw), pw);
    d.getDialogPane().setContent(new VBox(8, g, error));
    ButtonType ok = new ButtonType(m.get("admin.user.create"), ButtonBar.ButtonData.OK_DONE);
    d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
    // Validation runs in the service; keep the dialog open and show the reason until it succeeds.
    Button okButton = (Button) d.getDialogPane().lookupButton(ok);
    okButton.addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
      ev.consume();
      NewUser spec = new NewUser(username.getText(), displayName.getText(), role.getValue(), certificate.getText(),
          expiry.getValue(), null);
      char[] password = pw.getText().toCharArray();
      okButton.setDisable(true);
      background.run(() -> ws.accounts().create(spec, password), u -> {
        d.setResult(ButtonType.OK);
        d.close();
        loadUsers();
      }, ex -> {
        okButton.setDisable(false);
        error.setText(Ui.describe(ex, m));
      });
    });
    d.showAndWait();
  }

  private BorderPane auditPane() {
    audit.setId("auditTable");
    audit.getColumns().add(colA(m.get("admin.audit.seq"), a -> Long.toString(a.seq())));
    audit.getColumns().add(colA(m.get("admin.audit.time"), a -> TIME.format(a.at())));
    audit.getColumns().add(colA(m.get("admin.audit.user"), AuditRecord::username));
    audit.getColumns().add(colA(m.get("admin.audit.action"), a -> m.get("audit.action." + a.action())));
    audit.getColumns().add(colA(m.get("admin.audit.target"),
        a -> a.targetType() == null ? "" : a.targetType() + " " + a.targetId()));
    audit.getColumns().add(colA(m.get("admin.audit.detail"), a -> a.detail() == null ? "" : a.detail()));
    audit.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    Label result = new Label();
    result.setId("auditCheckResult");
    Button verify = new Button(m.get("admin.audit.verify"));
    verify.setId("verifyAudit");
    verify.setOnAction(e -> {
      verify.setDisable(true);
      background.run(() -> ws.audit().verify(), (ChainCheck c) -> {
        verify.setDisable(false);
        result.setText(c.intact() ? m.get("admin.audit.intact", c.entriesChecked())
            : m.get("admin.audit.broken", c.firstBadSeq(), m.get("audit.problem." + c.problem().name())));
      }, ex -> {
        verify.setDisable(false);
        result.setText(Ui.describe(ex, m));
      });
    });
    HBox bar = new HBox(10, verify, result);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label hint = new Label(m.get("admin.audit.hint", AUDIT_PAGE));
    hint.getStyleClass().add("form-hint");
    BorderPane pane = new BorderPane(audit, new VBox(8, Ui.heading(m.get("admin.audit")), bar, hint), null, null,
        null);
    pane.getStyleClass().add("page");
    return pane;
  }

  private void loadAudit() {
    background.run(() -> ws.audit().page(0, AUDIT_PAGE), list -> audit.getItems().setAll(list),
        e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private VBox settingsPane() {
    Spinner<Integer> minutes = new Spinner<>(1, 120,
        (int) ws.idleLockTimeout(org.yiping.ui.Shell.DEFAULT_IDLE).toMinutes());
    minutes.setId("idleMinutes");
    minutes.setEditable(true);
    // Results stay valid this many months; 能力完全丧失 may be exempt from routine reassessment (a regional choice).
    Spinner<Integer> validity = new Spinner<>(1, 60, 12);
    validity.setId("validityMonths");
    validity.setEditable(true);
    javafx.scene.control.CheckBox exempt = new javafx.scene.control.CheckBox(m.get("admin.settings.exempt"));
    exempt.setId("exemptCompleteLoss");
    javafx.scene.control.CheckBox pairs = new javafx.scene.control.CheckBox(m.get("admin.settings.secondAssessor"));
    pairs.setId("requireSecondAssessor");
    background.run(() -> new Object[] {ws.assessments().validity(), ws.assessments().secondAssessorRequired()}, v -> {
      var rule = (org.yiping.assessment.visit.AssessmentService.Validity) v[0];
      validity.getValueFactory().setValue(rule.months());
      exempt.setSelected(rule.exemptCompleteLoss());
      pairs.setSelected((Boolean) v[1]);
    }, Ui::logQuietly);
    Label result = Ui.errorLabel();
    Button apply = new Button(m.get("admin.settings.save"));
    apply.setId("saveSettings");
    apply.setOnAction(e -> {
      int idle = minutes.getValue();
      int months = validity.getValue();
      boolean exemptLoss = exempt.isSelected();
      boolean twoAssessors = pairs.isSelected();
      background.run(() -> {
        ws.setIdleLockMinutes(idle);
        ws.assessments().changeValidity(months, exemptLoss);
        ws.assessments().requireSecondAssessor(twoAssessors);
        return null;
      }, x -> result.setText(m.get("admin.settings.saved")), ex -> result.setText(Ui.describe(ex, m)));
    });
    javafx.scene.layout.GridPane grid = Ui.formGrid();
    grid.addRow(0, Ui.labelFor(m.get("admin.settings.idle"), minutes), minutes);
    grid.addRow(1, Ui.labelFor(m.get("admin.settings.validity"), validity), validity);
    grid.add(exempt, 1, 2);
    grid.add(pairs, 1, 3);
    Label dataDir = new Label(m.get("admin.settings.dataDir", app.dataDir().toAbsolutePath().toString()));
    VBox box = new VBox(12, Ui.heading(m.get("admin.settings")), grid, apply, result, dataDir);
    box.getStyleClass().add("page");
    return box;
  }

  private static TableColumn<UserRecord, String> col(String title, Function<UserRecord, String> f) {
    TableColumn<UserRecord, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
    return c;
  }

  private static TableColumn<AuditRecord, String> colA(String title, Function<AuditRecord, String> f) {
    TableColumn<AuditRecord, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
    return c;
  }

  public Parent root() {
    return root;
  }

}

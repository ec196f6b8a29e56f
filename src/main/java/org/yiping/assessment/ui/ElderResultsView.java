package org.yiping.assessment.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.history.DisabilityCategory;
import org.yiping.assessment.history.ExternalResultInput;
import org.yiping.assessment.history.ExternalResultKind;
import org.yiping.assessment.history.ResultRow;
import org.yiping.core.i18n.Messages;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/**
 * An elder's results from every standard side by side, in the elder's file: the latest capability level, LTC grade
 * and disability grade at the top, then every result with its date, validity and state; results other offices decided
 * are entered here from their documents.
 */
public final class ElderResultsView {
  private static final String GBT = "gbt42195-2022";
  private static final String LTC = "ltc-2021";

  private final VBox root = new VBox(8);
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final UUID elderId;
  private final TableView<ResultRow> table = new TableView<>();
  private final Label capability = new Label();
  private final Label ltc = new Label();
  private final Label disability = new Label();
  private final Label message = Ui.errorLabel();

  public ElderResultsView(AppContext app, Background background, Workspace ws, UUID elderId) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    this.elderId = elderId;
    build();
    reload();
  }

  private void build() {
    root.setId("elderResults");
    root.setPadding(new Insets(8, 0, 0, 0));
    capability.setId("latestCapability");
    ltc.setId("latestLtc");
    disability.setId("latestDisability");
    GridPane latest = Ui.formGrid();
    latest.addRow(0, new Label(m.get("results.latest.capability")), capability);
    latest.addRow(1, new Label(m.get("results.latest.ltc")), ltc);
    latest.addRow(2, new Label(m.get("results.latest.disability")), disability);

    table.setId("resultsTable");
    table.setPrefHeight(200);
    table.setPlaceholder(new Label(m.get("results.latest.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("results.col.standard", this::standard, 220));
    table.getColumns().add(column("results.col.level", this::level, 170));
    table.getColumns().add(column("results.col.date", r -> r.decidedOn().toString(), 95));
    table.getColumns().add(column("results.col.validUntil", this::validity, 110));
    table.getColumns().add(column("results.col.state", r -> m.get("results.state." + r.state().name()), 70));
    table.getColumns().add(column("results.col.by", r -> r.decidedBy() == null ? "" : r.decidedBy(), 140));
    table.getColumns().add(column("results.col.number", r -> r.documentNumber() == null ? "" : r.documentNumber(),
        140));
    Button add = new Button(m.get("results.addExternal"));
    add.setId("addExternalResult");
    add.setOnAction(e -> addExternal());
    Button remove = new Button(m.get("results.removeExternal"));
    remove.setId("removeExternalResult");
    remove.setOnAction(e -> removeSelected());
    boolean canEdit = ws.session().may(Permission.EDIT_ELDERS);
    add.setDisable(!canEdit);
    remove.setDisable(!canEdit);
    message.setId("resultsMessage");
    Button summary = new Button(m.get("reports.previewElder"));
    summary.setId("elderSummaryReport");
    summary.setOnAction(e -> org.yiping.ui.ReportPreviews.open(root.getScene().getWindow(), app, background, ws,
        () -> ws.reports().elderSummary(elderId)));
    root.getChildren().addAll(Ui.heading(m.get("results.title")), latest, table, new HBox(8, add, remove, summary),
        message);
  }

  private TableColumn<ResultRow, String> column(String key, Function<ResultRow, String> text, double width) {
    TableColumn<ResultRow, String> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  public Parent root() {
    return root;
  }

  private void reload() {
    LocalDate today = LocalDate.now(app.clock());
    background.run(() -> ws.results().history(elderId, today), this::show, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void show(List<ResultRow> rows) {
    table.getItems().setAll(rows);
    capability.setText(latest(rows, GBT, ExternalResultKind.CAPABILITY_LEVEL));
    ltc.setText(latest(rows, LTC, ExternalResultKind.LTC_GRADE));
    disability.setText(latest(rows, null, ExternalResultKind.DISABILITY_CERTIFICATE));
  }

  /** The newest result of a standard, from us or from another office, with its state when it no longer holds. */
  private String latest(List<ResultRow> rows, String formId, ExternalResultKind kind) {
    return rows.stream()
        .filter(r -> r.standard().equals(formId) || r.standard().equals(kind.name()))
        .filter(r -> r.state() != ResultRow.State.SUPERSEDED)
        .findFirst()
        .map(r -> m.get("results.latest.line", level(r), r.decidedOn(), validity(r),
            r.state() == ResultRow.State.CURRENT ? "" : " · " + m.get("results.state." + r.state().name())))
        .orElse(m.get("results.latest.none"));
  }

  private String standard(ResultRow r) {
    return r.source() == ResultRow.Source.OWN ? m.get("assessment.form." + r.standard())
        : m.get("enum.ExternalResultKind." + r.standard());
  }

  private String level(ResultRow r) {
    if (r.level() == null) {
      return "";
    }
    if (r.source() == ResultRow.Source.OWN) {
      return r.level() + (r.levelName() == null ? "" : " " + r.levelName());
    }
    String grade = m.get("results.grade." + r.standard() + "." + r.level());
    return r.category() == null ? grade : m.get("enum.DisabilityCategory." + r.category().name()) + " " + grade;
  }

  private String validity(ResultRow r) {
    if (r.validUntil() != null) {
      return r.validUntil().toString();
    }
    return m.get(r.source() == ResultRow.Source.OWN ? "results.exempt" : "results.noExpiry");
  }

  private void removeSelected() {
    ResultRow r = table.getSelectionModel().getSelectedItem();
    if (r == null) {
      message.setText(m.get("assessment.home.select"));
      return;
    }
    if (r.source() == ResultRow.Source.OWN) {
      message.setText(m.get("results.ownOnly"));
      return;
    }
    TextInputDialog d = new TextInputDialog();
    d.initOwner(root.getScene().getWindow());
    d.setHeaderText(m.get("results.removeReason"));
    d.getEditor().setId("dialogText");
    d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(reason -> background.run(() -> {
      ws.results().removeExternal(r.id(), reason);
      return null;
    }, x -> reload(), e -> Ui.warn(message, Ui.describe(e, m))));
  }

  /** The dialog stays open until the result is saved, showing what to fix if it is refused. */
  private void addExternal() {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(root.getScene().getWindow());
    d.setTitle(m.get("results.dialogTitle"));
    d.setHeaderText(m.get("results.dialogTitle"));
    d.getDialogPane().setId("externalResultDialog");
    ComboBox<ExternalResultKind> kind = new ComboBox<>();
    kind.setId("externalKind");
    kind.getItems().addAll(ExternalResultKind.values());
    kind.setConverter(Ui.converter(k -> m.get("enum.ExternalResultKind." + k.name())));
    ComboBox<DisabilityCategory> category = new ComboBox<>();
    category.setId("externalCategory");
    category.getItems().addAll(DisabilityCategory.values());
    category.setConverter(Ui.converter(c -> m.get("enum.DisabilityCategory." + c.name())));
    ComboBox<Integer> grade = new ComboBox<>();
    grade.setId("externalGrade");
    kind.valueProperty().addListener((o, a, k) -> {
      grade.getItems().clear();
      category.setDisable(k != ExternalResultKind.DISABILITY_CERTIFICATE);
      if (k != null) {
        for (int g = k.minGrade(); g <= k.maxGrade(); g++) {
          grade.getItems().add(g);
        }
        grade.setConverter(Ui.converter(g -> m.get("results.grade." + k.name() + "." + g)));
      }
    });
    kind.setValue(ExternalResultKind.DISABILITY_CERTIFICATE);
    TextField issuer = new TextField();
    issuer.setId("externalIssuer");
    TextField number = new TextField();
    number.setId("externalNumber");
    DatePicker issued = new DatePicker();
    issued.setId("externalIssuedOn");
    DatePicker until = new DatePicker();
    until.setId("externalValidUntil");
    TextField note = new TextField();
    note.setId("externalNote");
    Label error = Ui.errorLabel();
    error.setId("externalError");
    GridPane g = Ui.formGrid();
    int row = 0;
    g.addRow(row++, Ui.labelFor(m.get("results.kind"), kind), kind);
    g.addRow(row++, Ui.labelFor(m.get("results.category"), category), category);
    g.addRow(row++, Ui.labelFor(m.get("results.grade"), grade), grade);
    g.addRow(row++, Ui.labelFor(m.get("results.issuer"), issuer), issuer);
    g.addRow(row++, Ui.labelFor(m.get("results.number"), number), number);
    g.addRow(row++, Ui.labelFor(m.get("results.issuedOn"), issued), issued);
    g.addRow(row++, Ui.labelFor(m.get("results.validUntil"), until), until);
    g.addRow(row++, Ui.labelFor(m.get("results.note"), note), note);
    d.getDialogPane().setContent(new VBox(8, g, error));
    d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
    ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
      e.consume();
      ExternalResultInput in = new ExternalResultInput(kind.getValue(), category.getValue(),
          Optional.ofNullable(grade.getValue()).orElse(-1), issuer.getText(), number.getText(), org.yiping.ui.FormDialog.dateOf(issued),
          org.yiping.ui.FormDialog.dateOf(until), note.getText());
      ok.setDisable(true);
      background.run(() -> ws.results().addExternal(elderId, in), saved -> {
        d.setResult(ButtonType.OK);
        d.close();
        reload();
      }, ex -> {
        ok.setDisable(false);
        error.setText(Ui.describe(ex, m));
      });
    });
    d.showAndWait();
  }
}

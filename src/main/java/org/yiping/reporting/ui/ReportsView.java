package org.yiping.reporting.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.reporting.BatchResult;
import org.yiping.reporting.Verification;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.FilePicker;
import org.yiping.ui.ReportPreviews;
import org.yiping.ui.TownshipChoice;
import org.yiping.ui.Ui;

/**
 * 报表: check a printed report against the store (type or scan its code), the township's monthly statistics, and
 * every approved assessment of a township and period exported at once, with progress and cancel.
 */
public final class ReportsView {
  private final VBox root = new VBox(18);
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final TextField code = new TextField();
  private final Label verdict = new Label();
  private final ComboBox<String> statsTownship = new ComboBox<>();
  private final ComboBox<YearMonth> month = new ComboBox<>();
  private final ComboBox<String> batchTownship = new ComboBox<>();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final RadioButton oneFile = new RadioButton();
  private final RadioButton perAssessment = new RadioButton();
  private final Label batchCount = new Label();
  private final ProgressBar bar = new ProgressBar(0);
  private final Label batchStatus = new Label();
  private final Button export = new Button();
  private final Button cancel = new Button();
  private final Label message = Ui.errorLabel();
  private AtomicBoolean cancelled;

  public ReportsView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    root.getStyleClass().add("page");
    root.getChildren().addAll(Ui.heading(m.get("nav.reports")), verifySection(), statsSection());
    if (ws.session().may(Permission.PRINT)) {
      root.getChildren().add(batchSection());
    }
    message.setId("reportsMessage");
    root.getChildren().add(message);
    new TownshipChoice(m.get("reports.allTownships"), statsTownship, batchTownship).load(app, background, ws, codes -> {
      statsTownship.setValue(codes.size() == 1 ? codes.get(0) : null);
      batchTownship.setValue(codes.size() == 1 ? codes.get(0) : null);
      refreshCount();
    }, e -> Ui.warn(message, Ui.describe(e, m)));
    // A barcode scanner types the code and presses Enter: the cursor starts where it lands, once the screen shows.
    code.sceneProperty().addListener((o, old, scene) -> {
      if (scene != null) {
        javafx.application.Platform.runLater(code::requestFocus);
      }
    });
  }

  private VBox verifySection() {
    code.setId("verifyCode");
    code.setPromptText(m.get("reports.verify.prompt"));
    code.setPrefColumnCount(48);
    code.setOnAction(e -> verify());
    Button check = new Button(m.get("reports.verify.check"));
    check.setId("verifyButton");
    check.setOnAction(e -> verify());
    verdict.setId("verifyResult");
    verdict.setWrapText(true);
    HBox row = new HBox(8, code, check);
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(8, Ui.heading(m.get("reports.verify.title")), new Label(m.get("reports.verify.hint")), row,
        verdict);
  }

  private void verify() {
    String text = code.getText();
    verdict.setText(m.get("reports.verify.checking"));
    verdict.setStyle("");
    background.run(() -> ws.reports().verify(text), v -> show(v), e -> {
      verdict.setStyle("-fx-text-fill: -color-danger-fg;");
      verdict.setText(Ui.describe(e, m));
    });
  }

  private void show(Verification v) {
    boolean good = v.outcome() == Verification.Outcome.MATCHES;
    verdict.setStyle(good ? "-fx-text-fill: -color-success-fg;" : "-fx-text-fill: -color-danger-fg;");
    // The detail is a code for scripts; the words say what it means.
    verdict.setText(m.get("reports.verify." + v.outcome().name(), ""));
  }

  private VBox statsSection() {
    statsTownship.setId("statsTownship");
    month.setId("statsMonth");
    YearMonth now = YearMonth.now(app.clock());
    for (int i = 0; i < 24; i++) {
      month.getItems().add(now.minusMonths(i));
    }
    month.setValue(now);
    month.setConverter(Ui.converter(ym -> m.get("reports.month", ym.getYear(), ym.getMonthValue())));
    Button preview = new Button(m.get("reports.stats.preview"));
    preview.setId("previewStatistics");
    preview.setOnAction(e -> ReportPreviews.open(root.getScene().getWindow(), app, background, ws,
        () -> ws.reports().monthlyStatistics(statsTownship.getValue(), month.getValue())));
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("reports.township"), statsTownship), statsTownship);
    g.addRow(1, Ui.labelFor(m.get("reports.stats.month"), month), month);
    return new VBox(8, Ui.heading(m.get("reports.stats.title")), g, preview);
  }

  private VBox batchSection() {
    batchTownship.setId("batchTownship");
    from.setId("batchFrom");
    to.setId("batchTo");
    LocalDate today = LocalDate.now(app.clock());
    from.setValue(today.withDayOfMonth(1));
    to.setValue(today);
    batchTownship.valueProperty().addListener((o, a, b) -> refreshCount());
    from.valueProperty().addListener((o, a, b) -> refreshCount());
    to.valueProperty().addListener((o, a, b) -> refreshCount());
    ToggleGroup how = new ToggleGroup();
    oneFile.setText(m.get("reports.batch.oneFile"));
    oneFile.setId("batchOneFile");
    oneFile.setToggleGroup(how);
    perAssessment.setText(m.get("reports.batch.perAssessment"));
    perAssessment.setId("batchPerAssessment");
    perAssessment.setToggleGroup(how);
    oneFile.setSelected(true);
    batchCount.setId("batchCount");
    export.setText(m.get("reports.batch.export"));
    export.setId("batchExport");
    export.setOnAction(e -> startBatch());
    cancel.setText(m.get("reports.batch.cancel"));
    cancel.setId("batchCancel");
    cancel.setDisable(true);
    cancel.setOnAction(e -> {
      if (cancelled != null) {
        cancelled.set(true);
        batchStatus.setText(m.get("reports.batch.cancelling"));
      }
    });
    bar.setId("batchProgress");
    bar.setPrefWidth(360);
    bar.setVisible(false);
    batchStatus.setId("batchStatus");
    batchStatus.setWrapText(true);
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("reports.township"), batchTownship), batchTownship);
    g.addRow(1, Ui.labelFor(m.get("reports.batch.from"), from), new HBox(8, from, new Label("—"), to));
    g.addRow(2, new Label(m.get("reports.batch.how")), new HBox(16, oneFile, perAssessment));
    return new VBox(8, Ui.heading(m.get("reports.batch.title")), g, batchCount, new HBox(8, export, cancel), bar,
        batchStatus);
  }

  private void refreshCount() {
    if (from.getValue() == null || to.getValue() == null) {
      return;
    }
    String township = batchTownship.getValue();
    LocalDate f = from.getValue();
    LocalDate t = to.getValue();
    background.run(() -> ws.reports().batchSize(township, f, t),
        n -> batchCount.setText(m.get("reports.batch.count", n)), e -> batchCount.setText(Ui.describe(e, m)));
  }

  private void startBatch() {
    boolean single = oneFile.isSelected();
    String township = batchTownship.getValue();
    LocalDate f = from.getValue();
    LocalDate t = to.getValue();
    if (f == null || t == null || t.isBefore(f)) {
      batchStatus.setText(m.get("reports.batch.badRange"));
      return;
    }
    // A folder either way: one combined PDF or one PDF per assessment is written into it.
    java.util.Optional<Path> target = FilePicker.folder(root.getScene().getWindow(), m.get("reports.batch.export"));
    target.ifPresent(out -> {
      AtomicBoolean stop = new AtomicBoolean();
      cancelled = stop;
      Task<BatchResult> task = new Task<>() {
        @Override
        protected BatchResult call() {
          return ws.reports().batch(township, f, t, out, single, (done, total) -> {
            updateProgress(done, total);
            updateMessage(m.get("reports.batch.progress", done, total));
          }, stop::get);
        }
      };
      bar.setVisible(true);
      bar.progressProperty().bind(task.progressProperty());
      batchStatus.textProperty().bind(task.messageProperty());
      export.setDisable(true);
      cancel.setDisable(false);
      background.submit(task, r -> {
        String text = m.get(r.cancelled() ? "reports.batch.cancelled" : "reports.batch.done", r.written(), r.total(),
            out.toString());
        for (BatchResult.Refusal refusal : r.refused()) {
          text += "\n" + refusal.problem().render(m);
        }
        finish(text);
      }, e -> finish(Ui.describe(e, m)));
    });
  }

  private void finish(String text) {
    bar.progressProperty().unbind();
    batchStatus.textProperty().unbind();
    batchStatus.setText(text);
    export.setDisable(false);
    cancel.setDisable(true);
    cancelled = null;
  }

  public Parent root() {
    ScrollPane scroll = new ScrollPane(root);
    scroll.setFitToWidth(true);
    return scroll;
  }
}

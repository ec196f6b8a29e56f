package org.yiping.elder.ui;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.ElderImportService;
import org.yiping.elder.ImportReport;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/** Import a roster: choose the file, watch the progress (cancel at any time), then read what was refused and why. */
final class ImportDialog {
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Window owner;
  private final Runnable onImported;
  private final Messages m;
  private final javafx.beans.property.ObjectProperty<org.yiping.elder.division.Division> lastCounty;

  /** {@code lastCounty}: the county chosen last time in this list, offered again. */
  ImportDialog(AppContext app, Background background, Workspace ws, Window owner,
      javafx.beans.property.ObjectProperty<org.yiping.elder.division.Division> lastCounty, Runnable onImported) {
    this.lastCounty = lastCounty;
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.owner = owner;
    this.onImported = onImported;
    this.m = app.messages();
  }

  void start() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(m.get("import.choose"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV", "*.txt"));
    File file = chooser.showOpenDialog(owner);
    if (file != null) {
      chooseCounty(file).ifPresent(county -> run(file, county.orElse(null)));
    }
  }

  /**
   * Asks for the office's county: township names repeat across Xinjiang (团结路街道 is in three counties), and the
   * county tells them apart. Empty optional inside: "all of Xinjiang"; empty outside: the user cancelled.
   */
  private java.util.Optional<java.util.Optional<String>> chooseCounty(File file) {
    Dialog<ButtonType> d = new Dialog<>();
    d.setTitle(m.get("import.title"));
    d.initOwner(owner);
    javafx.scene.control.ComboBox<org.yiping.elder.division.Division> county = new javafx.scene.control.ComboBox<>();
    county.setId("importCounty");
    county.getItems().add(null);
    county.getItems().addAll(app.divisions().ofLevel(3));
    county.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(org.yiping.elder.division.Division c) {
        return c == null ? m.get("import.county.all")
            : app.divisions().find(c.parentCode()).map(p -> p.name() + " ").orElse("") + c.name();
      }

      @Override
      public org.yiping.elder.division.Division fromString(String s) {
        return null;
      }
    });
    county.setValue(lastCounty.get());
    county.setVisibleRowCount(16);
    Label hint = new Label(m.get("import.county.hint"));
    hint.setWrapText(true);
    hint.setMaxWidth(520);
    d.getDialogPane().setContent(new VBox(10, new Label(file.getName()), Ui.labelFor(m.get("import.county"), county),
        county, hint));
    ButtonType go = new ButtonType(m.get("import.start"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
    javafx.application.Platform.runLater(county::requestFocus);
    return d.showAndWait().filter(b -> b == go).map(b -> {
      lastCounty.set(county.getValue());
      return java.util.Optional.ofNullable(county.getValue()).map(org.yiping.elder.division.Division::code);
    });
  }

  /**
   * Imports {@code file}, narrowing township names to {@code withinCode} (a county, or null for all of Xinjiang),
   * showing progress; package-visible so tests can skip the system file chooser.
   */
  void run(File file, String withinCode) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle(m.get("import.title"));
    dialog.initOwner(owner);
    ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    bar.setId("importProgress");
    bar.setPrefWidth(520);
    Label status = new Label(m.get("import.reading", 0));
    status.setId("importStatus");
    status.setWrapText(true);
    VBox box = new VBox(10, Ui.heading(m.get("import.title")), new Label(file.getName()), bar, status);
    box.setPrefWidth(640);
    dialog.getDialogPane().setContent(box);
    ButtonType cancelType = new ButtonType(m.get("import.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().add(cancelType);
    Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
    cancel.setId("importCancel");

    Task<ImportReport> task = new Task<>() {
      @Override
      protected ImportReport call() throws Exception {
        try (InputStream in = Files.newInputStream(file.toPath())) {
          return ws.importer().importRoster(in, withinCode, (phase, done, total) -> {
            if (phase == ElderImportService.Phase.READING) {
              updateMessage(m.get("import.reading", done));
              updateProgress(-1, 1);
            } else {
              updateMessage(m.get("import.saving", done, total));
              updateProgress(done, Math.max(1, total));
            }
          }, this::isCancelled);
        }
      }
    };
    bar.progressProperty().bind(task.progressProperty());
    status.textProperty().bind(task.messageProperty());
    // Closing the dialog (Esc, the cancel button, the window's close box) cancels: the import then rolls back.
    cancel.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
      e.consume();
      task.cancel(false);
      cancel.setDisable(true);
    });
    task.setOnCancelled(e -> {
      status.textProperty().unbind();
      bar.progressProperty().unbind();
      bar.setProgress(0);
      status.setText(m.get("import.cancelled"));
      finish(dialog, box);
    });
    background.submit(task, report -> showReport(dialog, box, bar, status, report), ex -> {
      status.textProperty().unbind();
      bar.progressProperty().unbind();
      bar.setProgress(0);
      status.setText(Ui.describe(ex, m));
      finish(dialog, box);
    });
    dialog.setOnCloseRequest(e -> {
      if (task.isRunning()) {
        task.cancel(false);
        e.consume();
      }
    });
    dialog.show();
  }

  private void finish(Dialog<ButtonType> dialog, VBox box) {
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
    close.setText(m.get("import.close"));
    close.setId("importClose");
    close.requestFocus();
    // The report adds rows to the dialog: grow the window to show them (and the close button).
    dialog.getDialogPane().getScene().getWindow().sizeToScene();
  }

  private record Problem(String row, String kind, String reason) {}

  private void showReport(Dialog<ButtonType> dialog, VBox box, ProgressBar bar, Label status, ImportReport r) {
    status.textProperty().unbind();
    bar.progressProperty().unbind();
    if (r.cancelled()) {
      bar.setProgress(0);
      status.setText(m.get("import.cancelled"));
      finish(dialog, box);
      return;
    }
    bar.setProgress(1);
    status.setText(m.get("import.done", r.imported(), r.rejected().size(), r.duplicates().size()));
    if (r.charset() != null) {
      box.getChildren().add(new Label(m.get("import.charset", r.charset())));
    }
    if (!r.unknownColumns().isEmpty()) {
      Label unknown = new Label(m.get("import.unknownColumns", String.join("、", r.unknownColumns())));
      unknown.setId("importUnknownColumns");
      unknown.setWrapText(true);
      box.getChildren().add(unknown);
    }
    if (!r.ignoredColumns().isEmpty()) {
      Label ignored = new Label(m.get("import.ignoredColumns", String.join("；", r.ignoredColumns())));
      ignored.setWrapText(true);
      box.getChildren().add(ignored);
    }
    List<Problem> problems = new ArrayList<>();
    r.rejected().forEach(x -> problems.add(new Problem(Integer.toString(x.row()), m.get("import.kind.rejected"),
        x.reason())));
    r.duplicates().forEach(x -> problems.add(new Problem(Integer.toString(x.row()), m.get("import.kind.duplicate"),
        x.reason())));
    problems.sort(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.row())));
    if (!problems.isEmpty()) {
      TableView<Problem> table = new TableView<>();
      table.setId("importProblems");
      table.getColumns().add(col(m.get("import.col.row"), Problem::row, 60));
      table.getColumns().add(col(m.get("import.col.kind"), Problem::kind, 70));
      table.getColumns().add(col(m.get("import.col.reason"), Problem::reason, 480));
      table.getItems().setAll(problems);
      table.setPrefHeight(260);
      box.getChildren().add(table);
    }
    finish(dialog, box);
    onImported.run();
  }

  private static TableColumn<Problem, String> col(String title, java.util.function.Function<Problem, String> f,
      double width) {
    TableColumn<Problem, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}

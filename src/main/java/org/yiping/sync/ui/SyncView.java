package org.yiping.sync.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.security.Permission;
import org.yiping.sync.OutboxEntry;
import org.yiping.sync.RecordSyncState;
import org.yiping.sync.SyncConflict;
import org.yiping.sync.SyncEngine;
import org.yiping.sync.SyncReport;
import org.yiping.ui.Background;
import org.yiping.ui.FilePicker;
import org.yiping.ui.Ui;

/**
 * 数据同步: enrol this laptop with the regional centre (admin), sync now with progress, see where each record
 * stands, resolve conflicts field by field, and move batch files for laptops without a network. Every engine call
 * runs off the FX thread; the centre password lives only in its field and in the call that uses it.
 */
public final class SyncView {
  private static final int STATE_ROWS = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final VBox root = new VBox(14);
  private final VBox enrolmentBox = new VBox(10);
  private final Label message = Ui.errorLabel();
  private final PasswordField password = new PasswordField();
  private final Button syncNow = new Button();
  private final Button cancel = new Button();
  private final Button export = new Button();
  private final Button relay = new Button();
  private final ProgressBar progress = new ProgressBar(0);
  private final Label progressText = new Label();
  private final Label report = new Label();
  private final TableView<RecordSyncState> states = new TableView<>();
  private final Button syncRecord = new Button();
  private final Button requeue = new Button();
  private final ListView<SyncConflict> conflicts = new ListView<>();
  private final GridPane conflictFields = Ui.formGrid();
  private final Button resolve = new Button();
  private final Map<String, ToggleGroup> choices = new LinkedHashMap<>();
  /** Set by 取消; the engine is stopped at its next progress report, between batches. */
  private final AtomicBoolean cancelRequested = new AtomicBoolean();
  private boolean busy;
  private boolean enrolled;
  /** This user has a centre session kept from an earlier sign-in: syncing needs no password. */
  private boolean signedIn;

  public SyncView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    root.setId("syncView");
    root.setPadding(new Insets(20));

    message.setId("syncMessage");
    enrolmentBox.setId("syncEnrolment");

    password.setId("syncPassword");
    password.setPromptText(m.get("syncui.password.prompt"));
    syncNow.setId("syncNow");
    syncNow.setText(m.get("syncui.syncNow"));
    syncNow.setDefaultButton(true);
    syncNow.setOnAction(e -> runSync());
    cancel.setId("syncCancel");
    cancel.setText(m.get("syncui.cancel"));
    cancel.setDisable(true);
    cancel.setOnAction(e -> {
      cancelRequested.set(true);
      cancel.setDisable(true);
      progressText.textProperty().unbind(); // the task's messages would overwrite (and a bound label refuses) this
      Ui.say(progressText, m.get("syncui.cancelling"));
    });
    export.setId("syncExport");
    export.setText(m.get("syncui.export"));
    export.setOnAction(e -> exportBatch());
    relay.setId("syncRelay");
    relay.setText(m.get("syncui.relay"));
    relay.setOnAction(e -> relayBatch());
    HBox actions = new HBox(10, Ui.labelFor(m.get("syncui.password"), password), password, syncNow, cancel, export,
        relay);
    actions.setAlignment(Pos.CENTER_LEFT);

    progress.setId("syncProgress");
    progress.setPrefWidth(320);
    progress.setVisible(false);
    progressText.setId("syncProgressText");
    Label cancelNote = new Label(m.get("syncui.cancelNote"));
    cancelNote.setWrapText(true);
    cancelNote.getStyleClass().add("text-muted");
    report.setId("syncReport");
    report.setWrapText(true);

    states.setId("syncStates");
    states.setPrefHeight(220);
    states.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    states.getColumns().add(column(m.get("syncui.col.type"), s -> typeName(s.recordType())));
    states.getColumns().add(column(m.get("syncui.col.record"), s -> shortId(s.recordId())));
    states.getColumns().add(column(m.get("syncui.col.state"), s -> m.get("syncui.state." + s.state().name())));
    states.getColumns().add(column(m.get("syncui.col.time"),
        s -> s.changedAt() == null ? "" : Ui.TIME.format(s.changedAt())));
    states.getColumns().add(column(m.get("syncui.col.reason"), s -> s.state() == OutboxEntry.State.CONFLICT
        && s.reason() != null ? fieldNames(s.reason()) : reasonText(s.reason())));
    states.setPlaceholder(new Label(m.get("syncui.states.none")));
    syncRecord.setId("syncRecordNow");
    syncRecord.setText(m.get("syncui.syncRecord"));
    syncRecord.setOnAction(e -> runSyncRecord());
    requeue.setId("syncRequeue");
    requeue.setText(m.get("syncui.requeue"));
    requeue.setOnAction(e -> runRequeue());
    states.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> updateButtons());

    conflicts.setId("syncConflicts");
    conflicts.setPrefHeight(140);
    conflicts.setPlaceholder(new Label(m.get("syncui.conflicts.none")));
    conflicts.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(SyncConflict c, boolean empty) {
        super.updateItem(c, empty);
        setText(empty || c == null ? null : c.identity() ? m.get("syncui.conflict.itemIdentity",
            typeName(c.recordType()), shortId(c.recordId()), Ui.TIME.format(c.detectedAt()))
            : m.get("syncui.conflict.item", typeName(c.recordType()),
            shortId(c.recordId()), Ui.TIME.format(c.detectedAt()),
            String.join("、", c.fields().stream().map(this::fieldName).toList())));
      }

      private String fieldName(String f) {
        return SyncView.this.fieldName(f);
      }
    });
    conflicts.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showConflict(now));
    conflictFields.setId("syncConflictFields");
    resolve.setId("syncResolve");
    resolve.setText(m.get("syncui.resolve"));
    resolve.setDisable(true);
    resolve.setOnAction(e -> runResolve());

    VBox body = new VBox(14,
        enrolmentBox,
        Ui.heading(m.get("syncui.section.sync")), actions, new HBox(10, progress, progressText), cancelNote, report,
        Ui.heading(m.get("syncui.section.states")), states, new HBox(10, syncRecord, requeue),
        Ui.heading(m.get("syncui.section.conflicts")), conflicts, conflictFields, resolve);
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    root.getChildren().addAll(Ui.heading(m.get("nav.sync")), message, scroll);
    updateButtons();
    refresh();
  }

  public Parent root() {
    return root;
  }

  private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> text) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
    c.setSortable(false);
    return c;
  }

  private String typeName(String type) {
    return m.has("syncui.type." + type) ? m.get("syncui.type." + type) : type;
  }

  /** A conflict's fields ({@code a,b}) by their names in the user's language. */
  private String fieldNames(String fields) {
    return String.join("、", java.util.Arrays.stream(fields.split(",")).map(String::strip).map(this::fieldName)
        .toList());
  }

  private String fieldName(String field) {
    return m.has("syncui.field." + field) ? m.get("syncui.field." + field) : field;
  }

  /** The centre gives reasons as sentences or as message keys; either way the person reads words. */
  private String reasonText(String reason) {
    if (reason == null) {
      return "";
    }
    return m.has(reason) ? m.get(reason) : reason;
  }

  // ---------------------------------------------------------------- reading

  /** @param keptSession this user's kept centre sign-in, if any */
  private record Snapshot(SyncEngine.Enrolment enrolment, java.time.Instant lastSync, long waiting,
      List<RecordSyncState> states, List<SyncConflict> conflicts,
      java.util.Optional<SyncEngine.SignIn> keptSession) {}

  /** Re-reads the enrolment, the record states and the open conflicts off the FX thread. */
  private void refresh() {
    background.run(() -> {
      SyncEngine e = ws.sync();
      SyncEngine.Enrolment en = e.enrolment().orElse(null);
      return new Snapshot(en, e.lastSync().orElse(null), e.waiting(), e.states(STATE_ROWS), e.conflicts(),
          en == null ? java.util.Optional.empty() : e.keptSession());
    }, this::show, ex -> Ui.warn(message, Ui.describe(ex, m)));
  }

  private void show(Snapshot s) {
    enrolled = s.enrolment() != null;
    signedIn = s.keptSession().isPresent();
    password.setPromptText(m.get(signedIn ? "syncui.password.promptSignedIn" : "syncui.password.prompt"));
    enrolmentBox.getChildren().setAll(enrolled ? enrolmentInfo(s) : enrolmentForm());
    UUID selected = states.getSelectionModel().getSelectedItem() == null ? null
        : states.getSelectionModel().getSelectedItem().recordId();
    states.getItems().setAll(s.states());
    if (selected != null) {
      s.states().stream().filter(r -> r.recordId().equals(selected)).findFirst()
          .ifPresent(r -> states.getSelectionModel().select(r));
    }
    UUID conflict = conflicts.getSelectionModel().getSelectedItem() == null ? null
        : conflicts.getSelectionModel().getSelectedItem().id();
    conflicts.getItems().setAll(s.conflicts());
    s.conflicts().stream().filter(c -> c.id().equals(conflict)).findFirst()
        .ifPresentOrElse(c -> conflicts.getSelectionModel().select(c), () -> showConflict(null));
    updateButtons();
  }

  private Node enrolmentInfo(Snapshot s) {
    SyncEngine.Enrolment e = s.enrolment();
    GridPane g = Ui.formGrid();
    g.setId("syncEnrolmentInfo");
    int row = 0;
    g.addRow(row++, new Label(m.get("syncui.info.centre")), value("syncInfoCentre",
        m.get("syncui.info.centreValue", e.centreName(), e.centreUrl())));
    g.addRow(row++, new Label(m.get("syncui.info.region")), value("syncInfoRegion", regionName(e.regionCode())));
    g.addRow(row++, new Label(m.get("syncui.info.device")), value("syncInfoDevice", e.deviceId()));
    g.addRow(row++, new Label(m.get("syncui.info.lastSync")), value("syncInfoLastSync",
        s.lastSync() == null ? m.get("syncui.info.never") : Ui.TIME.format(s.lastSync())));
    g.addRow(row++, new Label(m.get("syncui.info.waiting")), value("syncInfoWaiting",
        m.get("syncui.info.waitingValue", s.waiting())));
    Label centreSession = value("syncInfoSession", s.keptSession().isEmpty() ? m.get("syncui.info.sessionNone")
        : s.keptSession().get().endsAt() == null ? m.get("syncui.info.sessionKept")
        : m.get("syncui.info.sessionUntil", Ui.TIME.format(s.keptSession().get().endsAt())));
    centreSession.setWrapText(true);
    Button signOutOfCentre = new Button(m.get("syncui.info.sessionEnd"));
    signOutOfCentre.setId("syncSignOutOfCentre");
    signOutOfCentre.setVisible(s.keptSession().isPresent());
    signOutOfCentre.setOnAction(click -> background.run(() -> {
      ws.sync().signOutOfCentre();
      return true;
    }, done -> {
      Ui.say(message, m.get("syncui.info.sessionEnded"));
      refresh();
    }, ex -> Ui.warn(message, Ui.describe(ex, m))));
    HBox sessionRow = new HBox(10, centreSession, signOutOfCentre);
    sessionRow.setAlignment(Pos.CENTER_LEFT);
    g.addRow(row, new Label(m.get("syncui.info.session")), sessionRow);
    return new VBox(10, Ui.heading(m.get("syncui.section.enrolment")), g);
  }

  private String regionName(String code) {
    String code12 = code.length() < 12 ? code + "000000000000".substring(code.length()) : code;
    return app.divisions().find(code12).map(d -> d.name() + "（" + code + "）").orElse(code);
  }

  private static Label value(String id, String text) {
    Label l = new Label(text);
    l.setId(id);
    return l;
  }

  private Node enrolmentForm() {
    TextField url = new TextField();
    url.setId("syncCentreUrl");
    url.setPromptText("https://…");
    TextField fingerprint = new TextField();
    fingerprint.setId("syncFingerprint");
    TextField code = new TextField();
    code.setId("syncCode");
    TextField deviceName = new TextField();
    deviceName.setId("syncDeviceName");
    Button enrol = new Button(m.get("syncui.enrol"));
    enrol.setId("syncEnrol");
    Label error = Ui.errorLabel();
    error.setId("syncEnrolError");
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("syncui.enrol.url"), url), url);
    g.addRow(1, Ui.labelFor(m.get("syncui.enrol.fingerprint"), fingerprint), fingerprint);
    g.addRow(2, Ui.labelFor(m.get("syncui.enrol.code"), code), code);
    g.addRow(3, Ui.labelFor(m.get("syncui.enrol.deviceName"), deviceName), deviceName);
    GridPane.setHgrow(url, Priority.ALWAYS);
    Label hint = new Label(m.get(ws.session().may(Permission.CHANGE_SETTINGS) ? "syncui.enrol.hint"
        : "syncui.enrol.adminOnly"));
    hint.setWrapText(true);
    boolean admin = ws.session().may(Permission.CHANGE_SETTINGS);
    for (Node n : List.of(url, fingerprint, code, deviceName, enrol)) {
      n.setDisable(!admin);
    }
    for (TextField field : List.of(url, fingerprint, code, deviceName)) {
      field.setOnAction(e -> enrol.fire()); // Enter in any field enrols, as a default button would
    }
    enrol.setOnAction(e -> {
      String problem = url.getText().isBlank() ? "syncui.enrol.needUrl"
          : !url.getText().strip().startsWith("https://") ? "syncui.enrol.needHttps"
          : code.getText().isBlank() ? "syncui.enrol.needCode" : null;
      if (problem != null) {
        Ui.warn(error, m.get(problem));
        return;
      }
      String name = deviceName.getText().isBlank() ? m.get("syncui.enrol.defaultDevice") : deviceName.getText().strip();
      enrol.setDisable(true);
      Ui.say(error, m.get("syncui.enrol.working"));
      // What was typed is read here, on the FX thread; the background only gets the strings.
      String centre = url.getText().strip();
      String print = fingerprint.getText();
      String oneTimeCode = code.getText().strip();
      background.run(() -> ws.sync().enrol(centre, print, oneTimeCode, name),
          done -> {
            Ui.say(message, m.get("syncui.enrol.done", done.centreName(), regionName(done.regionCode())));
            refresh();
          },
          ex -> {
            enrol.setDisable(false);
            Ui.warn(error, Ui.describe(ex, m));
          });
    });
    return new VBox(10, Ui.heading(m.get("syncui.section.enrol")), hint, g, enrol, error);
  }

  // ---------------------------------------------------------------- syncing

  private void updateButtons() {
    RecordSyncState s = states.getSelectionModel().getSelectedItem();
    boolean canSync = enrolled && !busy;
    syncNow.setDisable(!canSync);
    relay.setDisable(!canSync);
    export.setDisable(!canSync);
    password.setDisable(!enrolled);
    syncRecord.setDisable(!canSync || s == null || s.state() == OutboxEntry.State.ACCEPTED);
    requeue.setDisable(busy || s == null || s.state() != OutboxEntry.State.REJECTED);
    SyncConflict chosenConflict = conflicts.getSelectionModel().getSelectedItem();
    // Two files of one person that differ in nothing but their ids can be merged without a choice.
    resolve.setDisable(busy || chosenConflict == null || (!chosenConflict.identity() && choices.isEmpty()));
  }

  /**
   * The typed centre password; empty if none was typed but a centre session is kept; null (with the reason shown)
   * when neither.
   */
  private char[] centrePassword() {
    if (password.getText().isEmpty() && signedIn) {
      return new char[0];
    }
    if (password.getText().isEmpty()) {
      Ui.warn(message, m.get("syncui.password.needed"));
      password.requestFocus();
      return null;
    }
    return password.getText().toCharArray();
  }

  private void begin(String what) {
    busy = true;
    cancelRequested.set(false);
    progress.setVisible(true);
    progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
    Ui.say(progressText, what);
    Ui.say(message, "");
    updateButtons();
  }

  private void end() {
    busy = false;
    progress.setVisible(false);
    cancel.setDisable(true);
    progressText.setText("");
    updateButtons();
    refresh();
  }

  private void runSync() {
    char[] secret = centrePassword();
    if (secret == null || busy) {
      return;
    }
    runSyncTask(m.get("syncui.progress.connecting"), secret, progress -> ws.sync().sync(secret, progress));
  }

  private void runSyncRecord() {
    RecordSyncState s = states.getSelectionModel().getSelectedItem();
    char[] secret = s == null ? null : centrePassword();
    if (secret == null || busy) {
      return;
    }
    runSyncTask(m.get("syncui.progress.record"), secret,
        progress -> ws.sync().syncRecord(s.recordId(), secret, progress));
  }

  /** Runs a sync off the FX thread with progress, 取消 between batches, and the outcome in a sentence. */
  private void runSyncTask(String startText, char[] secret,
      java.util.function.Function<SyncEngine.Progress, SyncReport> work) {
    begin(startText);
    cancel.setDisable(false);
    password.clear(); // kept only in the call below; a kept centre session makes it unnecessary next time
    Task<SyncReport> task = new Task<>() {
      @Override
      protected SyncReport call() {
        try {
          return work.apply((phase, done, total) -> {
            // Called after each batch or page is committed: stopping here loses nothing.
            if (cancelRequested.get()) {
              throw new CancellationException();
            }
            updateProgress(done, Math.max(total, 1));
            updateMessage(m.get("syncui.progress." + phase, done, total));
          });
        } finally {
          Arrays.fill(secret, '\0');
        }
      }
    };
    progress.progressProperty().bind(task.progressProperty());
    progressText.textProperty().bind(task.messageProperty());
    background.submit(task, r -> {
      unbind();
      end();
      Ui.say(report, words(r));
      Ui.say(message, m.get("syncui.done"));
    }, ex -> {
      unbind();
      end();
      if (isCancel(ex)) {
        Ui.say(message, m.get("syncui.cancelled"));
      } else {
        if (ex instanceof SyncEngine.SessionNeeded || ex.getCause() instanceof SyncEngine.SessionNeeded) {
          password.requestFocus();
        }
        Ui.warn(message, Ui.describe(ex, m));
      }
    });
  }

  private static boolean isCancel(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof CancellationException) {
        return true;
      }
    }
    return false;
  }

  private void unbind() {
    progress.progressProperty().unbind();
    progressText.textProperty().unbind();
  }

  /** A sync's outcome in a sentence: what went up, what the centre said, what came down. */
  String words(SyncReport r) {
    String words = m.get("syncui.report", r.sent(), r.accepted(), r.duplicates(), r.conflicts(), r.rejected(),
        r.received(), String.format("%.1f", r.millis() / 1000.0));
    return r.formsInstalled() == 0 ? words : words + m.get("syncui.report.forms", r.formsInstalled());
  }

  private void runRequeue() {
    RecordSyncState s = states.getSelectionModel().getSelectedItem();
    if (s == null || busy) {
      return;
    }
    background.run(() -> ws.sync().requeue(s.recordId()), n -> {
      Ui.say(message, m.get("syncui.requeued"));
      refresh();
    }, ex -> Ui.warn(message, Ui.describe(ex, m)));
  }

  // ---------------------------------------------------------------- conflicts

  private void showConflict(SyncConflict c) {
    conflictFields.getChildren().clear();
    choices.clear();
    if (c == null) {
      updateButtons();
      return;
    }
    resolve.setText(m.get(c.identity() ? "syncui.merge" : "syncui.resolve"));
    if (c.identity()) {
      // Two files of one person: the fields where they differ are read from the store, off this thread.
      background.run(() -> ws.sync().duplicate(c), d -> {
        if (c.equals(conflicts.getSelectionModel().getSelectedItem())) {
          Label l = new Label(m.get("syncui.conflict.identity"));
          l.setWrapText(true);
          l.setId("syncIdentityNote");
          conflictFields.getChildren().clear();
          conflictFields.add(l, 0, 0, 3, 1);
          choiceRows(d.fields(), d.local(), d.centre(), 1);
        }
      }, ex -> Ui.warn(message, Ui.describe(ex, m)));
      updateButtons();
      return;
    }
    choiceRows(c.fields(), parse(c.localBody()), parse(c.centreBody()), 0);
  }

  /** A row per field: its name, this laptop's value and the centre's, one of which the person picks. */
  private void choiceRows(List<String> fields, JsonNode local, JsonNode centre, int firstRow) {
    choices.clear();
    conflictFields.addRow(firstRow, bold(m.get("syncui.conflict.field")), bold(m.get("syncui.conflict.local")),
        bold(m.get("syncui.conflict.centre")));
    int row = firstRow + 1;
    for (String f : fields) {
      ToggleGroup group = new ToggleGroup();
      RadioButton mine = new RadioButton(value(f, local.get(f)));
      mine.setId("syncLocal-" + f);
      mine.setToggleGroup(group);
      mine.setUserData(SyncEngine.Side.LOCAL);
      RadioButton theirs = new RadioButton(value(f, centre.get(f)));
      theirs.setId("syncCentre-" + f);
      theirs.setToggleGroup(group);
      theirs.setUserData(SyncEngine.Side.CENTRE);
      conflictFields.addRow(row++, new Label(fieldName(f)), mine, theirs);
      choices.put(f, group);
    }
    updateButtons();
  }

  private static Label bold(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("text-bold");
    return l;
  }

  /** A field's value as a person reads it: an elder's codes by their labels, places by their names. */
  private String value(String field, JsonNode v) {
    if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
      return m.get("syncui.conflict.empty");
    }
    if ((field.equals("township_code") || field.equals("village_code")) && v.isTextual()) {
      return app.divisions().find(v.asText()).map(d -> d.name() + "（" + v.asText() + "）").orElse(v.asText());
    }
    String words = org.yiping.elder.ElderColumns.words(field, v);
    return words.isBlank() ? m.get("syncui.conflict.empty") : words;
  }

  private static JsonNode parse(String body) {
    try {
      return body == null ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (java.io.IOException e) {
      return JSON.createObjectNode();
    }
  }

  private void runResolve() {
    SyncConflict c = conflicts.getSelectionModel().getSelectedItem();
    if (c == null) {
      return;
    }
    Map<String, SyncEngine.Side> chosen = new LinkedHashMap<>();
    choices.forEach((f, g) -> {
      if (g.getSelectedToggle() != null) {
        chosen.put(f, (SyncEngine.Side) g.getSelectedToggle().getUserData());
      }
    });
    // The engine names the fields still open; its message says which.
    resolve.setDisable(true);
    background.run(() -> {
      ws.sync().resolve(c.id(), chosen);
      return chosen.size();
    }, n -> {
      Ui.say(message, m.get(c.identity() ? "syncui.merged" : "syncui.resolved"));
      refresh();
    }, ex -> {
      updateButtons();
      Ui.warn(message, Ui.describe(ex, m));
    });
  }

  // ---------------------------------------------------------------- batch files

  private void exportBatch() {
    java.util.Optional<Path> target = FilePicker.saveAs(root.getScene().getWindow(), m.get("syncui.export.title"),
        "yiping-" + java.time.LocalDate.now() + ".ypb", m.get("syncui.batch.filter"), "*.ypb");
    if (target.isEmpty() || busy) {
      return;
    }
    begin(m.get("syncui.progress.export"));
    background.run(() -> ws.sync().exportBatch(target.get()), x -> {
      end();
      Ui.say(message, m.get(x.again() ? "syncui.exported.again" : "syncui.exported", x.records(),
          x.file().toString()));
    }, ex -> {
      end();
      Ui.warn(message, Ui.describe(ex, m));
    });
  }

  private void relayBatch() {
    char[] secret = centrePassword();
    if (secret == null || busy) {
      return;
    }
    List<Path> files = FilePicker.openMany(root.getScene().getWindow(), m.get("syncui.relay.title"),
        m.get("syncui.batch.filter"), "*.ypb", "*.*");
    if (files.isEmpty()) {
      Arrays.fill(secret, '\0');
      return;
    }
    begin(m.get("syncui.progress.relay"));
    background.run(() -> {
      try {
        int accepted = 0;
        int total = 0;
        for (Path f : files) {
          var r = ws.sync().relayBatchFile(f, secret);
          total += r.results().size();
          accepted += (int) r.results().stream().filter(i -> i.outcome().name().equals("ACCEPTED")
              || i.outcome().name().equals("DUPLICATE")).count();
        }
        return new int[] {files.size(), total, accepted};
      } finally {
        Arrays.fill(secret, '\0');
      }
    }, n -> {
      end();
      Ui.say(message, m.get("syncui.relayed", n[0], n[1], n[2]));
    }, ex -> {
      end();
      Ui.warn(message, Ui.describe(ex, m));
    });
  }

  /**
   * A record's id as a person can tell it apart: the last 8 hex digits. Ids are time-ordered (UUIDv7), so their first
   * digits are the creation time and records made together looked identical.
   */
  static String shortId(java.util.UUID id) {
    String text = id.toString();
    return text.substring(text.length() - 8);
  }
}

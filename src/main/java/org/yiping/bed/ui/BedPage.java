package org.yiping.bed.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yiping.adaptation.CaseRecord;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.bed.BedEventRecord;
import org.yiping.bed.BedKind;
import org.yiping.bed.BedRecord;
import org.yiping.bed.CloseReason;
import org.yiping.bed.Device;
import org.yiping.bed.EventKind;
import org.yiping.bed.ReferralStatus;
import org.yiping.bed.ServiceKind;
import org.yiping.core.i18n.Messages;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.CaseText;
import org.yiping.ui.FormDialog;
import org.yiping.ui.Ui;

/**
 * One family bed: its bed code (一床一码) in large type, the elder, provider, agreement, devices and the adaptation it
 * relies on; the log of home services, monthly checks, device alerts and referrals (四床联动) with their status; a
 * dialog for each entry, one to move a referral on, and 撤床 with a reason. Esc goes back to the list.
 */
final class BedPage {
  private final BorderPane root = new BorderPane();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final UUID bedId;
  private final Runnable onClose;
  private final Label title = Ui.heading("");
  private final Label code = new Label();
  private final Label state = new Label();
  private final Label provider = new Label();
  private final Label agreement = new Label();
  private final Label opened = new Label();
  private final Label eligibility = new Label();
  private final Label adaptation = new Label();
  private final Label devices = new Label();
  private final Label logSummary = new Label();
  private final TableView<BedEventRecord> log = new TableView<>();
  private final Button service = new Button();
  private final Button check = new Button();
  private final Button alert = new Button();
  private final Button refer = new Button();
  private final Button moveReferral = new Button();
  private final Button close = new Button();
  private final Label message = Ui.errorLabel();
  private BedRecord bed;

  BedPage(AppContext app, Background background, Workspace ws, UUID bedId, Runnable onClose) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    this.bedId = bedId;
    this.onClose = onClose;
    build();
    load(null);
  }

  private void build() {
    root.setId("bedPage");
    root.getStyleClass().add("page");
    Button back = new Button(m.get("bed.page.back"));
    back.setId("closeBedPage");
    back.setCancelButton(true);
    back.setOnAction(e -> onClose.run());
    // Esc goes back from anywhere on the page: the log table would otherwise take it for itself.
    root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
        e.consume();
        onClose.run();
      }
    });
    title.setId("bedTitle");
    Button label = new Button(m.get("bed.page.label"));
    label.setId("bedLabel");
    label.setOnAction(e -> org.yiping.ui.ReportPreviews.open(root.getScene().getWindow(), app, background, ws,
        () -> ws.reports().bedLabels(java.util.List.of(bedId))));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox top = new HBox(12, back, title, gap, label);
    top.setAlignment(Pos.CENTER_LEFT);

    code.setId("bedCode");
    code.getStyleClass().add("bed-code");
    Label codeCaption = new Label(m.get("bed.page.code"));
    codeCaption.getStyleClass().add("text-muted");
    state.setId("bedState");
    state.setWrapText(true);
    VBox codeBox = new VBox(4, codeCaption, code, state);
    codeBox.getStyleClass().add("bed-code-box");
    codeBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

    provider.setId("bedProviderText");
    agreement.setId("bedAgreementText");
    opened.setId("bedOpenedText");
    eligibility.setId("bedEligibilityText");
    adaptation.setId("bedAdaptationText");
    devices.setId("bedDevicesText");
    for (Label l : List.of(provider, agreement, opened, eligibility, adaptation, devices)) {
      l.setWrapText(true);
    }
    GridPane facts = Ui.formGrid();
    facts.setVgap(6);
    int r = 0;
    facts.addRow(r++, caption("bed.page.provider"), provider);
    facts.addRow(r++, caption("bed.page.agreement"), agreement);
    facts.addRow(r++, caption("bed.page.opened"), opened);
    facts.addRow(r++, caption("bed.page.eligibility"), eligibility);
    facts.addRow(r++, caption("bed.page.adaptation"), adaptation);
    facts.addRow(r++, caption("bed.page.devices"), devices);
    HBox.setHgrow(facts, Priority.ALWAYS);
    HBox info = new HBox(24, codeBox, facts);

    service.setText(m.get("bed.page.service"));
    service.setId("logBedService");
    service.setOnAction(e -> serviceDialog());
    check.setText(m.get("bed.page.check"));
    check.setId("logBedCheck");
    check.setOnAction(e -> checkDialog());
    alert.setText(m.get("bed.page.alert"));
    alert.setId("logBedAlert");
    alert.setOnAction(e -> alertDialog());
    refer.setText(m.get("bed.page.refer"));
    refer.setId("referBed");
    refer.setOnAction(e -> referDialog());
    moveReferral.setText(m.get("bed.page.moveReferral"));
    moveReferral.setId("moveReferral");
    moveReferral.setOnAction(e -> moveReferralDialog());
    close.setText(m.get("bed.page.close"));
    close.setId("closeBed");
    close.getStyleClass().add("danger");
    close.setOnAction(e -> closeDialog());
    for (Button b : List.of(service, check, alert, refer, moveReferral, close)) {
      b.setDisable(true);
    }
    FlowPane actions = new FlowPane(8, 8, service, check, alert, refer, moveReferral, close);

    Label logTitle = new Label(m.get("bed.log.title"));
    logTitle.getStyleClass().add("case-section");
    logSummary.setId("bedLogSummary");
    logSummary.getStyleClass().add("text-muted");
    HBox logHead = new HBox(16, logTitle, logSummary);
    logHead.setAlignment(Pos.BASELINE_LEFT);
    log.setId("bedLog");
    log.setPlaceholder(new Label(m.get("bed.log.empty")));
    log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    log.getColumns().add(column("bed.log.col.on", e -> e.on().toString(), 100));
    log.getColumns().add(column("bed.log.col.kind", e -> m.get("enum.EventKind." + e.kind().name()), 80));
    log.getColumns().add(column("bed.log.col.what", this::what, 240));
    log.getColumns().add(column("bed.log.col.who", e -> e.staff() == null ? "" : e.staff(), 90));
    log.getColumns().add(column("bed.log.col.minutes",
        e -> e.minutes() == null ? "" : m.get("bed.log.minutes", e.minutes()), 80));
    log.getColumns().add(column("bed.log.col.note", e -> e.note() == null ? "" : e.note(), 300));
    log.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> enableButtons());
    VBox.setVgrow(log, Priority.ALWAYS);

    message.setId("bedPageMessage");
    VBox center = new VBox(12, info, actions, message, logHead, log);
    root.setTop(top);
    root.setCenter(center);
    BorderPane.setMargin(center, new Insets(12, 0, 0, 0));
  }

  private Label caption(String key) {
    Label l = new Label(m.get(key));
    l.getStyleClass().add("text-muted");
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private TableColumn<BedEventRecord, String> column(String key, Function<BedEventRecord, String> text,
      double width) {
    TableColumn<BedEventRecord, String> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  /** What a log entry says, in words: the services given, the device that alerted, where a referral goes. */
  private String what(BedEventRecord e) {
    return switch (e.kind()) {
      case SERVICE -> e.services().stream().sorted().map(s -> m.get("enum.ServiceKind." + s.name()))
          .collect(Collectors.joining("、"));
      case CHECK -> m.get("bed.log.check");
      case ALERT -> m.get("bed.log.alert", device(e.deviceSerial()));
      case REFERRAL -> m.get("bed.log.referral", m.get("enum.BedKind." + e.referralTo().name()),
          m.get("enum.ReferralStatus." + e.referralStatus().name()));
    };
  }

  private String device(String serial) {
    if (bed != null) {
      for (Device d : bed.devices()) {
        if (d.serial().equals(serial)) {
          return m.get("enum.DeviceType." + d.type().name()) + " " + serial;
        }
      }
    }
    return serial;
  }

  Parent root() {
    return root;
  }

  private record Loaded(BedRecord bed, List<BedEventRecord> events, String elderName, String township,
      CaseRecord adaptation) {}

  private void load(String done) {
    background.run(() -> {
      BedRecord b = ws.beds().get(bedId);
      List<BedEventRecord> events = ws.beds().events(bedId);
      String name = ws.elders().names(List.of(b.elderId())).getOrDefault(b.elderId(), "?");
      String township = b.townshipCode() == null ? ""
          : app.divisions().find(b.townshipCode()).map(d -> d.name()).orElse("");
      CaseRecord c = b.adaptationCaseId() == null ? null : ws.adaptation().get(b.adaptationCaseId());
      return new Loaded(b, events, name, township, c);
    }, l -> show(l, done), e -> Ui.warn(message, CaseText.describe(e, m)));
  }

  private void show(Loaded l, String done) {
    bed = l.bed();
    title.setText(m.get("bed.page.title", l.elderName(), l.township()));
    code.setText(bed.bedCode());
    state.setText(bed.open() ? m.get("bed.state.open") : m.get("bed.page.closed", bed.closedOn(),
        m.get("enum.CloseReason." + bed.closeReason().name()), bed.closeNote() == null ? "" : bed.closeNote()));
    state.getStyleClass().removeAll("case-ok", "case-warn");
    state.getStyleClass().add(bed.open() ? "case-ok" : "case-warn");
    provider.setText(bed.provider());
    agreement.setText(m.get("bed.agreement.range", bed.agreementFrom(), bed.agreementTo()));
    opened.setText(bed.openedOn().toString());
    eligibility.setText(bed.eligible() ? m.get("bed.page.eligible", CaseText.reasons(m, bed.eligibilityBasis()))
        : m.get("bed.page.override", CaseText.reasons(m, bed.eligibilityBasis()),
            bed.overrideReason() == null ? "" : bed.overrideReason()));
    adaptation.setText(l.adaptation() == null ? m.get("bed.setup.noAdaptation")
        : m.get("bed.setup.adaptationCase", Integer.toString(l.adaptation().targetYear()),
            m.get("enum.CaseState." + l.adaptation().state().name())));
    devices.setText(bed.devices().isEmpty() ? m.get("bed.page.noDevices") : bed.devices().stream()
        .map(d -> m.get("enum.DeviceType." + d.type().name()) + " " + d.serial())
        .collect(Collectors.joining(m.get("cases.reason.separator"))));
    UUID selected = log.getSelectionModel().getSelectedItem() == null ? null
        : log.getSelectionModel().getSelectedItem().id();
    log.getItems().setAll(l.events());
    for (int i = 0; i < l.events().size(); i++) {
      if (l.events().get(i).id().equals(selected)) {
        log.getSelectionModel().select(i);
      }
    }
    Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
    l.events().forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
    int minutes = l.events().stream().filter(e -> e.minutes() != null).mapToInt(BedEventRecord::minutes).sum();
    logSummary.setText(m.get("bed.log.summary", counts.getOrDefault(EventKind.SERVICE, 0L), minutes,
        counts.getOrDefault(EventKind.CHECK, 0L), counts.getOrDefault(EventKind.ALERT, 0L),
        counts.getOrDefault(EventKind.REFERRAL, 0L)));
    enableButtons();
    Ui.say(message, done == null ? "" : done);
  }

  private void enableButtons() {
    boolean may = bed != null && bed.open() && ws.session().may(Permission.EDIT_ELDERS);
    for (Button b : List.of(service, check, alert, refer, close)) {
      b.setDisable(!may);
    }
    BedEventRecord e = log.getSelectionModel().getSelectedItem();
    moveReferral.setDisable(!(bed != null && ws.session().may(Permission.EDIT_ELDERS) && e != null
        && e.kind() == EventKind.REFERRAL && (e.referralStatus() == ReferralStatus.REQUESTED
        || e.referralStatus() == ReferralStatus.ACCEPTED)));
  }

  private <T> void saved(T x, String done) {
    load(done);
  }

  private DatePicker day(String id) {
    return FormDialog.datePicker(id, LocalDate.now(app.clock()));
  }

  private TextField text(String id, int columns) {
    TextField t = new TextField();
    t.setId(id);
    t.setPrefColumnCount(columns);
    return t;
  }

  private <T> void entry(String id, String titleKey, GridPane fields, Node first, Callable<Callable<T>> work,
      String doneKey) {
    FormDialog<T> d = new FormDialog<>(root, m, id, m.get(titleKey));
    d.content(fields, first);
    d.show(background, work, x -> saved(x, m.get(doneKey)));
  }

  private void serviceDialog() {
    DatePicker on = day("bedServiceDate");
    TextField staff = text("bedServiceStaff", 12);
    FlowPane kinds = new FlowPane(12, 6);
    Map<ServiceKind, CheckBox> boxes = new EnumMap<>(ServiceKind.class);
    for (ServiceKind k : ServiceKind.values()) {
      CheckBox c = new CheckBox(m.get("enum.ServiceKind." + k.name()));
      c.setId("bedService" + k.name());
      boxes.put(k, c);
      kinds.getChildren().add(c);
    }
    kinds.setPrefWrapLength(420);
    TextField minutes = text("bedServiceMinutes", 5);
    minutes.setText("60");
    TextField note = text("bedServiceNote", 30);
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("bed.entry.date"), on), on);
    g.addRow(1, Ui.labelFor(m.get("bed.entry.staff"), staff), staff);
    g.addRow(2, new Label(m.get("bed.entry.services")), kinds);
    g.addRow(3, Ui.labelFor(m.get("bed.entry.minutes"), minutes), minutes);
    g.addRow(4, Ui.labelFor(m.get("bed.entry.note"), note), note);
    this.<BedEventRecord>entry("bedServiceDialog", "bed.service.title", g, staff, () -> {
      Set<ServiceKind> given = boxes.entrySet().stream().filter(x -> x.getValue().isSelected())
          .map(Map.Entry::getKey).collect(Collectors.toSet());
      Integer mins = CaseText.count(minutes.getText());
      if (mins == null) {
        throw new org.yiping.core.UserFacingException("bed.problem.minutes", 1, 720);
      }
      LocalDate d = FormDialog.dateOf(on);
      return () -> ws.beds().logService(bedId, d, staff.getText(), given, mins, note.getText());
    }, "bed.service.done");
  }

  private void checkDialog() {
    DatePicker on = day("bedCheckDate");
    TextField staff = text("bedCheckStaff", 12);
    TextField note = text("bedCheckNote", 30);
    note.setPromptText(m.get("bed.check.notePrompt"));
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("bed.entry.date"), on), on);
    g.addRow(1, Ui.labelFor(m.get("bed.entry.staff"), staff), staff);
    g.addRow(2, Ui.labelFor(m.get("bed.entry.note"), note), note);
    this.<BedEventRecord>entry("bedCheckDialog", "bed.check.title", g, staff, () -> {
      LocalDate d = FormDialog.dateOf(on);
      return () -> ws.beds().logCheck(bedId, d, staff.getText(), note.getText());
    }, "bed.check.done");
  }

  private void alertDialog() {
    DatePicker on = day("bedAlertDate");
    ComboBox<String> device = new ComboBox<>();
    device.setId("bedAlertDevice");
    device.setEditable(true);
    device.setPrefWidth(260);
    bed.devices().forEach(d -> device.getItems().add(d.serial()));
    device.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(String serial, boolean empty) {
        super.updateItem(serial, empty);
        setText(empty || serial == null ? null : device(serial));
      }
    });
    if (bed.devices().size() == 1) {
      device.setValue(bed.devices().get(0).serial());
    }
    TextField note = text("bedAlertNote", 30);
    note.setPromptText(m.get("bed.alert.notePrompt"));
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("bed.entry.date"), on), on);
    g.addRow(1, Ui.labelFor(m.get("bed.alert.device"), device), device);
    g.addRow(2, Ui.labelFor(m.get("bed.alert.note"), note), note);
    this.<BedEventRecord>entry("bedAlertDialog", "bed.alert.title", g, device, () -> {
      LocalDate d = FormDialog.dateOf(on);
      String serial = device.getEditor().getText();
      return () -> ws.beds().logAlert(bedId, d, serial, note.getText());
    }, "bed.alert.done");
  }

  private void referDialog() {
    DatePicker on = day("bedReferralDate");
    ComboBox<BedKind> to = new ComboBox<>();
    to.setId("bedReferralTo");
    to.getItems().addAll(BedKind.values());
    to.setConverter(Ui.converter(k -> m.get("enum.BedKind." + k.name())));
    to.setPromptText(m.get("bed.referral.toPrompt"));
    TextField note = text("bedReferralNote", 30);
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("bed.entry.date"), on), on);
    g.addRow(1, Ui.labelFor(m.get("bed.referral.to"), to), to);
    g.addRow(2, Ui.labelFor(m.get("bed.referral.note"), note), note);
    this.<BedEventRecord>entry("bedReferralDialog", "bed.referral.title", g, to, () -> {
      LocalDate d = FormDialog.dateOf(on);
      BedKind kind = to.getValue();
      return () -> ws.beds().refer(bedId, d, kind, note.getText());
    }, "bed.referral.done");
  }

  private void moveReferralDialog() {
    BedEventRecord e = log.getSelectionModel().getSelectedItem();
    if (e == null || e.kind() != EventKind.REFERRAL) {
      return;
    }
    ComboBox<ReferralStatus> status = new ComboBox<>();
    status.setId("bedReferralStatus");
    for (ReferralStatus s : ReferralStatus.values()) {
      if (s != ReferralStatus.REQUESTED && s != e.referralStatus()) {
        status.getItems().add(s);
      }
    }
    status.setConverter(Ui.converter(s -> m.get("enum.ReferralStatus." + s.name())));
    status.setValue(status.getItems().get(0));
    TextField note = text("bedReferralUpdateNote", 30);
    note.setText(e.note() == null ? "" : e.note());
    GridPane g = Ui.formGrid();
    g.addRow(0, new Label(m.get("bed.move.referral")), new Label(what(e) + " · " + e.on()));
    g.addRow(1, Ui.labelFor(m.get("bed.move.status"), status), status);
    g.addRow(2, Ui.labelFor(m.get("bed.referral.note"), note), note);
    this.<BedEventRecord>entry("bedMoveReferralDialog", "bed.move.title", g, status, () -> {
      ReferralStatus s = status.getValue();
      return () -> ws.beds().updateReferral(e.id(), s, note.getText());
    }, "bed.move.done");
  }

  private void closeDialog() {
    DatePicker on = day("bedCloseDate");
    ComboBox<CloseReason> reason = new ComboBox<>();
    reason.setId("bedCloseReason");
    reason.getItems().addAll(CloseReason.values());
    reason.setConverter(Ui.converter(r -> m.get("enum.CloseReason." + r.name())));
    reason.setPromptText(m.get("bed.close.reasonPrompt"));
    TextField note = text("bedCloseNote", 30);
    note.setPromptText(m.get("bed.close.notePrompt"));
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("bed.close.date"), on), on);
    g.addRow(1, Ui.labelFor(m.get("bed.close.reason"), reason), reason);
    g.addRow(2, Ui.labelFor(m.get("bed.close.note"), note), note);
    this.<BedRecord>entry("bedCloseDialog", "bed.close.title", g, reason, () -> {
      LocalDate d = FormDialog.dateOf(on);
      CloseReason r = reason.getValue();
      return () -> ws.beds().close(bedId, d, r, note.getText());
    }, "bed.close.done");
  }
}

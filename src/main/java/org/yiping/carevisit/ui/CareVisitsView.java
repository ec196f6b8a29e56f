package org.yiping.carevisit.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.carevisit.CareVisitRecord;
import org.yiping.carevisit.Coverage;
import org.yiping.carevisit.MonthRow;
import org.yiping.carevisit.NeedKind;
import org.yiping.carevisit.Visitor;
import org.yiping.core.i18n.Messages;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.CaseText;
import org.yiping.ui.FormDialog;
import org.yiping.ui.TownshipChoice;
import org.yiping.ui.Ui;

/**
 * 探访关爱: a month's visit list (this month or one of the 12 before) by township and visitor, with each elder's
 * reasons in words, visitor and state (已探访, 待探访, 未探访 in red once the month is over), the month's coverage at
 * the top, a visit recorded for the selected elder (Enter), and, for the township office, the visitor assigned.
 */
public final class CareVisitsView {
  static final int MONTHS_BACK = 12;

  private final VBox root = new VBox(10);
  private final ComboBox<YearMonth> month = new ComboBox<>();
  private final ComboBox<String> township = new ComboBox<>();
  private final ToggleGroup whose = new ToggleGroup();
  private final ToggleButton mine = new ToggleButton();
  private final ToggleButton all = new ToggleButton();
  private final Label coverage = new Label();
  private final TableView<Row> table = new TableView<>();
  private final Button record = new Button();
  private final Button assign = new Button();
  private final Label message = Ui.errorLabel();
  private final TownshipChoice townships;
  private final Map<String, Visitor> visitors = new LinkedHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;

  /** An elder of the month's list with the village name (the table's items). */
  public record Row(MonthRow row, String village) {}

  public CareVisitsView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    boolean reviewer = ws.session().may(Permission.REVIEW);
    YearMonth now = YearMonth.now(app.clock());

    month.setId("careMonth");
    for (int i = 0; i <= MONTHS_BACK; i++) {
      month.getItems().add(now.minusMonths(i));
    }
    month.setValue(now);
    month.setConverter(Ui.converter(ym -> m.get(ym.equals(now) ? "care.month.current" : "care.month.value",
        Integer.toString(ym.getYear()), ym.getMonthValue())));
    township.setId("careTownship");
    townships = new TownshipChoice(m.get("cases.filter.allTownships"), township);
    mine.setText(m.get("care.filter.mine"));
    mine.setId("careMine");
    mine.getStyleClass().add("left-pill");
    all.setText(m.get("care.filter.all"));
    all.setId("careAll");
    all.getStyleClass().add("right-pill");
    mine.setToggleGroup(whose);
    all.setToggleGroup(whose);
    (reviewer ? all : mine).setSelected(true);
    whose.selectedToggleProperty().addListener((o, a, b) -> {
      if (b == null) {
        a.setSelected(true); // one of the two is always chosen
      } else {
        reload();
      }
    });
    month.valueProperty().addListener((o, a, b) -> reload());
    township.valueProperty().addListener((o, a, b) -> reload());

    record.setText(m.get("care.record"));
    record.setId("recordCareVisit");
    record.getStyleClass().add("accent");
    record.setDisable(!ws.session().may(Permission.EDIT_ELDERS));
    record.setOnAction(e -> selected().ifPresent(this::recordVisit));
    assign.setText(m.get("care.assign"));
    assign.setId("assignVisitor");
    assign.setVisible(reviewer);
    assign.setManaged(reviewer);
    assign.setOnAction(e -> selected().ifPresent(this::assignVisitor));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox pills = new HBox(0, mine, all);
    HBox filters = new HBox(8, Ui.labelFor(m.get("care.filter.month"), month), month,
        Ui.labelFor(m.get("cases.filter.township"), township), township, new Label(m.get("care.filter.visitor")),
        pills, spacer, assign, record);
    filters.setAlignment(Pos.CENTER_LEFT);

    coverage.setId("careCoverage");
    coverage.getStyleClass().add("care-coverage");

    table.setId("careTable");
    table.setPlaceholder(new Label(m.get("care.list.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("care.col.elder", r -> r.row().elder().name(), 150));
    table.getColumns().add(column("care.col.village", Row::village, 170));
    table.getColumns().add(column("care.col.reasons", r -> r.row().reasons().stream().map(c -> CaseText.tag(m, c))
        .collect(Collectors.joining("、")), 130));
    table.getColumns().add(column("care.col.visitor", r -> visitorName(r.row().visitor()), 80));
    TableColumn<Row, String> state = column("care.col.state",
        r -> m.get("care.state." + r.row().state().name()), 70);
    state.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        getStyleClass().removeAll("care-missed", "care-visited");
        Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (r != null && r.row().state() == MonthRow.State.MISSED) {
          getStyleClass().add("care-missed");
        } else if (r != null && r.row().state() == MonthRow.State.VISITED) {
          getStyleClass().add("care-visited");
        }
      }
    });
    table.getColumns().add(state);
    table.getColumns().add(column("care.col.visit", r -> lastVisit(r.row()), 250));
    table.getColumns().add(column("care.col.followUp", r -> followUp(r.row()), 180));
    table.setRowFactory(v -> {
      TableRow<Row> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty() && !record.isDisabled()) {
          recordVisit(row.getItem());
        }
      });
      return row;
    });
    table.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER && !record.isDisabled()) {
        selected().ifPresent(this::recordVisit);
        e.consume();
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    message.setId("careMessage");
    root.getChildren().addAll(Ui.heading(m.get("nav.visits")), filters, coverage, table, message);
    root.getStyleClass().add("page");
    root.setId("careVisitsView");

    townships.load(app, background, ws, codes -> { }, e -> Ui.warn(message, Ui.describe(e, m)));
    reload();
    Platform.runLater(table::requestFocus);
  }


  private TableColumn<Row, String> column(String key, Function<Row, String> text, double width) {
    TableColumn<Row, String> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  private String visitorName(String username) {
    if (username == null) {
      return m.get("care.noVisitor");
    }
    Visitor v = visitors.get(username);
    return v == null ? username : v.displayName();
  }

  private String lastVisit(MonthRow r) {
    if (r.visits().isEmpty()) {
      return "";
    }
    CareVisitRecord v = r.visits().get(r.visits().size() - 1);
    String needs = v.needs().stream().sorted().map(n -> m.get("enum.NeedKind." + n.name()))
        .collect(Collectors.joining("、"));
    return m.get(v.foundWell() ? "care.visit.well" : "care.visit.notWell", v.visitedOn(), visitorName(v.visitor()),
        needs.isEmpty() ? "" : m.get("care.visit.needs", needs));
  }

  private static String followUp(MonthRow r) {
    return r.visits().isEmpty() || r.visits().get(r.visits().size() - 1).followUp() == null ? ""
        : r.visits().get(r.visits().size() - 1).followUp();
  }

  private java.util.Optional<Row> selected() {
    Row r = table.getSelectionModel().getSelectedItem();
    if (r == null) {
      message.setText(m.get("care.pick"));
    }
    return java.util.Optional.ofNullable(r);
  }

  private record Loaded(List<Row> rows, Coverage coverage, List<Visitor> visitors) {}

  /** The month's list and coverage off the FX thread; missed first, then still to visit, then visited. */
  private void reload() {
    long gen = generation.incrementAndGet();
    YearMonth ym = month.getValue();
    String t = township.getValue();
    String visitor = mine.isSelected() ? ws.session().username() : null;
    background.run(() -> {
      List<MonthRow> rows = ws.careVisits().month(t, ym, visitor);
      Coverage c = ws.careVisits().coverage(t, ym);
      List<Visitor> vs = ws.careVisits().visitors();
      Map<String, String> villages = new HashMap<>();
      List<Row> out = new ArrayList<>();
      for (MonthRow r : rows) {
        String code = r.elder().villageCode();
        String village = code == null ? "" : villages.computeIfAbsent(code,
            x -> app.divisions().find(x).map(d -> d.name()).orElse(""));
        out.add(new Row(r, village));
      }
      out.sort(Comparator.comparingInt((Row r) -> switch (r.row().state()) {
        case MISSED -> 0;
        case DUE -> 1;
        case VISITED -> 2;
      }));
      return new Loaded(out, c, vs);
    }, l -> {
      if (gen != generation.get()) {
        return;
      }
      visitors.clear();
      l.visitors().forEach(v -> visitors.put(v.username(), v));
      UUID selected = table.getSelectionModel().getSelectedItem() == null ? null
          : table.getSelectionModel().getSelectedItem().row().elder().id();
      table.getItems().setAll(l.rows());
      for (int i = 0; i < l.rows().size(); i++) {
        if (l.rows().get(i).row().elder().id().equals(selected)) {
          table.getSelectionModel().select(i);
          table.getFocusModel().focus(i);
        }
      }
      Coverage c = l.coverage();
      coverage.setText(m.get("care.coverage", c.due(), c.visited(), c.percent(), c.missed()));
      coverage.getStyleClass().removeAll("case-ok", "case-warn");
      coverage.getStyleClass().add(c.missed() > 0 ? "case-warn" : "case-ok");
    }, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void done(String text) {
    Ui.say(message, text);
    reload();
  }

  /** A visit by the signed-in user: the day, well or not, the needs found and, when not well, the follow-up. */
  private void recordVisit(Row r) {
    message.setText("");
    FormDialog<CareVisitRecord> d = new FormDialog<>(table, m, "careVisitDialog",
        m.get("care.visit.title", r.row().elder().name()));
    YearMonth ym = month.getValue();
    LocalDate today = LocalDate.now(app.clock());
    DatePicker day = FormDialog.datePicker("careVisitDate", ym.equals(YearMonth.from(today)) ? today
        : ym.atEndOfMonth());
    ToggleGroup wellGroup = new ToggleGroup();
    RadioButton well = new RadioButton(m.get("care.visit.wellOption"));
    well.setId("careWell");
    well.setToggleGroup(wellGroup);
    well.setSelected(true);
    RadioButton notWell = new RadioButton(m.get("care.visit.notWellOption"));
    notWell.setId("careNotWell");
    notWell.setToggleGroup(wellGroup);
    HBox wellBox = new HBox(16, well, notWell);
    FlowPane needs = new FlowPane(12, 6);
    needs.setPrefWrapLength(440);
    Map<NeedKind, CheckBox> boxes = new EnumMap<>(NeedKind.class);
    for (NeedKind n : NeedKind.values()) {
      CheckBox c = new CheckBox(m.get("enum.NeedKind." + n.name()));
      c.setId("careNeed" + n.name());
      boxes.put(n, c);
      needs.getChildren().add(c);
    }
    TextField follow = new TextField();
    follow.setId("careFollowUp");
    follow.setPrefColumnCount(32);
    follow.setPromptText(m.get("care.visit.followUpPrompt"));
    Label who = new Label(m.get("care.visit.by", ws.session().displayName()));
    who.getStyleClass().add("text-muted");
    Label why = new Label(r.row().reasons().stream().map(c -> CaseText.reason(m, c))
        .collect(Collectors.joining(m.get("cases.reason.separator"))));
    why.setWrapText(true);
    why.setMaxWidth(440);
    GridPane g = Ui.formGrid();
    g.addRow(0, new Label(m.get("care.visit.why")), why);
    g.addRow(1, Ui.labelFor(m.get("care.visit.date"), day), day);
    g.addRow(2, Ui.labelFor(m.get("care.visit.found"), well), wellBox);
    g.addRow(3, new Label(m.get("care.visit.needsLabel")), needs);
    g.addRow(4, Ui.labelFor(m.get("care.visit.followUp"), follow), follow);
    g.add(who, 1, 5);
    Runnable updateOk = () -> d.okButton().setDisable(notWell.isSelected() && follow.getText().isBlank());
    wellGroup.selectedToggleProperty().addListener((o, a, b) -> {
      if (b == null) {
        a.setSelected(true);
      }
      updateOk.run();
    });
    follow.textProperty().addListener((o, a, b) -> updateOk.run());
    d.content(g, day);
    UUID elder = r.row().elder().id();
    d.show(background, () -> {
      LocalDate on = FormDialog.dateOf(day);
      Set<NeedKind> found = boxes.entrySet().stream().filter(x -> x.getValue().isSelected()).map(Map.Entry::getKey)
          .collect(Collectors.toSet());
      boolean ok = well.isSelected();
      String text = follow.getText();
      return () -> ws.careVisits().record(elder, on, ok, found, text);
    }, v -> done(m.get("care.visit.done", r.row().elder().name(), v.visitedOn())));
  }

  /** The township office names who visits the elder every month. */
  private void assignVisitor(Row r) {
    message.setText("");
    FormDialog<String> d = new FormDialog<>(table, m, "careAssignDialog",
        m.get("care.assign.title", r.row().elder().name()));
    ComboBox<Visitor> who = new ComboBox<>();
    who.setId("careVisitor");
    who.getItems().addAll(visitors.values());
    who.setConverter(Ui.converter(v -> m.get("care.assign.visitor", v.displayName(), v.username())));
    who.setPrefWidth(260);
    who.setValue(r.row().visitor() == null ? null : visitors.get(r.row().visitor()));
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("care.assign.label"), who), who);
    d.okButton().setDisable(who.getValue() == null);
    who.valueProperty().addListener((o, a, b) -> d.okButton().setDisable(b == null));
    d.content(g, who);
    UUID elder = r.row().elder().id();
    d.show(background, () -> {
      String username = who.getValue().username();
      return () -> {
        ws.careVisits().assign(elder, username);
        return username;
      };
    }, u -> done(m.get("care.assign.done", r.row().elder().name(), visitorName(u))));
  }

  public Parent root() {
    return root;
  }
}

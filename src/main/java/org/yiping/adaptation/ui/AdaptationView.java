package org.yiping.adaptation.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.yiping.adaptation.CaseRecord;
import org.yiping.adaptation.CaseState;
import org.yiping.adaptation.Eligibility;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.search.IndexedElder;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.CaseText;
import org.yiping.ui.ElderPicker;
import org.yiping.ui.FormDialog;
import org.yiping.ui.TownshipChoice;
import org.yiping.ui.Ui;

/**
 * 适老化改造: the township's home adaptation cases by year and step, a new application for an elder found by name or
 * pinyin (eligibility in words; an ineligible household needs an override reason), and each case's page. Enter opens
 * the selected case, Alt+N starts an application.
 */
public final class AdaptationView {
  private final StackPane root = new StackPane();
  private final VBox list = new VBox(10);
  private final ComboBox<String> township = new ComboBox<>();
  private final ComboBox<Integer> year = new ComboBox<>();
  private final ComboBox<CaseState> state = new ComboBox<>();
  private final TableView<Row> table = new TableView<>();
  private final Label summary = new Label();
  private final Label message = Ui.errorLabel();
  private final TownshipChoice townships;
  private final AtomicLong generation = new AtomicLong();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;

  /** A case with its elder's name and township name, for the list. */
  record Row(CaseRecord c, String elderName, String township) {}

  public AdaptationView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    int thisYear = LocalDate.now(app.clock()).getYear();

    township.setId("adaptationTownship");
    townships = new TownshipChoice(m.get("cases.filter.allTownships"), township);
    year.setId("adaptationYear");
    year.getItems().add(null);
    for (int y = thisYear + 1; y >= thisYear - 4; y--) {
      year.getItems().add(y);
    }
    year.setValue(thisYear);
    year.setButtonCell(nullableYear());
    year.setCellFactory(v -> nullableYear());
    state.setId("adaptationState");
    state.getItems().add(null);
    state.getItems().addAll(CaseState.values());
    state.setButtonCell(stateCell());
    state.setCellFactory(v -> stateCell());
    township.valueProperty().addListener((o, a, b) -> reload());
    year.valueProperty().addListener((o, a, b) -> reload());
    state.valueProperty().addListener((o, a, b) -> reload());

    Button apply = new Button(m.get("adaptation.list.new"));
    apply.setId("newAdaptationCase");
    apply.getStyleClass().add("accent");
    apply.setDisable(!ws.session().may(Permission.EDIT_ELDERS));
    apply.setOnAction(e -> apply());
    Button open = new Button(m.get("adaptation.list.open"));
    open.setId("openAdaptationCase");
    open.setOnAction(e -> openSelected());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox filters = new HBox(8, Ui.labelFor(m.get("cases.filter.township"), township), township,
        Ui.labelFor(m.get("adaptation.list.year"), year), year, Ui.labelFor(m.get("adaptation.list.state"), state),
        state, spacer, open, apply);
    filters.setAlignment(Pos.CENTER_LEFT);

    table.setId("adaptationCases");
    table.setPlaceholder(new Label(m.get("adaptation.list.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("adaptation.list.col.elder", Row::elderName, 160));
    table.getColumns().add(column("adaptation.list.col.township", Row::township, 130));
    table.getColumns().add(column("adaptation.list.col.year", r -> Integer.toString(r.c().targetYear()), 60));
    table.getColumns().add(column("adaptation.list.col.state",
        r -> m.get("enum.CaseState." + r.c().state().name()), 90));
    table.getColumns().add(column("adaptation.list.col.eligible",
        r -> m.get(r.c().eligible() ? "adaptation.list.eligible" : "adaptation.list.override"), 80));
    table.getColumns().add(column("adaptation.list.col.subsidy", r -> CaseText.yuan(m, r.c().subsidyTotalFen()),
        115));
    table.getColumns().add(column("adaptation.list.col.family", r -> CaseText.yuan(m, r.c().familyTotalFen()), 115));
    table.getColumns().add(column("adaptation.list.col.applied",
        r -> r.c().appliedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString(), 110));
    table.setRowFactory(v -> {
      TableRow<Row> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          open(row.getItem());
        }
      });
      return row;
    });
    table.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        openSelected();
        e.consume();
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    summary.setId("adaptationSummary");
    message.setId("adaptationMessage");
    list.getChildren().addAll(Ui.heading(m.get("nav.adaptation")), filters, summary, table, message);
    list.getStyleClass().add("page");
    root.setId("adaptationView");
    root.getChildren().add(list);

    townships.load(app, background, ws, codes -> { }, e -> Ui.warn(message, Ui.describe(e, m)));
    reload();
    Platform.runLater(table::requestFocus);
  }


  private javafx.scene.control.ListCell<Integer> nullableYear() {
    return new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(Integer y, boolean empty) {
        super.updateItem(y, empty);
        setText(empty ? null : y == null ? m.get("adaptation.list.allYears")
            : m.get("adaptation.list.yearValue", Integer.toString(y)));
      }
    };
  }

  private javafx.scene.control.ListCell<CaseState> stateCell() {
    return new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(CaseState s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty ? null : s == null ? m.get("adaptation.list.allStates") : m.get("enum.CaseState." + s.name()));
      }
    };
  }

  private TableColumn<Row, String> column(String key, Function<Row, String> text, double width) {
    TableColumn<Row, String> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  /** The cases for the filters, off the FX thread; only the newest answer is shown. */
  private void reload() {
    long gen = generation.incrementAndGet();
    String t = township.getValue();
    Integer y = year.getValue();
    CaseState s = state.getValue();
    background.run(() -> {
      List<CaseRecord> cases = ws.adaptation().cases(t, y).stream().filter(c -> s == null || c.state() == s)
          .toList();
      Map<UUID, String> names = ws.elders().names(cases.stream().map(CaseRecord::elderId).toList());
      Map<String, String> towns = new HashMap<>();
      List<Row> rows = new ArrayList<>();
      for (CaseRecord c : cases) {
        String town = c.townshipCode() == null ? "" : towns.computeIfAbsent(c.townshipCode(),
            code -> app.divisions().find(code).map(d -> d.name()).orElse(code));
        rows.add(new Row(c, names.getOrDefault(c.elderId(), "?"), town));
      }
      return rows;
    }, rows -> {
      if (gen != generation.get()) {
        return;
      }
      UUID selected = table.getSelectionModel().getSelectedItem() == null ? null
          : table.getSelectionModel().getSelectedItem().c().id();
      table.getItems().setAll(rows);
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).c().id().equals(selected)) {
          table.getSelectionModel().select(i);
        }
      }
      long open = rows.stream().filter(r -> !r.c().state().closed()).count();
      long archived = rows.stream().filter(r -> r.c().state() == CaseState.ARCHIVED).count();
      long subsidy = rows.stream().filter(r -> r.c().state() != CaseState.TERMINATED)
          .mapToLong(r -> r.c().subsidyTotalFen()).sum();
      summary.setText(m.get("adaptation.list.summary", rows.size(), open, archived, CaseText.yuan(m, subsidy)));
    }, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void openSelected() {
    Row r = table.getSelectionModel().getSelectedItem();
    if (r == null) {
      message.setText(m.get("adaptation.list.pick"));
      return;
    }
    open(r);
  }

  private void open(Row r) {
    open(r.c().id(), r.elderName());
  }

  /** Shows the case over the list; going back reloads the list. */
  void open(UUID caseId, String elderName) {
    message.setText("");
    AdaptationCasePage page = new AdaptationCasePage(app, background, ws, caseId, elderName, () -> {
      root.getChildren().remove(1, root.getChildren().size());
      list.setVisible(true);
      reload();
      table.requestFocus();
    });
    root.getChildren().add(page.root());
    list.setVisible(false);
  }

  /**
   * 新建申请: find the elder, see the eligibility in words, choose the year, give an override reason when the
   * household does not qualify; the new case opens.
   */
  private void apply() {
    FormDialog<CaseRecord> d = new FormDialog<>(root, m, "adaptationApplyDialog", m.get("adaptation.apply.title"));
    ElderPicker picker = new ElderPicker(app, background, ws, "adaptation", e -> d.problem(Ui.describe(e, m)));
    Label eligibility = new Label(m.get("adaptation.apply.pick"));
    eligibility.setId("adaptationEligibility");
    eligibility.setWrapText(true);
    eligibility.setMaxWidth(560);
    eligibility.setMinHeight(Region.USE_PREF_SIZE);
    int thisYear = LocalDate.now(app.clock()).getYear();
    ComboBox<Integer> targetYear = new ComboBox<>();
    targetYear.setId("adaptationApplyYear");
    targetYear.getItems().addAll(thisYear - 1, thisYear, thisYear + 1);
    targetYear.setValue(thisYear);
    targetYear.setConverter(Ui.converter(y -> m.get("adaptation.list.yearValue", Integer.toString(y))));
    TextField override = new TextField();
    override.setId("adaptationOverride");
    override.setPromptText(m.get("adaptation.apply.overridePrompt"));
    override.setDisable(true);
    GridPane g = Ui.formGrid();
    Label elderLabel = Ui.labelFor(m.get("adaptation.apply.elder"), picker.field());
    GridPane.setValignment(elderLabel, javafx.geometry.VPos.TOP);
    elderLabel.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
    g.addRow(0, elderLabel, picker.root());
    g.addRow(1, new Label(m.get("adaptation.apply.eligibility")), eligibility);
    g.addRow(2, Ui.labelFor(m.get("adaptation.apply.year"), targetYear), targetYear);
    g.addRow(3, Ui.labelFor(m.get("adaptation.apply.override"), override), override);
    picker.root().setStyle("-fx-pref-width: 460;");
    Eligibility[] known = {null};
    AtomicLong asked = new AtomicLong();
    Runnable updateOk = () -> d.okButton().setDisable(picker.selectedProperty().get() == null || known[0] == null
        || (!known[0].eligible() && override.getText().isBlank()));
    picker.selectedProperty().addListener((o, a, elder) -> {
      known[0] = null;
      long n = asked.incrementAndGet();
      eligibility.getStyleClass().removeAll("case-ok", "case-warn");
      updateOk.run();
      if (elder == null) {
        eligibility.setText(m.get("adaptation.apply.pick"));
        return;
      }
      eligibility.setText(m.get("adaptation.apply.checking"));
      background.run(() -> ws.adaptation().eligibility(elder.id()), e -> {
        if (n != asked.get()) {
          return;
        }
        known[0] = e;
        eligibility.setText(m.get(e.eligible() ? "adaptation.apply.eligible" : "adaptation.apply.notEligible",
            CaseText.reasons(m, e.reasons())));
        eligibility.getStyleClass().add(e.eligible() ? "case-ok" : "case-warn");
        // Focus stays where the user is typing: moving it to the reason while a name is still being typed sent the
        // rest of the name into the reason field.
        override.setDisable(e.eligible());
        updateOk.run();
      }, ex -> d.problem(Ui.describe(ex, m)));
    });
    override.textProperty().addListener((o, a, b) -> updateOk.run());
    updateOk.run();
    d.content(g, picker.field());
    d.show(background, () -> {
      IndexedElder elder = picker.selectedProperty().get();
      boolean eligible = known[0] != null && known[0].eligible();
      String reason = eligible ? null : override.getText();
      int y = targetYear.getValue();
      return () -> ws.adaptation().apply(elder.id(), y, reason);
    }, c -> {
      reload();
      open(c.id(), picker.selectedProperty().get() == null ? "" : picker.selectedProperty().get().name());
    });
  }

  public Parent root() {
    return root;
  }
}

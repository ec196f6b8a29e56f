package org.yiping.bed.ui;

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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.bed.BedRecord;
import org.yiping.core.i18n.Messages;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.TownshipChoice;
import org.yiping.ui.Ui;

/**
 * 家庭养老床位: the beds of a township, open or closed; 建床 for an elder found by name or pinyin; each bed's page with
 * its bed code (一床一码), devices and service log. Enter opens the selected bed, Alt+N sets one up.
 */
public final class BedsView {
  /** Which beds the list shows. */
  enum Show { OPEN, CLOSED, ALL }

  private final StackPane root = new StackPane();
  private final VBox list = new VBox(10);
  private final ComboBox<String> township = new ComboBox<>();
  private final ComboBox<Show> show = new ComboBox<>();
  private final TableView<Row> table = new TableView<>();
  private final Label summary = new Label();
  private final Label message = Ui.errorLabel();
  private final TownshipChoice townships;
  private final AtomicLong generation = new AtomicLong();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;

  /** A bed with its elder's name and township name, for the list. */
  record Row(BedRecord bed, String elderName, String township) {}

  public BedsView(AppContext app, Background background, Workspace ws) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();

    township.setId("bedTownship");
    townships = new TownshipChoice(m.get("cases.filter.allTownships"), township);
    show.setId("bedShow");
    show.getItems().addAll(Show.values());
    show.setValue(Show.OPEN);
    show.setConverter(Ui.converter(s -> m.get("bed.list.show." + s.name())));
    township.valueProperty().addListener((o, a, b) -> reload());
    show.valueProperty().addListener((o, a, b) -> reload());

    Button setUp = new Button(m.get("bed.list.new"));
    setUp.setId("newBed");
    setUp.getStyleClass().add("accent");
    setUp.setDisable(!ws.session().may(Permission.EDIT_ELDERS));
    setUp.setOnAction(e -> new BedSetupDialog(app, background, ws, root).show(bed -> {
      reload();
      open(bed.id(), null);
    }));
    Button open = new Button(m.get("bed.list.open"));
    open.setId("openBed");
    open.setOnAction(e -> openSelected());
    // Labels for every bed the list shows (a township's open beds, say), one per page on label stock.
    Button labels = new Button(m.get("bed.list.labels"));
    labels.setId("bedLabels");
    labels.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));
    labels.setOnAction(e -> {
      java.util.List<java.util.UUID> ids = table.getItems().stream().map(r -> r.bed().id()).toList();
      org.yiping.ui.ReportPreviews.open(root.getScene().getWindow(), app, background, ws,
          () -> ws.reports().bedLabels(ids));
    });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox filters = new HBox(8, Ui.labelFor(m.get("cases.filter.township"), township), township,
        Ui.labelFor(m.get("bed.list.show"), show), show, spacer, labels, open, setUp);
    filters.setAlignment(Pos.CENTER_LEFT);

    table.setId("bedTable");
    table.setPlaceholder(new Label(m.get("bed.list.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("bed.list.col.code", r -> r.bed().bedCode(), 200));
    table.getColumns().add(column("bed.list.col.elder", Row::elderName, 100));
    table.getColumns().add(column("bed.list.col.township", Row::township, 140));
    table.getColumns().add(column("bed.list.col.provider", r -> r.bed().provider(), 200));
    table.getColumns().add(column("bed.list.col.opened", r -> r.bed().openedOn().toString(), 100));
    table.getColumns().add(column("bed.list.col.agreement",
        r -> m.get("bed.agreement.range", r.bed().agreementFrom(), r.bed().agreementTo()), 190));
    table.getColumns().add(column("bed.list.col.state", this::stateText, 140));
    table.setRowFactory(v -> {
      TableRow<Row> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          open(row.getItem().bed().id(), row.getItem().elderName());
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
    summary.setId("bedSummary");
    message.setId("bedMessage");
    list.getChildren().addAll(Ui.heading(m.get("nav.beds")), filters, summary, table, message);
    list.getStyleClass().add("page");
    root.setId("bedsView");
    root.getChildren().add(list);

    townships.load(app, background, ws, codes -> { }, e -> Ui.warn(message, Ui.describe(e, m)));
    reload();
    Platform.runLater(table::requestFocus);
  }

  private String stateText(Row r) {
    BedRecord b = r.bed();
    return b.open() ? m.get("bed.state.open")
        : m.get("bed.state.closed", b.closedOn(), m.get("enum.CloseReason." + b.closeReason().name()));
  }


  private TableColumn<Row, String> column(String key, Function<Row, String> text, double width) {
    TableColumn<Row, String> c = new TableColumn<>(m.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private void reload() {
    long gen = generation.incrementAndGet();
    String t = township.getValue();
    Show s = show.getValue();
    background.run(() -> {
      List<BedRecord> all = ws.beds().beds(t, false);
      Map<UUID, String> names = ws.elders().names(all.stream().map(BedRecord::elderId).toList());
      Map<String, String> towns = new HashMap<>();
      List<Row> rows = new ArrayList<>();
      for (BedRecord b : all) {
        if (s == Show.OPEN && !b.open() || s == Show.CLOSED && b.open()) {
          continue;
        }
        String town = b.townshipCode() == null ? "" : towns.computeIfAbsent(b.townshipCode(),
            code -> app.divisions().find(code).map(d -> d.name()).orElse(code));
        rows.add(new Row(b, names.getOrDefault(b.elderId(), "?"), town));
      }
      long open = all.stream().filter(BedRecord::open).count();
      return new Object[] {rows, open, all.size() - open};
    }, result -> {
      if (gen != generation.get()) {
        return;
      }
      @SuppressWarnings("unchecked")
      List<Row> rows = (List<Row>) result[0];
      table.getItems().setAll(rows);
      summary.setText(m.get("bed.list.summary", result[1], result[2]));
    }, e -> Ui.warn(message, Ui.describe(e, m)));
  }

  private void openSelected() {
    Row r = table.getSelectionModel().getSelectedItem();
    if (r == null) {
      message.setText(m.get("bed.list.pick"));
      return;
    }
    open(r.bed().id(), r.elderName());
  }

  /** Shows the bed over the list; going back reloads the list. */
  void open(UUID bedId, String elderName) {
    message.setText("");
    BedPage page = new BedPage(app, background, ws, bedId, () -> {
      root.getChildren().remove(1, root.getChildren().size());
      list.setVisible(true);
      reload();
      table.requestFocus();
    });
    root.getChildren().add(page.root());
    list.setVisible(false);
  }

  public Parent root() {
    return root;
  }
}

package org.yiping.elder.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.Division;
import org.yiping.elder.search.IndexedElder;
import org.yiping.elder.search.SearchPage;
import org.yiping.elder.search.SearchQuery;
import org.yiping.security.Permission;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/**
 * 老人档案: search as you type over name, pinyin initials or full pinyin, ID number (or its last digits), phone and
 * village, with filters; a paged table; open, create and import. Enter opens the selected file, Ctrl+N a new one.
 */
public final class ElderListView {
  static final int PAGE_SIZE = 50;

  private final StackPane root = new StackPane();
  private final BorderPane list = new BorderPane();
  private final TextField search = new TextField();
  private final ComboBox<Division> township = new ComboBox<>();
  private final CheckComboBox<HardshipFlag> flags = new CheckComboBox<>();
  private final ComboBox<EconomicStatus> economic = new ComboBox<>();
  private final TableView<IndexedElder> table = new TableView<>();
  private final Label pageLabel = new Label();
  private final Button prev = new Button();
  private final Button next = new Button();
  private final AtomicLong generation = new AtomicLong();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Runnable onChange;
  private final javafx.beans.property.ObjectProperty<Division> importCounty =
      new javafx.beans.property.SimpleObjectProperty<>();
  private int offset;
  private int total;

  public ElderListView(AppContext app, Background background, Workspace ws, Runnable onChange) {
    this(app, background, ws, onChange, null);
  }

  private java.util.function.Function<UUID, javafx.scene.Node> fileSections;

  /** {@code fileSections}: other features' sections of an elder's file (see {@link ElderEditorView}). */
  public ElderListView(AppContext app, Background background, Workspace ws, Runnable onChange,
      java.util.function.Function<UUID, javafx.scene.Node> fileSections) {
    this.fileSections = fileSections;
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.onChange = onChange;
    Messages m = app.messages();

    search.setId("elderSearch");
    search.setPromptText(m.get("elders.search.prompt"));
    HBox.setHgrow(search, Priority.ALWAYS);
    township.setId("townshipFilter");
    township.setPromptText(m.get("elders.filter.township"));
    township.setCellFactory(v -> divisionCell());
    township.setButtonCell(divisionCell());
    // Several flags at once (e.g. 独居 and 高龄): an elder must have all that are ticked.
    flags.setId("flagFilter");
    flags.setTitle(m.get("elders.filter.flag"));
    flags.getItems().addAll(HardshipFlag.values());
    flags.setConverter(EnumText.converter(m, HardshipFlag.class, "elders.filter.flag"));
    economic.setId("economicFilter");
    economic.setPromptText(m.get("elders.filter.economic"));
    economic.getItems().add(null);
    economic.getItems().addAll(EconomicStatus.values());
    economic.setConverter(EnumText.converter(m, EconomicStatus.class, "elders.filter.economic"));

    Button create = new Button(m.get("elders.new"));
    create.setId("newElder");
    create.setDisable(!ws.session().may(Permission.EDIT_ELDERS));
    create.setOnAction(e -> openEditor(null));
    Button importButton = new Button(m.get("elders.import"));
    importButton.setId("importRoster");
    importButton.setDisable(!ws.session().may(Permission.IMPORT_ELDERS));
    importButton.setOnAction(e -> new ImportDialog(app, background, ws, root.getScene().getWindow(), importCounty,
        () -> {
      onChange.run();
      refresh();
    }).start());

    HBox filters = new HBox(8, search, township, flags, economic, create, importButton);
    filters.setAlignment(Pos.CENTER_LEFT);

    table.setId("elderTable");
    table.setPlaceholder(new Label(m.get("elders.loading")));
    LocalDate today = LocalDate.now(app.clock());
    table.getColumns().add(column(m.get("elders.col.name"), e -> e.name(), 120));
    table.getColumns().add(column(m.get("elders.col.sex"), e -> e.sex() == null ? "" : e.sex().chinese(), 50));
    table.getColumns().add(column(m.get("elders.col.age"),
        e -> e.birthDate() == null ? "" : Integer.toString(java.time.Period.between(e.birthDate(), today).getYears()),
        50));
    table.getColumns().add(column(m.get("elders.col.idNumber"), e -> mask(e.idNumber()), 170));
    table.getColumns().add(column(m.get("elders.col.phone"), e -> e.phone() == null ? "" : e.phone(), 120));
    table.getColumns().add(column(m.get("elders.col.township"),
        e -> e.townshipCode() == null ? "" : app.divisions().find(e.townshipCode()).map(Division::name).orElse(""),
        140));
    table.getColumns().add(column(m.get("elders.col.village"), e -> e.villageName() == null ? "" : e.villageName(),
        160));
    table.getColumns().add(column(m.get("elders.col.economic"),
        e -> e.economicStatus() == null ? "" : m.get("enum.EconomicStatus." + e.economicStatus().name()), 90));
    table.getColumns().add(column(m.get("elders.col.flags"), e -> flagsText(m, e, today), 200));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(tv -> {
      TableRow<IndexedElder> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          openEditor(row.getItem().id());
        }
      });
      return row;
    });
    table.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
        openEditor(table.getSelectionModel().getSelectedItem().id());
        e.consume();
      }
    });

    prev.setText(m.get("elders.page.prev"));
    prev.setId("pagePrev");
    prev.setOnAction(e -> {
      offset = Math.max(0, offset - PAGE_SIZE);
      refresh();
    });
    next.setText(m.get("elders.page.next"));
    next.setId("pageNext");
    next.setOnAction(e -> {
      offset += PAGE_SIZE;
      refresh();
    });
    pageLabel.setId("pageLabel");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox pager = new HBox(8, pageLabel, spacer, prev, next);
    pager.setAlignment(Pos.CENTER_LEFT);

    VBox top = new VBox(10, Ui.heading(m.get("nav.elders")), filters);
    list.setTop(top);
    list.setCenter(table);
    list.setBottom(pager);
    list.getStyleClass().add("page");
    BorderPane.setMargin(table, new javafx.geometry.Insets(10, 0, 10, 0));
    root.getChildren().add(list);

    search.textProperty().addListener((o, a, b) -> {
      offset = 0;
      refresh();
    });
    township.valueProperty().addListener((o, a, b) -> {
      offset = 0;
      refresh();
    });
    flags.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<HardshipFlag>) c -> {
      flags.setTitle(flags.getCheckModel().getCheckedItems().isEmpty() ? m.get("elders.filter.flag") : null);
      offset = 0;
      refresh();
    });
    economic.valueProperty().addListener((o, a, b) -> {
      offset = 0;
      refresh();
    });
    // Down arrow from the search box goes to the results, so the keyboard never needs the mouse.
    search.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
        table.requestFocus();
        table.getSelectionModel().selectFirst();
        table.getFocusModel().focus(0);
        e.consume();
      }
    });
    root.sceneProperty().addListener((o, a, scene) -> {
      if (scene != null) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
            () -> {
              if (list.isVisible() && !create.isDisabled()) {
                openEditor(null);
              }
            });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            search::requestFocus);
      }
    });

    // Townships for the filter: the division data may still be loading on first use.
    background.run(() -> app.divisions().ofLevel(4), ts -> {
      township.getItems().add(null);
      township.getItems().addAll(ts);
    }, Ui::logQuietly);
    refresh();
    javafx.application.Platform.runLater(search::requestFocus);
  }

  private ListCell<Division> divisionCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Division d, boolean empty) {
        super.updateItem(d, empty);
        if (empty) {
          setText(null);
        } else if (d == null) {
          setText(app.messages().get("elders.filter.township"));
        } else {
          String county = app.divisions().find(d.parentCode()).map(Division::name).orElse("");
          setText(county + " " + d.name());
        }
      }
    };
  }

  /** Runs the current query off the FX thread; only the newest answer is shown. */
  void refresh() {
    long gen = generation.incrementAndGet();
    SearchQuery q = new SearchQuery(search.getText(), township.getValue() == null ? null : township.getValue().code(),
        flags.getCheckModel().getCheckedItems().isEmpty() ? Set.of()
            : EnumSet.copyOf(flags.getCheckModel().getCheckedItems()), economic.getValue(),
        LocalDate.now(app.clock()));
    int from = offset;
    background.run(() -> ws.elders().index().search(q, from, PAGE_SIZE), page -> {
      if (gen == generation.get()) {
        show(page);
      }
    }, e -> table.setPlaceholder(new Label(Ui.describe(e, app.messages()))));
  }

  private void show(SearchPage page) {
    Messages m = app.messages();
    total = page.total();
    table.getItems().setAll(page.items());
    table.setPlaceholder(new Label(m.get(search.getText().isBlank() && total == 0 ? "elders.empty" : "elders.none")));
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = offset / PAGE_SIZE + 1;
    pageLabel.setText(m.get("elders.page.label", current, pages, total));
    prev.setDisable(offset == 0);
    next.setDisable(offset + PAGE_SIZE >= total);
  }

  private void openEditor(UUID id) {
    ElderEditorView editor = new ElderEditorView(app, background, ws, id, saved -> {
      closeEditor();
      onChange.run();
      refresh();
    }, this::closeEditor, fileSections);
    // Show the editor and move the focus into it before hiding the list: hiding the focused search box first would
    // let JavaFX pass the focus to some other control.
    root.getChildren().add(editor.root());
    editor.focusFirstField();
    list.setVisible(false);
  }

  private void closeEditor() {
    if (root.getChildren().size() > 1) {
      root.getChildren().remove(1, root.getChildren().size());
    }
    list.setVisible(true);
    search.requestFocus();
  }

  private static String mask(String id) {
    if (id == null || id.length() < 8) {
      return id;
    }
    return id.substring(0, 6) + "********" + id.substring(14);
  }

  private static String flagsText(Messages m, IndexedElder e, LocalDate today) {
    StringBuilder sb = new StringBuilder();
    for (HardshipFlag f : e.flags()) {
      sb.append(sb.length() == 0 ? "" : "、").append(m.get("enum.HardshipFlag." + f.name()));
    }
    if (e.isAdvancedAge(today)) {
      sb.append(sb.length() == 0 ? "" : "、").append(m.get("enum.HardshipFlag.ADVANCED_AGE"));
    }
    return sb.toString();
  }

  private static TableColumn<IndexedElder, String> column(String title,
      java.util.function.Function<IndexedElder, String> value, double width) {
    TableColumn<IndexedElder, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  public Parent root() {
    return root;
  }

}

package org.yiping.elder.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.idcard.IdNumber;
import org.yiping.core.idcard.InvalidIdNumberException;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.Contact;
import org.yiping.elder.ContactRelation;
import org.yiping.elder.DuplicateElderException;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.Education;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.ElderChangedException;
import org.yiping.elder.ElderFile;
import org.yiping.elder.ElderValidationException;
import org.yiping.elder.Ethnicities;
import org.yiping.elder.FieldProblem;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.IncomeSource;
import org.yiping.elder.LivingArrangement;
import org.yiping.elder.MaritalStatus;
import org.yiping.elder.MedicalPayment;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.ui.Background;
import org.yiping.ui.Ui;

/**
 * Create or edit one elder's file (GB/T 42195 A.2–A.3). Birth date, sex and age are shown as derived from the ID
 * number, never typed. The address is picked level by level from the bundled division data. Ctrl+S saves, Esc goes
 * back.
 */
public final class ElderEditorView {
  private final BorderPane root = new BorderPane();
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Messages m;
  private final Consumer<ElderFile> onSaved;
  private final Runnable onBack;
  private final DivisionCatalog divisions;

  private final TextField name = new TextField();
  private final TextField idNumber = new TextField();
  private final Label derived = new Label();
  private final ComboBox<String> ethnicity = new ComboBox<>();
  private final ComboBox<String> religion = new ComboBox<>();
  private final TextField phone = new TextField();
  private final TextField address = new TextField();
  private final List<ComboBox<Division>> levels = new ArrayList<>();
  private final Map<LivingArrangement, CheckBox> living = new EnumMap<>(LivingArrangement.class);
  private final ComboBox<MaritalStatus> marital = new ComboBox<>();
  private final ComboBox<Education> education = new ComboBox<>();
  private final Map<MedicalPayment, CheckBox> medical = new EnumMap<>(MedicalPayment.class);
  private final Map<IncomeSource, CheckBox> income = new EnumMap<>(IncomeSource.class);
  private final ComboBox<EconomicStatus> economic = new ComboBox<>();
  private final Map<HardshipFlag, CheckBox> flags = new EnumMap<>(HardshipFlag.class);
  private final List<ContactRow> contacts = new ArrayList<>();
  private final TextArea notes = new TextArea();
  private final Label error = Ui.errorLabel();
  private final Button save = new Button();
  private UUID id;
  private long rev;
  /** The version the editor was filled from: saving puts this edit's changes on top of whatever is newer. */
  private ElderFile loaded;

  private static final class ContactRow {
    final TextField name = new TextField();
    final ComboBox<ContactRelation> relation = new ComboBox<>();
    final TextField phone = new TextField();
    final CheckBox guardian = new CheckBox();
  }

  private final java.util.function.Function<UUID, Node> fileSections;

  public ElderEditorView(AppContext app, Background background, Workspace ws, UUID id, Consumer<ElderFile> onSaved,
      Runnable onBack) {
    this(app, background, ws, id, onSaved, onBack, null);
  }

  /**
   * {@code fileSections}: what other features show in an existing elder's file (e.g. the results history), added
   * below the fields; null for none. Passed in so this screen does not depend on other features' screens.
   */
  public ElderEditorView(AppContext app, Background background, Workspace ws, UUID id, Consumer<ElderFile> onSaved,
      Runnable onBack, java.util.function.Function<UUID, Node> fileSections) {
    this.fileSections = fileSections;
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.m = app.messages();
    this.onSaved = onSaved;
    this.onBack = onBack;
    this.divisions = app.divisions();
    this.id = id;
    build();
    if (id != null) {
      save.setDisable(true);
      background.run(() -> ws.elders().get(id), this::fill, e -> error.setText(Ui.describe(e, m)));
    }
  }

  /** Puts the cursor in the first field; call once the editor is in the scene. */
  public void focusFirstField() {
    // The fields live inside a ScrollPane, whose skin puts them into the scene only at the first CSS pass.
    root.applyCss();
    root.layout();
    name.requestFocus();
  }

  private void build() {
    name.setId("elderName");
    idNumber.setId("elderIdNumber");
    derived.setId("elderDerived");
    derived.getStyleClass().add("derived");
    ethnicity.setId("elderEthnicity");
    ethnicity.getItems().addAll(Ethnicities.ALL);
    ethnicity.setEditable(true);
    religion.setId("elderReligion");
    religion.getItems().addAll("", m.get("elder.religion.none"), m.get("elder.religion.yes"));
    phone.setId("elderPhone");
    address.setId("elderAddress");
    marital.setId("elderMarital");
    marital.getItems().add(null);
    marital.getItems().addAll(MaritalStatus.values());
    marital.setConverter(EnumText.converter(m, MaritalStatus.class, null));
    education.setId("elderEducation");
    education.getItems().add(null);
    education.getItems().addAll(Education.values());
    education.setConverter(EnumText.converter(m, Education.class, null));
    economic.setId("elderEconomic");
    economic.getItems().add(null);
    economic.getItems().addAll(EconomicStatus.values());
    economic.setConverter(EnumText.converter(m, EconomicStatus.class, null));
    notes.setId("elderNotes");
    notes.setPrefRowCount(3);
    notes.setWrapText(true);
    error.setId("elderError");

    idNumber.textProperty().addListener((o, a, b) -> showDerived());

    GridPane grid = Ui.formGrid();
    int r = 0;
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.name"), name), name);
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.idNumber"), idNumber), new VBox(4, idNumber, derived));
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.ethnicity"), ethnicity), ethnicity);
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.religion"), religion), religion);
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.phone"), phone), phone);
    Node picker = divisionPicker();
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.division"), levels.get(0)), picker);
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.address"), address), address);
    grid.addRow(r++, new Label(m.get("elder.field.living")), checks(living, LivingArrangement.values(), "living"));
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.marital"), marital), marital);
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.education"), education), education);
    grid.addRow(r++, new Label(m.get("elder.field.medical")), checks(medical, MedicalPayment.values(), "medical"));
    grid.addRow(r++, new Label(m.get("elder.field.income")), checks(income, IncomeSource.values(), "income"));
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.economic"), economic), economic);
    grid.addRow(r++, new Label(m.get("elder.field.flags")), checks(flags, HardshipFlag.values(), "flag"));
    flags.get(HardshipFlag.ADVANCED_AGE).setDisable(true); // derived from the birth date
    grid.addRow(r++, new Label(m.get("elder.field.contacts")), contactRows());
    grid.addRow(r++, Ui.labelFor(m.get("elder.field.notes"), notes), notes);
    address.setPrefColumnCount(40);
    if (id != null && fileSections != null) {
      grid.add(fileSections.apply(id), 0, r++, 2, 1);
    }

    save.setText(m.get("elder.save"));
    save.setId("saveElder");
    save.setDefaultButton(false);
    save.setOnAction(e -> save());
    Button back = new Button(m.get("elder.back"));
    back.setId("backToList");
    back.setCancelButton(true);
    back.setOnAction(e -> onBack.run());
    HBox buttons = new HBox(10, save, back);
    buttons.setAlignment(Pos.CENTER_LEFT);

    Label title = Ui.heading(m.get(id == null ? "elder.title.new" : "elder.title.edit"));
    VBox top = new VBox(8, title, error);
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPadding(new Insets(8));
    // Tab moves through a long form: keep the focused field in view (ScrollPane does not do this by itself).
    root.sceneProperty().addListener((o, a, scene) -> {
      if (scene != null) {
        scene.focusOwnerProperty().addListener((obs, old, focused) -> scrollIntoView(scroll, grid, focused));
      }
    });
    root.setTop(top);
    root.setCenter(scroll);
    root.setBottom(buttons);
    root.getStyleClass().add("page");
    BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
    root.sceneProperty().addListener((o, a, scene) -> {
      if (scene != null) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
          if (root.getScene() != null && !save.isDisabled()) {
            save();
          }
        });
      }
    });
  }

  private static void scrollIntoView(ScrollPane scroll, Node content, Node focused) {
    if (focused == null || !isInside(focused, content)) {
      return;
    }
    double contentHeight = content.getBoundsInLocal().getHeight();
    double viewport = scroll.getViewportBounds().getHeight();
    if (contentHeight <= viewport) {
      return;
    }
    javafx.geometry.Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
    double top = scroll.getVvalue() * (contentHeight - viewport);
    if (b.getMinY() < top) {
      scroll.setVvalue(Math.max(0, (b.getMinY() - 8) / (contentHeight - viewport)));
    } else if (b.getMaxY() > top + viewport) {
      scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport + 8) / (contentHeight - viewport)));
    }
  }

  private static boolean isInside(Node node, Node ancestor) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** 地州市 → 县市区 → 乡镇街道 → 村社区; the autonomous region is fixed. */
  private Node divisionPicker() {
    String[] ids = {"divisionPrefecture", "divisionCounty", "divisionTownship", "divisionVillage"};
    String[] prompts = {"elder.division.prefecture", "elder.division.county", "elder.division.township",
        "elder.division.village"};
    for (int i = 0; i < 4; i++) {
      ComboBox<Division> c = new ComboBox<>();
      c.setId(ids[i]);
      c.setPromptText(m.get(prompts[i]));
      c.setCellFactory(v -> nameCell());
      c.setButtonCell(nameCell());
      c.setVisibleRowCount(14);
      levels.add(c);
    }
    levels.get(0).getItems().setAll(divisions.children(divisions.root().code()));
    for (int i = 0; i < 3; i++) {
      final int level = i;
      levels.get(i).valueProperty().addListener((o, a, b) -> {
        ComboBox<Division> child = levels.get(level + 1);
        child.getItems().setAll(b == null ? List.of() : divisions.children(b.code()));
        child.setValue(null);
      });
    }
    Label region = new Label(divisions.root().name());
    HBox box = new HBox(6, region, levels.get(0), levels.get(1), levels.get(2), levels.get(3));
    box.setAlignment(Pos.CENTER_LEFT);
    return new FlowPane(box);
  }

  private ListCell<Division> nameCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Division d, boolean empty) {
        super.updateItem(d, empty);
        setText(empty || d == null ? null : d.name());
      }
    };
  }

  private <E extends Enum<E>> Node checks(Map<E, CheckBox> map, E[] values, String idPrefix) {
    FlowPane pane = new FlowPane(12, 6);
    for (E v : values) {
      CheckBox c = new CheckBox(m.get("enum." + v.getDeclaringClass().getSimpleName() + "." + v.name()));
      c.setId(idPrefix + "_" + v.name());
      map.put(v, c);
      pane.getChildren().add(c);
    }
    pane.setPrefWrapLength(620);
    return pane;
  }

  private Node contactRows() {
    VBox box = new VBox(6);
    for (int i = 0; i < 2; i++) {
      ContactRow row = new ContactRow();
      row.name.setId("contactName" + i);
      row.name.setPromptText(m.get("elder.contact.name"));
      row.relation.setId("contactRelation" + i);
      row.relation.getItems().add(null);
      row.relation.getItems().addAll(ContactRelation.values());
      row.relation.setConverter(EnumText.converter(m, ContactRelation.class, null));
      row.relation.setPromptText(m.get("elder.contact.relation"));
      row.phone.setId("contactPhone" + i);
      row.phone.setPromptText(m.get("elder.contact.phone"));
      row.guardian.setText(m.get("elder.contact.guardian"));
      row.guardian.setId("contactGuardian" + i);
      contacts.add(row);
      HBox line = new HBox(8, row.name, row.relation, row.phone, row.guardian);
      line.setAlignment(Pos.CENTER_LEFT);
      box.getChildren().add(line);
    }
    return box;
  }

  private void showDerived() {
    String text = idNumber.getText();
    if (text == null || text.isBlank()) {
      derived.setText(m.get("elder.derived.hint"));
      return;
    }
    LocalDate today = LocalDate.now(app.clock());
    try {
      IdNumber n = IdNumber.parse(text, today);
      derived.setText(m.get("elder.derived", n.birthDate().toString(),
          m.get("enum.Sex." + n.sex().name()), n.ageOn(today)));
      flags.get(HardshipFlag.ADVANCED_AGE).setSelected(n.ageOn(today) >= 80);
    } catch (InvalidIdNumberException e) {
      derived.setText(e.message(m));
    }
  }

  private void fill(ElderFile f) {
    id = f.id();
    rev = f.rev();
    loaded = f;
    name.setText(f.name());
    idNumber.setText(f.idNumber());
    ethnicity.setValue(f.ethnicity());
    religion.setValue(f.religion() == null ? "" : f.religion());
    phone.setText(f.phone());
    address.setText(f.address());
    if (f.divisionCode() != null) {
      List<Division> path = divisions.path(f.divisionCode());
      // path: 自治区, 地州市, 县市区, 乡镇, 村
      for (int i = 1; i < path.size() && i <= 4; i++) {
        levels.get(i - 1).setValue(path.get(i));
      }
    }
    living.forEach((k, c) -> c.setSelected(f.livingArrangements().contains(k)));
    marital.setValue(f.maritalStatus());
    education.setValue(f.education());
    medical.forEach((k, c) -> c.setSelected(f.medicalPayments().contains(k)));
    income.forEach((k, c) -> c.setSelected(f.incomeSources().contains(k)));
    economic.setValue(f.economicStatus());
    flags.forEach((k, c) -> c.setSelected(f.flags().contains(k)));
    for (int i = 0; i < contacts.size(); i++) {
      ContactRow row = contacts.get(i);
      if (i < f.contacts().size()) {
        Contact c = f.contacts().get(i);
        row.name.setText(c.name());
        row.relation.setValue(c.relation());
        row.phone.setText(c.phone());
        row.guardian.setSelected(c.guardian());
      }
    }
    notes.setText(f.notes());
    save.setDisable(false);
  }

  ElderDraft draft() {
    String division = null;
    for (int i = 3; i >= 0 && division == null; i--) {
      if (levels.get(i).getValue() != null) {
        division = levels.get(i).getValue().code();
      }
    }
    List<Contact> cs = new ArrayList<>();
    for (ContactRow row : contacts) {
      boolean any = !row.name.getText().isBlank() || !row.phone.getText().isBlank();
      if (any) {
        cs.add(new Contact(row.name.getText().strip(), row.relation.getValue(), row.phone.getText().strip(),
            row.guardian.isSelected()));
      }
    }
    return new ElderDraft(name.getText(), idNumber.getText(), ethnicity.getValue(),
        religion.getValue() == null || religion.getValue().isBlank() ? null : religion.getValue(), phone.getText(),
        address.getText(), division, selected(living, LivingArrangement.class), marital.getValue(),
        education.getValue(), selected(medical, MedicalPayment.class), selected(income, IncomeSource.class),
        economic.getValue(), selected(flags, HardshipFlag.class), cs, notes.getText());
  }

  private static <E extends Enum<E>> Set<E> selected(Map<E, CheckBox> map, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    map.forEach((k, c) -> {
      if (c.isSelected()) {
        out.add(k);
      }
    });
    return out;
  }

  private void save() {
    error.setText("");
    ElderDraft d = draft();
    save.setDisable(true);
    UUID current = id;
    ElderFile base = loaded;
    background.run(() -> current == null ? ws.elders().create(d) : ws.elders().update(current, base, d), f -> {
      save.setDisable(false);
      onSaved.accept(f);
    }, e -> {
      save.setDisable(false);
      if (e instanceof ElderValidationException v) {
        StringBuilder sb = new StringBuilder();
        for (FieldProblem p : v.problems()) {
          sb.append(sb.length() == 0 ? "" : "\n").append(p.renderWithField(m));
        }
        error.setText(sb.toString());
      } else if (e instanceof ElderChangedException changed) {
        // What was typed stays; the next save stands on the newer version, on purpose.
        loaded = changed.current();
        rev = changed.current().rev();
        error.setText(m.get("elder.problem.changedSameFields", changed.current().updatedBy(),
            String.join("、", changed.fields().stream().map(f -> m.get("elder.component." + f)).toList())));
      } else if (e instanceof DuplicateElderException dup) {
        error.setText(dup.render(m));
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, dup.render(m), ButtonType.YES, ButtonType.NO);
        a.setHeaderText(m.get("elder.duplicate.open"));
        a.initOwner(root.getScene().getWindow());
        a.showAndWait().filter(b -> b == ButtonType.YES).ifPresent(b -> {
          id = dup.existingId();
          background.run(() -> ws.elders().get(dup.existingId()), this::fill, ex -> error.setText(Ui.describe(ex, m)));
        });
      } else {
        error.setText(Ui.describe(e, m));
      }
    });
  }

  public Parent root() {
    return root;
  }
}

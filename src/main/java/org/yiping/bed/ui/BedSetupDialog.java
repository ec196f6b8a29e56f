package org.yiping.bed.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yiping.adaptation.CaseRecord;
import org.yiping.adaptation.Eligibility;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.bed.BedRecord;
import org.yiping.bed.BedSetup;
import org.yiping.bed.Device;
import org.yiping.bed.DeviceType;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.search.IndexedElder;
import org.yiping.ui.Background;
import org.yiping.ui.CaseText;
import org.yiping.ui.ElderPicker;
import org.yiping.ui.FormDialog;
import org.yiping.ui.Ui;

/**
 * 建床: the elder (found by name or pinyin) with the eligibility in words and an override reason when they do not
 * qualify, the service provider, the agreement period, the elder's home adaptation case the bed relies on (optional),
 * and the monitoring devices with their serial numbers (rows added and removed).
 */
final class BedSetupDialog {
  private final AppContext app;
  private final Background background;
  private final Workspace ws;
  private final Node owner;
  private final Messages m;
  private final VBox deviceRows = new VBox(6);
  private final List<DeviceRow> devices = new ArrayList<>();
  private int nextRow;

  /** One device row: its type, serial and remove button. */
  private record DeviceRow(HBox box, ComboBox<DeviceType> type, TextField serial) {}

  BedSetupDialog(AppContext app, Background background, Workspace ws, Node owner) {
    this.app = app;
    this.background = background;
    this.ws = ws;
    this.owner = owner;
    this.m = app.messages();
  }

  void show(Consumer<BedRecord> onOpened) {
    FormDialog<BedRecord> d = new FormDialog<>(owner, m, "bedSetupDialog", m.get("bed.setup.title"));
    ElderPicker picker = new ElderPicker(app, background, ws, "bed", e -> d.problem(Ui.describe(e, m)));
    Label eligibility = new Label(m.get("bed.setup.pick"));
    eligibility.setId("bedEligibility");
    eligibility.setWrapText(true);
    eligibility.setMinHeight(Region.USE_PREF_SIZE);
    TextField override = new TextField();
    override.setId("bedOverride");
    override.setPromptText(m.get("bed.setup.overridePrompt"));
    override.setDisable(true);
    TextField provider = new TextField();
    provider.setId("bedProvider");
    provider.setPromptText(m.get("bed.setup.providerPrompt"));
    LocalDate today = LocalDate.now(app.clock());
    DatePicker from = FormDialog.datePicker("bedAgreementFrom", today);
    DatePicker to = FormDialog.datePicker("bedAgreementTo", today.plusYears(1).minusDays(1));
    HBox agreement = new HBox(8, from, new Label(m.get("bed.setup.to")), to);
    agreement.setAlignment(Pos.CENTER_LEFT);
    ComboBox<CaseRecord> adaptation = new ComboBox<>();
    adaptation.setId("bedAdaptationCase");
    adaptation.setButtonCell(caseCell());
    adaptation.setCellFactory(v -> caseCell());
    adaptation.getItems().add(null);
    adaptation.setMaxWidth(Double.MAX_VALUE);
    Button add = new Button(m.get("bed.setup.addDevice"));
    add.setId("addDevice");
    add.setOnAction(e -> addDevice(null, ""));
    VBox devicesBox = new VBox(6, deviceRows, add);

    // Two columns, so the dialog fits a 768-pixel-high screen: the elder on the left, the bed on the right.
    GridPane g = Ui.formGrid();
    g.addRow(0, Ui.labelFor(m.get("bed.setup.elder"), picker.field()), picker.root());
    g.addRow(1, new Label(m.get("bed.setup.eligibility")), eligibility);
    g.addRow(2, Ui.labelFor(m.get("bed.setup.override"), override), override);
    GridPane right = Ui.formGrid();
    int r = 0;
    right.addRow(r++, Ui.labelFor(m.get("bed.setup.provider"), provider), provider);
    right.addRow(r++, Ui.labelFor(m.get("bed.setup.agreement"), from), agreement);
    right.addRow(r++, Ui.labelFor(m.get("bed.setup.adaptation"), adaptation), adaptation);
    right.addRow(r++, new Label(m.get("bed.setup.devices")), devicesBox);
    // The labels of the tall rows sit level with the first line.
    for (Node n : List.of(g.getChildren().get(0), right.getChildren().get(6))) {
      GridPane.setValignment(n, javafx.geometry.VPos.TOP);
      ((Label) n).setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
    }
    HBox columns = new HBox(28, g, right);
    picker.root().setStyle("-fx-pref-width: 380;");
    eligibility.setMaxWidth(380);

    Eligibility[] known = {null};
    AtomicLong asked = new AtomicLong();
    Runnable updateOk = () -> d.okButton().setDisable(picker.selectedProperty().get() == null || known[0] == null
        || (!known[0].eligible() && override.getText().isBlank()));
    picker.selectedProperty().addListener((o, a, elder) -> {
      known[0] = null;
      long n = asked.incrementAndGet();
      eligibility.getStyleClass().removeAll("case-ok", "case-warn");
      adaptation.getItems().setAll(java.util.Collections.singletonList(null));
      adaptation.setValue(null);
      updateOk.run();
      if (elder == null) {
        eligibility.setText(m.get("bed.setup.pick"));
        return;
      }
      eligibility.setText(m.get("bed.setup.checking"));
      UUID id = elder.id();
      background.run(() -> new Object[] {ws.beds().eligibility(id),
          ws.adaptation().casesOf(id)}, res -> {
            if (n != asked.get()) {
              return;
            }
            Eligibility e = (Eligibility) res[0];
            @SuppressWarnings("unchecked")
            List<CaseRecord> cases = (List<CaseRecord>) res[1];
            known[0] = e;
            eligibility.setText(m.get(e.eligible() ? "bed.setup.eligible" : "bed.setup.notEligible",
                CaseText.reasons(m, e.reasons())));
            eligibility.getStyleClass().add(e.eligible() ? "case-ok" : "case-warn");
            override.setDisable(e.eligible());
            adaptation.getItems().addAll(cases);
            // The household's case that is not terminated is the likely one.
            cases.stream().filter(c -> c.state() != org.yiping.adaptation.CaseState.TERMINATED)
                .reduce((x, y) -> y).ifPresent(adaptation::setValue);
            updateOk.run();
          }, ex -> d.problem(Ui.describe(ex, m)));
    });
    override.textProperty().addListener((o, a, b) -> updateOk.run());
    updateOk.run();
    d.content(columns, picker.field()).width(1010);
    d.show(background, () -> {
      IndexedElder elder = picker.selectedProperty().get();
      boolean eligible = known[0] != null && known[0].eligible();
      List<Device> list = new ArrayList<>();
      for (DeviceRow row : devices) {
        if (row.type().getValue() == null && row.serial().getText().isBlank()) {
          continue; // an empty row added by mistake
        }
        list.add(new Device(row.type().getValue(), row.serial().getText()));
      }
      CaseRecord c = adaptation.getValue();
      BedSetup setup = new BedSetup(provider.getText(), FormDialog.dateOf(from), FormDialog.dateOf(to),
          c == null ? null : c.id(), list, eligible ? null : override.getText());
      return () -> ws.beds().open(elder.id(), setup);
    }, onOpened);
  }

  private javafx.scene.control.ListCell<CaseRecord> caseCell() {
    return new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(CaseRecord c, boolean empty) {
        super.updateItem(c, empty);
        setText(empty ? null : c == null ? m.get("bed.setup.noAdaptation")
            : m.get("bed.setup.adaptationCase", Integer.toString(c.targetYear()),
                m.get("enum.CaseState." + c.state().name())));
      }
    };
  }

  private void addDevice(DeviceType type, String serial) {
    int n = nextRow++;
    ComboBox<DeviceType> kind = new ComboBox<>();
    kind.setId("deviceType" + n);
    kind.getItems().addAll(DeviceType.values());
    kind.setConverter(Ui.converter(t -> m.get("enum.DeviceType." + t.name())));
    kind.setPromptText(m.get("bed.setup.deviceType"));
    kind.setValue(type);
    kind.setPrefWidth(150);
    TextField number = new TextField(serial);
    number.setId("deviceSerial" + n);
    number.setPromptText(m.get("bed.setup.serial"));
    number.setPrefColumnCount(13);
    Button remove = new Button(m.get("bed.setup.removeDevice"));
    remove.setId("removeDevice" + n);
    HBox box = new HBox(6, kind, number, remove);
    box.setAlignment(Pos.CENTER_LEFT);
    DeviceRow row = new DeviceRow(box, kind, number);
    remove.setOnAction(e -> {
      devices.remove(row);
      deviceRows.getChildren().remove(box);
    });
    devices.add(row);
    deviceRows.getChildren().add(box);
    kind.requestFocus();
  }
}

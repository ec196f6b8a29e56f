package org.yiping.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;

/**
 * A township filter: "all townships" (null) and the townships that have elders on file, shown by name. The names
 * are looked up off the FX thread (the division data may still be loading); every screen with a township filter uses
 * this one.
 */
public final class TownshipChoice {
  private final List<ComboBox<String>> boxes;
  private final String allText;
  private final Map<String, String> names = new HashMap<>();

  /** One or more filters over the same townships (a screen with two loads the names once). */
  @SafeVarargs
  public TownshipChoice(String allText, ComboBox<String>... boxes) {
    this.boxes = List.of(boxes);
    this.allText = allText;
    for (ComboBox<String> box : boxes) {
      box.getItems().setAll((String) null);
      box.setConverter(Ui.converter(this::name));
      box.setButtonCell(cell());
      box.setCellFactory(v -> cell());
    }
  }

  /** Loads the townships; {@code loaded} gets their codes in order (e.g. to preselect the only one). */
  public void load(AppContext app, Background background, Workspace ws, Consumer<List<String>> loaded,
      Consumer<Throwable> failed) {
    background.run(() -> {
      Map<String, String> found = new HashMap<>();
      for (String code : ws.elders().townshipsInUse()) {
        found.put(code, app.divisions().find(code).map(d -> d.name()).orElse(code));
      }
      return found;
    }, found -> {
      names.putAll(found);
      List<String> codes = found.keySet().stream().sorted().toList();
      boxes.forEach(box -> box.getItems().addAll(codes));
      loaded.accept(codes);
    }, failed);
  }

  /** The township's name; "all townships" for null; the code itself while the names are loading. */
  public String name(String code) {
    return code == null ? allText : names.getOrDefault(code, code);
  }

  private ListCell<String> cell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(String code, boolean empty) {
        super.updateItem(code, empty);
        setText(empty ? null : name(code));
      }
    };
  }
}

package org.yiping.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.elder.search.IndexedElder;
import org.yiping.elder.search.SearchQuery;

/**
 * Finds an elder by name, pinyin (initials or full), ID number or phone as the user types, as the assessor's day
 * does: the search runs off the FX thread on the in-memory index, only the newest answer is shown, Down moves into
 * the results. Used by the dialogs that open a case for an elder.
 */
public final class ElderPicker {
  private final VBox root = new VBox(6);
  private final TextField field = new TextField();
  private final ListView<IndexedElder> results = new ListView<>();
  private final AtomicLong generation = new AtomicLong();

  /** {@code idPrefix}: the ids are {@code <prefix>ElderSearch} and {@code <prefix>ElderResults}. */
  public ElderPicker(AppContext app, Background background, Workspace ws, String idPrefix,
      Consumer<Throwable> onError) {
    field.setId(idPrefix + "ElderSearch");
    field.setPromptText(app.messages().get("cases.elder.search"));
    results.setId(idPrefix + "ElderResults");
    results.setPrefHeight(132);
    results.setMinHeight(100); // a tall dialog must not squeeze the results away
    results.setPlaceholder(new javafx.scene.control.Label(app.messages().get("cases.elder.none")));
    LocalDate today = LocalDate.now(app.clock());
    results.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(IndexedElder e, boolean empty) {
        super.updateItem(e, empty);
        setText(empty || e == null ? null : describe(app.messages(), e, today));
      }
    });
    field.textProperty().addListener((o, a, text) -> {
      long gen = generation.incrementAndGet();
      if (text == null || text.isBlank()) {
        results.getItems().clear();
        return;
      }
      background.run(() -> ws.elders().index().search(SearchQuery.text(text, today), 0, 20).items(), list -> {
        if (gen == generation.get()) {
          results.getItems().setAll(list);
          if (list.size() == 1) {
            results.getSelectionModel().selectFirst();
          }
        }
      }, onError);
    });
    field.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
        results.requestFocus();
        if (results.getSelectionModel().isEmpty()) {
          results.getSelectionModel().selectFirst();
        }
        e.consume();
      }
    });
    root.getChildren().addAll(field, results);
  }

  private static String describe(org.yiping.core.i18n.Messages m, IndexedElder e, LocalDate today) {
    StringBuilder sb = new StringBuilder(e.name());
    if (e.sex() != null) {
      sb.append("  ").append(e.sex().chinese());
    }
    if (e.birthDate() != null) {
      sb.append("  ").append(m.get("cases.elder.age", java.time.Period.between(e.birthDate(), today).getYears()));
    }
    if (e.villageName() != null) {
      sb.append("  ").append(e.villageName());
    }
    String id = e.idNumber();
    if (id != null && id.length() == 18) {
      sb.append("  ").append(id, 0, 6).append("…").append(id.substring(14));
    }
    return sb.toString();
  }

  public Node root() {
    return root;
  }

  public TextField field() {
    return field;
  }

  public ReadOnlyObjectProperty<IndexedElder> selectedProperty() {
    return results.getSelectionModel().selectedItemProperty();
  }
}

package org.yiping.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.yiping.core.i18n.Messages;

/**
 * A modal entry dialog of the case screens that stays open until its work is saved: OK (Enter) reads the fields on the
 * FX thread, runs the service call on {@link Background}, and closes only when it succeeded; a refusal is shown in the
 * dialog, in the user's language, so nothing typed is lost. Cancel (Esc) closes it. OK and Cancel are worded from the
 * bundle, not by the JVM's locale.
 *
 * @param <T> what the service call returns
 */
public final class FormDialog<T> {
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final ButtonType okType;
  private final Button ok;
  private final Label error = Ui.errorLabel();
  private final Messages m;
  private Node first;

  /** {@code id}: the dialog pane's id; OK is {@code <id>Ok}, the problem label {@code <id>Error}. */
  public FormDialog(Node owner, Messages m, String id, String title) {
    this.m = m;
    if (owner != null && owner.getScene() != null) {
      dialog.initOwner(owner.getScene().getWindow());
    }
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    dialog.getDialogPane().setId(id);
    okType = new ButtonType(m.get("cases.dialog.ok"), ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(m.get("cases.dialog.cancel"), ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().addAll(okType, cancel);
    ok = (Button) dialog.getDialogPane().lookupButton(okType);
    ok.setId(id + "Ok");
    error.setId(id + "Error");
    error.setMaxWidth(520);
    dialog.setResizable(true);
  }

  /** The fields; {@code first} gets the cursor when the dialog opens. */
  public FormDialog<T> content(Node content, Node first) {
    this.first = first;
    dialog.getDialogPane().setContent(new VBox(10, content, error));
    return this;
  }

  /** A dialog wider than the theme's 600 pixels (AtlantaFX caps a dialog pane's width). */
  public FormDialog<T> width(double width) {
    // An inline style: the theme's max width otherwise wins over a value set in code.
    dialog.getDialogPane().setStyle("-fx-max-width: " + width + "px; -fx-pref-width: " + width + "px;");
    return this;
  }

  public Button okButton() {
    return ok;
  }

  /** Shows {@code text} as the dialog's problem (e.g. a field typed wrong). */
  public void problem(String text) {
    error.setText(text);
  }

  /**
   * Shows the dialog and waits. {@code prepare} runs on the FX thread when OK is pressed and returns the work to do
   * off it (or throws a {@link org.yiping.core.UserFacingException} for a field typed wrong); {@code onSaved} runs
   * on the FX thread after the dialog closed.
   */
  public void show(Background background, Callable<Callable<T>> prepare, Consumer<T> onSaved) {
    ok.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      Callable<T> work;
      try {
        work = prepare.call();
      } catch (Exception ex) {
        error.setText(CaseText.describe(ex, m));
        return;
      }
      if (work == null) {
        return;
      }
      error.setText("");
      ok.setDisable(true);
      background.run(work, saved -> {
        dialog.setResult(okType);
        dialog.close();
        onSaved.accept(saved);
      }, ex -> {
        ok.setDisable(false);
        error.setText(CaseText.describe(ex, m));
      });
    });
    if (first != null) {
      dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
    }
    dialog.showAndWait();
  }

  /** A date field showing and taking {@code yyyy-MM-dd} whatever the machine's locale, set to {@code value}. */
  public static javafx.scene.control.DatePicker datePicker(String id, java.time.LocalDate value) {
    javafx.scene.control.DatePicker p = new javafx.scene.control.DatePicker(value);
    p.setId(id);
    p.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
      }

      @Override
      public java.time.LocalDate fromString(String s) {
        return s == null || s.isBlank() ? null : java.time.LocalDate.parse(
            org.yiping.core.validation.TextNormalizer.removeBlanks(
                org.yiping.core.validation.TextNormalizer.toHalfWidth(s)).replace('/', '-').replace('.', '-'));
      }
    });
    p.setPromptText("yyyy-mm-dd");
    p.setPrefWidth(150);
    return p;
  }

  /**
   * The picker's date, also when it was typed and Enter not pressed; null when empty or not a date (the service
   * then says what is wrong).
   */
  public static java.time.LocalDate dateOf(javafx.scene.control.DatePicker p) {
    String typed = p.getEditor().getText();
    if (typed != null && !typed.isBlank()) {
      try {
        return p.getConverter().fromString(typed.strip());
      } catch (RuntimeException e) {
        return null;
      }
    }
    return p.getValue();
  }

  /**
   * Asks for a reason (退回, 终止, an override…) in one field with the id {@code reasonText}; OK stays disabled while
   * it is blank; {@code work} gets the reason and runs off the FX thread.
   */
  public static <T> void askReason(Node owner, Messages m, Background background, String id, String title,
      String prompt, Function<String, Callable<T>> work, Consumer<T> onSaved) {
    FormDialog<T> d = new FormDialog<>(owner, m, id, title);
    TextField reason = new TextField();
    reason.setId("reasonText");
    reason.setPrefColumnCount(36);
    Label label = Ui.labelFor(prompt, reason);
    label.setWrapText(true);
    d.content(new VBox(6, label, reason), reason);
    d.ok.setDisable(true);
    reason.textProperty().addListener((o, a, b) -> d.ok.setDisable(b == null || b.isBlank()));
    d.show(background, () -> work.apply(reason.getText().strip()), onSaved);
  }
}

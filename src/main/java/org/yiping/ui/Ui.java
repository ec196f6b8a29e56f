package org.yiping.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiping.core.SafeErrors;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;

/** Small helpers every screen uses: localized error text, form grids, headings. */
public final class Ui {
  private static final Logger LOG = LoggerFactory.getLogger(Ui.class);

  private Ui() {}

  /** What a person reads for {@code error}: the user-facing message, or a general one (details go to the log once). */
  /** Date and time as screens show them, in the machine's zone. */
  public static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
      .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

  public static String describe(Throwable error, Messages messages) {
    Throwable t = error;
    while (t != null) {
      if (t instanceof UserFacingException u) {
        return u.render(messages);
      }
      t = t.getCause();
    }
    LOG.error("Unexpected failure: {}", SafeErrors.describe(error));
    return messages.get("error.unexpected");
  }

  /** A failure handler for background work whose failure the user need not see (a status refresh), logged once. */
  public static void logQuietly(Throwable error) {
    LOG.warn("Background task failed: {}", SafeErrors.describe(error));
  }

  /** Shows values in combo boxes by {@code text} (null shows as empty); nothing is typed back. */
  public static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new javafx.util.StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  public static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll("title-2", "heading");
    return l;
  }

  /** News on a message label in plain text: something was done, or what to do next. */
  public static void say(Label label, String text) {
    label.getStyleClass().remove("form-error");
    label.setText(text);
  }

  /** A problem on a message label, in red. */
  public static void warn(Label label, String text) {
    if (!label.getStyleClass().contains("form-error")) {
      label.getStyleClass().add("form-error");
    }
    label.setText(text);
  }

  public static Label errorLabel() {
    Label l = new Label();
    l.getStyleClass().add("form-error");
    l.setWrapText(true);
    l.managedProperty().bind(l.textProperty().isNotEmpty());
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    return l;
  }

  public static GridPane formGrid() {
    GridPane g = new GridPane();
    g.setHgap(12);
    g.setVgap(10);
    return g;
  }

  /** A label whose mnemonic (an underscored letter) focuses {@code target}: Alt+letter jumps to the field. */
  public static Label labelFor(String text, Node target) {
    Label l = new Label(text);
    l.setLabelFor(target);
    l.setMnemonicParsing(true);
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a squeezed row must not cut a label to "…"
    return l;
  }

  public static VBox centered(Node... children) {
    VBox box = new VBox(14, children);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(32));
    box.setMaxWidth(420);
    return box;
  }
}

package org.yiping.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.stage.Window;
import org.yiping.core.i18n.Messages;

/**
 * A box to sign in with mouse, pen or finger (touch arrives as mouse events). The strokes are kept as points, not
 * pixels, so the signature prints sharp and its hash does not depend on the screen. Shared by the visit record of an
 * assessment and the acceptance of a home adaptation.
 */
public final class SignaturePad {
  public static final double WIDTH = 480;
  public static final double HEIGHT = 180;

  /** What was signed: who, and the strokes in pad pixels. */
  public record Signed(String name, List<double[]> strokes) {}

  private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
  private final List<double[]> strokes = new ArrayList<>();
  private final List<Double> current = new ArrayList<>();

  private SignaturePad() {
    canvas.setId("signaturePad");
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      current.clear();
      current.add(e.getX());
      current.add(e.getY());
    });
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      if (current.isEmpty()) {
        return;
      }
      double x0 = current.get(current.size() - 2);
      double y0 = current.get(current.size() - 1);
      current.add(e.getX());
      current.add(e.getY());
      GraphicsContext g = canvas.getGraphicsContext2D();
      g.strokeLine(x0, y0, e.getX(), e.getY());
    });
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> finishStroke());
    clear();
  }

  private void finishStroke() {
    if (current.size() >= 4) {
      strokes.add(current.stream().mapToDouble(Double::doubleValue).toArray());
    }
    current.clear();
  }

  private void clear() {
    strokes.clear();
    current.clear();
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setStroke(Color.web("#c8ccd0"));
    g.setLineWidth(1);
    g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
    g.strokeLine(24, HEIGHT - 40, WIDTH - 24, HEIGHT - 40);
    g.setStroke(Color.web("#1f2328"));
    g.setLineWidth(2.4);
    g.setLineCap(StrokeLineCap.ROUND);
    g.setLineJoin(StrokeLineJoin.ROUND);
  }

  /**
   * Shows the pad for {@code roleLabel}. {@code fixedName} non-null: the signer is known (the signed-in assessor)
   * and no name is asked. Returns empty when the user cancelled.
   */
  public static Optional<Signed> ask(Window owner, Messages m, String roleLabel, String fixedName, String suggestedName) {
    SignaturePad pad = new SignaturePad();
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle(m.get("evidence.padTitle", roleLabel));
    d.setHeaderText(m.get("evidence.padTitle", roleLabel));
    ButtonType clear = new ButtonType(m.get("evidence.padClear"), ButtonBar.ButtonData.LEFT);
    ButtonType save = new ButtonType(m.get("evidence.padSave"), ButtonBar.ButtonData.OK_DONE);
    d.getDialogPane().getButtonTypes().addAll(clear, save, ButtonType.CANCEL);
    d.getDialogPane().setId("signatureDialog");
    TextField name = new TextField(fixedName != null ? fixedName : suggestedName == null ? "" : suggestedName);
    name.setId("signerName");
    name.setDisable(fixedName != null);
    Label hint = new Label(m.get("evidence.padHint"));
    hint.getStyleClass().add("form-hint");
    VBox box = new VBox(8, new StackPane(pad.canvas), hint, Ui.labelFor(m.get("evidence.signerName"),
        name), name);
    d.getDialogPane().setContent(box);
    // Clear must not close the dialog: it only wipes the box.
    d.getDialogPane().lookupButton(clear).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
      pad.clear();
      e.consume();
    });
    return d.showAndWait().filter(b -> b == save).map(b -> new Signed(name.getText(), List.copyOf(pad.strokes)));
  }

  /** Draws a stored signature into a small canvas, scaled to fit, for the evidence list and the summary. */
  public static Canvas preview(double padWidth, double padHeight, List<double[]> strokes, double width,
      double height) {
    Canvas c = new Canvas(width, height);
    GraphicsContext g = c.getGraphicsContext2D();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, width, height);
    double scale = Math.min(width / padWidth, height / padHeight);
    g.setStroke(Color.web("#1f2328"));
    g.setLineWidth(1.4);
    g.setLineCap(StrokeLineCap.ROUND);
    for (double[] stroke : strokes) {
      for (int i = 2; i + 1 < stroke.length; i += 2) {
        g.strokeLine(stroke[i - 2] * scale, stroke[i - 1] * scale, stroke[i] * scale, stroke[i + 1] * scale);
      }
    }
    return c;
  }
}

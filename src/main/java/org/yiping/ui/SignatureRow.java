package org.yiping.ui;

import java.time.Instant;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yiping.core.i18n.Messages;

/**
 * One signer's line in a visit record or an acceptance: the signature drawn small (once signed), who signed and when
 * or that nobody has yet, a button to sign and, where the record allows it, one to clear.
 */
public final class SignatureRow {
  /** A stored signature as the row shows it. */
  public record Shown(String signerName, Instant signedAt, double padWidth, double padHeight,
      List<double[]> strokes) {}

  private SignatureRow() {}

  /**
   * Builds the row; {@code idSuffix} names its controls for tests ({@code sign…}, {@code signatureState…},
   * {@code clearSignature…}); {@code onClear} null: no clear button.
   */
  public static HBox of(Messages m, String roleLabel, String idSuffix, Shown signed, boolean canEdit,
      Runnable onSign, Runnable onClear) {
    Label state = new Label(signed == null ? m.get("evidence.unsigned", roleLabel)
        : m.get("evidence.signed", roleLabel, signed.signerName(), Ui.TIME.format(signed.signedAt())));
    state.setWrapText(true);
    state.setId("signatureState" + idSuffix);
    Button sign = new Button(m.get("evidence.signButton"));
    sign.setId("sign" + idSuffix);
    sign.setDisable(!canEdit);
    sign.setOnAction(e -> onSign.run());
    VBox text = new VBox(4, state, sign);
    HBox row = new HBox(8, text);
    row.setAlignment(Pos.CENTER_LEFT);
    if (signed != null) {
      row.getChildren().add(0, SignaturePad.preview(signed.padWidth(), signed.padHeight(), signed.strokes(), 96, 36));
      if (canEdit && onClear != null) {
        Button clear = new Button(m.get("evidence.clearSignature"));
        clear.setId("clearSignature" + idSuffix);
        clear.setOnAction(e -> onClear.run());
        text.getChildren().add(clear);
      }
    }
    return row;
  }
}

package org.yiping.report;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * A QR code drawn as vector squares: sharp on any printer, no image to embed. Error correction M (15 %) survives a
 * crease or a stain on paper, and the verification code's alphanumeric text keeps it at version 4 (33 modules).
 */
public final class QrCode {
  /** Modules of white border the standard asks for around the symbol. */
  public static final int QUIET_ZONE = 4;

  private final ByteMatrix matrix;

  /** @throws IllegalArgumentException if the text is too long for a QR code */
  public QrCode(String text) {
    try {
      this.matrix = Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit a QR code", e);
    }
  }

  /** Modules per side, without the quiet zone. */
  public int modules() {
    return matrix.getWidth();
  }

  boolean dark(int x, int y) {
    return matrix.get(x, y) == 1;
  }

  /** The symbol with its quiet zone in a template of {@code (modules + 8) * module} points square. */
  public PdfTemplate draw(PdfContentByte canvas, float module) {
    int n = modules();
    float side = (n + 2 * QUIET_ZONE) * module;
    PdfTemplate t = canvas.createTemplate(side, side);
    t.setColorFill(java.awt.Color.BLACK);
    for (int y = 0; y < n; y++) {
      int x = 0;
      while (x < n) {
        if (!dark(x, y)) {
          x++;
          continue;
        }
        // One rectangle per run of dark modules: fewer operators, and no hairline seams between neighbours.
        int start = x;
        while (x < n && dark(x, y)) {
          x++;
        }
        float px = (QUIET_ZONE + start) * module;
        float py = side - (QUIET_ZONE + y + 1) * module;
        t.rectangle(px, py, (x - start) * module, module);
      }
    }
    t.fill();
    return t;
  }
}

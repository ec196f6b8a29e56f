package org.yiping.report;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a report back the way a person or another program would: its text, its fonts, its pages as pictures. */
public final class PdfProbe {
  private PdfProbe() {}

  public static int pages(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return d.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All text, pages in order. */
  public static String text(byte[] pdf) {
    return text(pdf, 1, Integer.MAX_VALUE);
  }

  /** The text of pages {@code from} to {@code to} (1-based, inclusive). */
  public static String text(byte[] pdf, int from, int to) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(from);
      s.setEndPage(Math.min(to, d.getNumberOfPages()));
      return s.getText(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every font used on any page, including inside form XObjects (templates). */
  public static List<PDFont> fonts(byte[] pdf, List<String> names) {
    List<PDFont> fonts = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (var page : d.getPages()) {
        collect(page.getResources(), fonts, names, 0);
      }
      return fonts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(PDResources r, List<PDFont> fonts, List<String> names, int depth) throws IOException {
    if (r == null || depth > 5) {
      return;
    }
    for (COSName n : r.getFontNames()) {
      PDFont f = r.getFont(n);
      fonts.add(f);
      names.add(f.getName() + (f.isEmbedded() ? "" : " (not embedded)"));
    }
    for (COSName n : r.getXObjectNames()) {
      PDXObject x = r.getXObject(n);
      if (x instanceof PDFormXObject form) {
        collect(form.getResources(), fonts, names, depth + 1);
      }
    }
  }

  /** Page {@code index} (0-based) as an RGB picture. */
  public static BufferedImage render(byte[] pdf, int index, float dpi) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFRenderer(d).renderImageWithDPI(index, dpi, ImageType.RGB);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pixels that are not (nearly) white. */
  public static long nonWhite(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        if ((rgb >> 16 & 0xFF) < 235 || (rgb >> 8 & 0xFF) < 235 || (rgb & 0xFF) < 235) {
          n++;
        }
      }
    }
    return n;
  }

  /** Pixels close to the colour of signature ink (dark blue). */
  public static long inkPixels(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        if (b > r + 40 && b > g + 30 && b < 200) {
          n++;
        }
      }
    }
    return n;
  }

  /** Every QR code ZXing finds on the picture, as text. */
  public static List<String> qrCodes(BufferedImage img) {
    int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
    try {
      Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
      return Arrays.stream(results).map(Result::getText).toList();
    } catch (NotFoundException e) {
      return List.of();
    }
  }
}

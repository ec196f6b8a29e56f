package org.yiping.report;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * The last step of every report: makes the embedded font subsets small and compresses every stream once.
 *
 * <p>OpenPDF's TrueType subset keeps the original glyph numbers and copies the horizontal-metrics table
 * ({@code hmtx}) whole: for Noto Sans SC's 30,898 glyphs that is 120 KB per face, about 30 KB compressed, whatever
 * the report prints, more than the glyph outlines of a whole report. Each embedded subset is rewritten with the
 * metrics of the glyphs it does not contain set to zero, which compresses to almost nothing. The glyphs it does
 * contain keep their metrics; the outlines, and the widths the PDF positions text by ({@code /W}), are untouched;
 * table checksums are recomputed.
 *
 * <p>The document is written by OpenPDF without compression ({@link ReportDocument}), because compressing a font
 * only to unpack and compress it again here cost more than half of a report's time; every stream is compressed
 * here instead, at the default level, which is within a percent of the best level at a fraction of its time.
 */
public final class PdfCompactor {
  static final int LEVEL = 6;

  private PdfCompactor() {}

  public static byte[] compact(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      Set<PRStream> fonts = new HashSet<>();
      for (int i = 1; i < reader.getXrefSize(); i++) {
        PdfObject o = reader.getPdfObjectRelease(i);
        if (!(o instanceof PdfDictionary font) || o.isStream()
            || !PdfName.CIDFONTTYPE2.equals(font.get(PdfName.SUBTYPE))) {
          continue;
        }
        PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(font.get(PdfName.FONTDESCRIPTOR));
        PdfObject file = descriptor == null ? null : PdfReader.getPdfObject(descriptor.get(PdfName.FONTFILE2));
        if (!(file instanceof PRStream stream)) {
          continue;
        }
        byte[] ttf = PdfReader.getStreamBytes(stream);
        byte[] slim = slimFont(ttf, widthsListed(font));
        if (slim != null) {
          stream.setData(slim, true, LEVEL);
          stream.put(PdfName.LENGTH1, new PdfNumber(slim.length));
          fonts.add(stream);
        }
      }
      for (int i = 1; i < reader.getXrefSize(); i++) {
        PdfObject o = reader.getPdfObjectRelease(i);
        if (o instanceof PRStream stream && !fonts.contains(stream) && storedOnly(stream)) {
          stream.setData(PdfReader.getStreamBytes(stream), true, LEVEL);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      PdfStamper stamper = new PdfStamper(reader, out);
      stamper.setFullCompression();
      stamper.close();
      reader.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream OpenPDF wrote with compression off: flate with stored blocks, or no filter; not XMP metadata. */
  private static boolean storedOnly(PRStream stream) {
    if (PdfName.METADATA.equals(stream.get(PdfName.TYPE))) {
      return false;
    }
    PdfObject filter = PdfReader.getPdfObject(stream.get(PdfName.FILTER));
    return filter == null || PdfName.FLATEDECODE.equals(filter);
  }

  /** The glyph ids named in the font's {@code /W} array: they are in use even when they have no outline. */
  private static Set<Integer> widthsListed(PdfDictionary font) {
    Set<Integer> ids = new HashSet<>();
    PdfObject w = PdfReader.getPdfObject(font.get(PdfName.W));
    if (!(w instanceof PdfArray array)) {
      return ids;
    }
    int i = 0;
    while (i < array.size()) {
      PdfObject first = PdfReader.getPdfObject(array.getPdfObject(i));
      if (!(first instanceof PdfNumber start) || i + 1 >= array.size()) {
        break;
      }
      PdfObject next = PdfReader.getPdfObject(array.getPdfObject(i + 1));
      if (next instanceof PdfArray widths) {
        for (int k = 0; k < widths.size(); k++) {
          ids.add(start.intValue() + k);
        }
        i += 2;
      } else if (next instanceof PdfNumber end && i + 2 < array.size()) {
        for (int g = start.intValue(); g <= end.intValue(); g++) {
          ids.add(g);
        }
        i += 3;
      } else {
        break;
      }
    }
    return ids;
  }

  /**
   * The font with zero metrics for every glyph that has no outline and is not in {@code inUse}; {@code null} if the
   * font is not a TrueType font this understands (then it is left alone).
   */
  static byte[] slimFont(byte[] ttf, Set<Integer> inUse) {
    ByteBuffer b = ByteBuffer.wrap(ttf.clone());
    if (ttf.length < 12) {
      return null;
    }
    int numTables = b.getShort(4) & 0xFFFF;
    int head = -1;
    int maxp = -1;
    int hhea = -1;
    int hmtx = -1;
    int hmtxLength = 0;
    int hmtxEntry = -1;
    int loca = -1;
    for (int t = 0; t < numTables; t++) {
      int entry = 12 + 16 * t;
      if (entry + 16 > ttf.length) {
        return null;
      }
      String tag = new String(ttf, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      int offset = b.getInt(entry + 8);
      switch (tag) {
        case "head" -> head = offset;
        case "maxp" -> maxp = offset;
        case "hhea" -> hhea = offset;
        case "loca" -> loca = offset;
        case "hmtx" -> {
          hmtx = offset;
          hmtxLength = b.getInt(entry + 12);
          hmtxEntry = entry;
        }
        default -> { }
      }
    }
    if (head < 0 || maxp < 0 || hhea < 0 || hmtx < 0 || loca < 0) {
      return null;
    }
    boolean longLoca = b.getShort(head + 50) != 0;
    int numGlyphs = b.getShort(maxp + 4) & 0xFFFF;
    int numberOfHMetrics = b.getShort(hhea + 34) & 0xFFFF;
    if (4 * numberOfHMetrics + 2 * (numGlyphs - numberOfHMetrics) > hmtxLength) {
      return null;
    }
    for (int g = 1; g < numGlyphs; g++) {
      long start = longLoca ? b.getInt(loca + 4 * g) & 0xFFFFFFFFL : 2L * (b.getShort(loca + 2 * g) & 0xFFFF);
      long end = longLoca ? b.getInt(loca + 4 * g + 4) & 0xFFFFFFFFL
          : 2L * (b.getShort(loca + 2 * g + 2) & 0xFFFF);
      if (end > start || inUse.contains(g)) {
        continue;
      }
      if (g < numberOfHMetrics) {
        b.putInt(hmtx + 4 * g, 0);
      } else {
        b.putShort(hmtx + 4 * numberOfHMetrics + 2 * (g - numberOfHMetrics), (short) 0);
      }
    }
    b.putInt(hmtxEntry + 4, checksum(b, hmtx, hmtxLength));
    // The whole-font checksum: head.checkSumAdjustment = 0xB1B0AFBA - sum of the font with it set to zero.
    b.putInt(head + 8, 0);
    b.putInt(head + 8, (int) (0xB1B0AFBAL - (checksum(b, 0, ttf.length) & 0xFFFFFFFFL)));
    return b.array();
  }

  /** The TrueType checksum: the sum of big-endian 32-bit words, the last one padded with zeros. */
  private static int checksum(ByteBuffer b, int offset, int length) {
    long sum = 0;
    int end = offset + length;
    int i = offset;
    for (; i + 4 <= end; i += 4) {
      sum += b.getInt(i) & 0xFFFFFFFFL;
    }
    int last = 0;
    for (int k = 0; k < 4; k++) {
      last = last << 8 | (i + k < end ? b.get(i + k) & 0xFF : 0);
    }
    sum += last & 0xFFFFFFFFL;
    return (int) sum;
  }
}

package org.yiping.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The app's own Noto Sans SC faces as OpenPDF fonts, embedded as subsets (IDENTITY_H), so a report prints the same on
 * a machine without any Chinese font. Parsing a 10 MB font costs a few hundred milliseconds, so the faces are read
 * once per process, on first use, and shared: a {@link BaseFont} is immutable once loaded, and each document keeps
 * its own record of the glyphs it used, so sharing is safe across threads.
 */
public final class ReportFonts {
  static final String REGULAR_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
  static final String BOLD_RESOURCE = "/fonts/NotoSansSC-Bold.ttf";

  private static volatile ReportFonts bundled;

  private final BaseFont regular;
  private final BaseFont bold;

  private ReportFonts(BaseFont regular, BaseFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /**
   * The fonts shipped with the app, loaded on the first call. A failure (a damaged installation) is thrown to every
   * caller and retried on the next call rather than remembered.
   */
  public static ReportFonts bundled() {
    ReportFonts f = bundled;
    if (f == null) {
      synchronized (ReportFonts.class) {
        f = bundled;
        if (f == null) {
          f = new ReportFonts(load(REGULAR_RESOURCE), load(BOLD_RESOURCE));
          bundled = f;
        }
      }
    }
    return f;
  }

  private static BaseFont load(String resource) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the installation: " + resource);
      }
      byte[] bytes = in.readAllBytes();
      // The name only has to end in .ttf; cached=false: this class is the cache, OpenPDF's static one is not needed.
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      // Subsets are written uncompressed: PdfCompactor makes them small and compresses them once, at the end.
      font.setCompressionLevel(PdfStream.NO_COMPRESSION);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }

  /** The face for values and body text. */
  public BaseFont regular() {
    return regular;
  }

  /** The face for titles, headings and labels. */
  public BaseFont bold() {
    return bold;
  }

  /**
   * The distinct code points of {@code text} that either face lacks, in order of first appearance. Line breaks and
   * tabs are layout, not glyphs, and never count as missing. Surrogate pairs are taken as one code point.
   */
  public List<Integer> missingCharacters(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Set<Integer> missing = new LinkedHashSet<>();
    text.codePoints().forEach(cp -> {
      if (cp != '\n' && cp != '\r' && cp != '\t' && (!regular.charExists(cp) || !bold.charExists(cp))) {
        missing.add(cp);
      }
    });
    return new ArrayList<>(missing);
  }

  /**
   * Refuses text that would print with a blank or a box where a character should be.
   *
   * @param field the Chinese label of what the text is (姓名, 住址 ...), named in the message
   * @throws UnprintableTextException naming the field and every missing character
   */
  public void requirePrintable(String field, String text) {
    List<Integer> missing = missingCharacters(text);
    if (!missing.isEmpty()) {
      throw new UnprintableTextException(field, missing);
    }
  }
}

package org.yiping.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The embedded subsets lose the metrics of glyphs they do not hold, and keep everything else. */
class PdfCompactorTest {
  private static byte[] regularFontFile() {
    try (var in = ReportFonts.class.getResourceAsStream(ReportFonts.REGULAR_RESOURCE)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void usedGlyphsKeepTheirMetricsAndTheRestAreZero() throws Exception {
    byte[] pdf = ReportDocument.render(ReportFonts.bundled(), new ReportFrame("t", "", java.time.ZonedDateTime.now(),
        null), doc -> doc.paragraph("x", "张喆 ABC 1234", ReportDocument.Style.BODY));
    List<PDFont> fonts = PdfProbe.fonts(pdf, new java.util.ArrayList<>());
    PDFont regular = fonts.stream().filter(f -> f.getName().endsWith("Regular")).findFirst().orElseThrow();
    TrueTypeFont embedded = ((PDCIDFontType2) ((PDType0Font) regular).getDescendantFont()).getTrueTypeFont();
    try (TrueTypeFont source = new TTFParser().parse(new RandomAccessReadBuffer(regularFontFile()))) {
      var lookup = source.getUnicodeCmapLookup();
      for (char used : "张喆A1".toCharArray()) {
        int gid = lookup.getGlyphId(used);
        assertThat(embedded.getHorizontalMetrics().getAdvanceWidth(gid)).as("%s", used)
            .isEqualTo(source.getHorizontalMetrics().getAdvanceWidth(gid)).isPositive();
        assertThat(embedded.getHorizontalMetrics().getLeftSideBearing(gid))
            .isEqualTo(source.getHorizontalMetrics().getLeftSideBearing(gid));
      }
      int unused = lookup.getGlyphId('龙');
      assertThat(source.getHorizontalMetrics().getAdvanceWidth(unused)).isPositive();
      assertThat(embedded.getHorizontalMetrics().getAdvanceWidth(unused)).isZero();
    }
    // Two faces of a few characters each: a few kilobytes, not the 60 KB of whole metrics tables.
    assertThat(pdf.length).isLessThan(25_000);
  }

  @Test
  void everyStreamIsCompressedOnce() throws Exception {
    byte[] pdf = ReportDocument.render(ReportFonts.bundled(), new ReportFrame("t", "页眉", java.time.ZonedDateTime.now(),
        "草稿"), doc -> doc.title("标题", "副标题").add(new KeyValueTable(2).add("姓名", "张喆").add("性别", "女")));
    int streams = 0;
    try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var cos = d.getDocument();
      for (var key : cos.getXrefTable().keySet()) {
        var base = cos.getObjectFromPool(key).getObject();
        if (base instanceof org.apache.pdfbox.cos.COSStream stream) {
          streams++;
          assertThat(stream.getFilters()).as("stream %s", key).isEqualTo(org.apache.pdfbox.cos.COSName.FLATE_DECODE);
          // Compressed for real, not flate's stored blocks: the decoded bytes are larger than the stream.
          try (var in = stream.createInputStream()) {
            assertThat(in.readAllBytes().length).as("stream %s", key).isGreaterThan((int) stream.getLength());
          }
        }
      }
    }
    assertThat(streams).isGreaterThanOrEqualTo(4); // page content, templates, two fonts
  }

  @Test
  void checksumsAreRecomputed() {
    byte[] font = regularFontFile();
    Set<Integer> none = new HashSet<>();
    byte[] slim = PdfCompactor.slimFont(font, none);
    assertThat(slim).isNotNull().hasSameSizeAs(font);
    // The whole-font checksum with the adjustment in place is the magic number.
    ByteBuffer b = ByteBuffer.wrap(slim);
    long sum = 0;
    for (int i = 0; i + 4 <= slim.length; i += 4) {
      sum += b.getInt(i) & 0xFFFFFFFFL;
    }
    int tail = slim.length % 4;
    if (tail != 0) {
      int last = 0;
      for (int k = 0; k < 4; k++) {
        int i = slim.length - tail + k;
        last = last << 8 | (i < slim.length ? slim[i] & 0xFF : 0);
      }
      sum += last & 0xFFFFFFFFL;
    }
    assertThat(sum & 0xFFFFFFFFL).isEqualTo(0xB1B0AFBAL);
    assertThat(PdfCompactor.slimFont(new byte[] {1, 2, 3}, none)).isNull();
  }
}

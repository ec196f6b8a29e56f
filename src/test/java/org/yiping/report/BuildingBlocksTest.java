package org.yiping.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yiping.report.ReportTable.Align;
import org.yiping.report.ReportTable.Column;

/**
 * The pieces later reports are made of, in a township-statistics-like document: frame, key–value table, long table
 * over several pages, vector bar chart, signatures, verification block.
 */
class BuildingBlocksTest {
  private static final ReportFrame FRAME = new ReportFrame("乡镇月度统计", "乡镇月度统计 · 团结路街道",
      ZonedDateTime.of(2026, 11, 30, 17, 5, 0, 0, ZoneId.of("Asia/Shanghai")), null);
  private static final String EXT_B = new String(Character.toChars(0x20000));

  private static byte[] render(java.util.function.Consumer<ReportDocument> body) {
    return ReportDocument.render(ReportFonts.bundled(), FRAME, body);
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  private static ReportTable villages(int rows) {
    ReportTable t = new ReportTable(new Column("村（社区）", 3, Align.LEFT), new Column("老人数", 1, Align.RIGHT),
        new Column("已评估", 1, Align.RIGHT));
    for (int i = 1; i <= rows; i++) {
      if (i % 40 == 1) {
        t.group("片区 " + (i / 40 + 1));
      }
      t.row("幸福村第" + i + "组", String.valueOf(100 + i), String.valueOf(i));
    }
    return t;
  }

  @Test
  void aLongTableRunsOverPagesWithItsHeaderAndTheFooterOnEveryPage() {
    byte[] pdf = render(doc -> doc.title("乡镇月度统计", "2026 年 11 月").heading("一、各村情况").add(villages(150)));
    int pages = PdfProbe.pages(pdf);
    assertThat(pages).isGreaterThanOrEqualTo(4);
    for (int p = 1; p <= pages; p++) {
      String page = PdfProbe.text(pdf, p, p);
      assertThat(squeeze(page)).as("page %d", p).contains("村（社区）老人数已评估");
      assertThat(page).contains("第 " + p + " 页 / 共 " + pages + " 页", "颐评 · 打印于 2026-11-30 17:05",
          "乡镇月度统计 · 团结路街道");
    }
    String all = squeeze(PdfProbe.text(pdf));
    assertThat(all).contains("幸福村第1组1011", "幸福村第150组250150", "片区4");
  }

  @Test
  void aGroupRowNeverEndsAPage() {
    for (int every = 5; every <= 9; every++) {
      ReportTable t = new ReportTable(new Column("村（社区）", 3, Align.LEFT), new Column("老人数", 1, Align.RIGHT));
      for (int i = 0; i < 120; i++) {
        if (i % every == 0) {
          t.group("片区 " + i);
        }
        t.row("幸福村第" + i + "组", String.valueOf(i));
      }
      byte[] pdf = render(doc -> doc.add(t));
      for (int p = 1; p <= PdfProbe.pages(pdf); p++) {
        List<String> rows = PdfProbe.text(pdf, p, p).lines()
            .filter(l -> l.startsWith("片区") || l.startsWith("幸福村")).toList();
        assertThat(rows.get(rows.size() - 1)).as("last row of page %d, a group every %d rows", p, every)
            .startsWith("幸福村");
      }
    }
  }

  @Test
  void keyValueTablePrintsPairsAndADashForNothing() {
    byte[] pdf = render(doc -> doc.add(new KeyValueTable(2).add("乡镇", "团结路街道").add("月份", "2026-11")
        .add("填报人", null).addWide("说明", "含已故老人 3 人").addEmphasized("合计", "1,204 人")));
    String t = squeeze(PdfProbe.text(pdf));
    assertThat(t).contains("乡镇团结路街道月份2026-11", "填报人—", "说明含已故老人3人", "合计1,204人");
  }

  @Test
  void barChartIsDrawnAsVectorsWithReadableLabelsAndValues() {
    List<BarChart.Bar> bars = List.of(new BarChart.Bar("能力完好", 412), new BarChart.Bar("轻度受损", 365),
        new BarChart.Bar("中度受损", 198), new BarChart.Bar("重度受损", 87), new BarChart.Bar("完全丧失", 41));
    byte[] withChart = render(doc -> doc.heading("按能力等级").add(
        new BarChart("老年人能力等级分布", "能力等级", "人数", bars, 0, 220)));
    byte[] without = render(doc -> doc.heading("按能力等级"));
    String t = squeeze(PdfProbe.text(withChart));
    assertThat(t).contains("老年人能力等级分布", "能力完好", "完全丧失", "412", "365", "41", "人数", "能力等级");
    assertThat(t).contains("500"); // the axis goes to the next grid line above the largest value
    BufferedImage a = PdfProbe.render(withChart, 0, 72);
    BufferedImage b = PdfProbe.render(without, 0, 72);
    assertThat(PdfProbe.nonWhite(a) - PdfProbe.nonWhite(b)).isGreaterThan(5_000);
    List<String> names = new ArrayList<>();
    PdfProbe.fonts(withChart, names);
    assertThat(names).allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"));
  }

  @Test
  void chartGridStepsAreRoundNumbers() {
    assertThat(BarChart.niceStep(412)).isEqualTo(100);
    assertThat(BarChart.niceStep(9)).isEqualTo(2);
    assertThat(BarChart.niceStep(3)).isEqualTo(1);
    assertThat(BarChart.niceStep(0)).isEqualTo(1);
    assertThat(BarChart.niceStep(2400)).isEqualTo(500);
    assertThat(BarChart.number(12)).isEqualTo("12");
    assertThat(BarChart.number(12.25)).isEqualTo("12.3");
    assertThatThrownBy(() -> new BarChart.Bar("x", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BarChart.Bar("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyBlockRefusesACharacterTheFontLacksNamingItsField() {
    assertThatThrownBy(() -> render(doc -> doc.add(new KeyValueTable(1).add("户主", "王" + EXT_B))))
        .isInstanceOfSatisfying(UnprintableTextException.class, e -> assertThat(e.field()).isEqualTo("户主"));
    assertThatThrownBy(() -> render(doc -> doc.add(new ReportTable(new Column("村（社区）", 1, Align.LEFT))
        .row(EXT_B + "村")))).isInstanceOfSatisfying(UnprintableTextException.class,
            e -> assertThat(e.field()).isEqualTo("村（社区）"));
    assertThatThrownBy(() -> render(doc -> doc.add(new BarChart(null, "村", "人数",
        List.of(new BarChart.Bar(EXT_B + "村", 3)), 0, 120)))).isInstanceOfSatisfying(
            UnprintableTextException.class, e -> assertThat(e.field()).isEqualTo("村"));
    assertThatThrownBy(() -> ReportDocument.render(ReportFonts.bundled(), new ReportFrame("x", "页眉" + EXT_B,
        FRAME.printedAt(), null), doc -> doc.paragraph("x", "y", ReportDocument.Style.BODY)))
        .isInstanceOf(UnprintableTextException.class);
  }

  @Test
  void aStampIsOnEveryPage() {
    ReportFrame stamped = new ReportFrame("x", "统计", FRAME.printedAt(), "草稿 不作为正式统计");
    byte[] pdf = ReportDocument.render(ReportFonts.bundled(), stamped, doc -> doc.add(villages(80)));
    int pages = PdfProbe.pages(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int p = 1; p <= pages; p++) {
      assertThat(PdfProbe.text(pdf, p, p)).contains("草稿 不作为正式统计");
    }
  }

  @Test
  void verificationBlockPrintsAScannableCodeAndItsText() {
    VerificationCode code = VerificationCode.of(ReportKind.ASSESSMENT, UUID.randomUUID(), "ab".repeat(32));
    byte[] pdf = render(doc -> doc.add(new VerificationBlock(code).detail("记录", "一月统计")));
    assertThat(PdfProbe.qrCodes(PdfProbe.render(pdf, 0, 72))).containsExactly(code.text());
    assertThat(squeeze(PdfProbe.text(pdf))).contains("核验码：" + code.text(), "记录：一月统计");
  }

  @Test
  void signatureStrokesAreDrawnScaledIntoTheirBox() {
    List<double[]> strokes = new ArrayList<>();
    for (int k = 0; k < 4; k++) { // four zig-zags across a 400×150 pad
      double[] z = new double[40];
      for (int i = 0; i < 20; i++) {
        z[2 * i] = 20 + k * 95 + i * 4;
        z[2 * i + 1] = i % 2 == 0 ? 30 : 120;
      }
      strokes.add(z);
    }
    SignatureStrokes s = new SignatureStrokes("户主", "王秀兰", 400, 150, strokes);
    byte[] signed = render(doc -> doc.add(new SignatureBlock(List.of(new SignatureBlock.Slot("户主", "王秀兰", s)))));
    byte[] blank = render(doc -> doc.add(new SignatureBlock(List.of(new SignatureBlock.Slot("户主", null, null)))));
    assertThat(PdfProbe.inkPixels(PdfProbe.render(signed, 0, 72))).isGreaterThan(150);
    assertThat(PdfProbe.inkPixels(PdfProbe.render(blank, 0, 72))).isLessThan(10);
    assertThat(squeeze(PdfProbe.text(signed))).contains("户主王秀兰");
    assertThat(squeeze(PdfProbe.text(blank))).contains("户主（签字）");
  }

  @Test
  void signatureStrokesAreValidatedAndCopied() {
    double[] stroke = {1, 2, 3, 4};
    SignatureStrokes s = new SignatureStrokes("户主", "王", 10, 10, List.of(stroke));
    stroke[0] = 99;
    assertThat(s.strokes().get(0)[0]).isEqualTo(1);
    s.strokes().get(0)[0] = 77;
    assertThat(s.strokes().get(0)[0]).isEqualTo(1);
    assertThatThrownBy(() -> new SignatureStrokes("户主", "王", 10, 10, List.of(new double[] {1, 2, 3})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignatureStrokes("户主", "王", 0, 10, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignatureStrokes("户主", "王", 10, 10, List.of(new double[] {1, Double.NaN})))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chineseLinesNeverStartWithClosingPunctuation() {
    char[] text = "其他），在".toCharArray();
    ChineseLineBreaks b = ChineseLineBreaks.INSTANCE;
    assertThat(b.isSplitCharacter(0, 1, text.length, text, null)).as("他|）").isFalse();
    assertThat(b.isSplitCharacter(0, 2, text.length, text, null)).as("）|，").isFalse();
    assertThat(b.isSplitCharacter(0, 3, text.length, text, null)).as("，|在").isTrue();
    char[] open = "的（痴".toCharArray();
    assertThat(b.isSplitCharacter(0, 0, open.length, open, null)).as("的|（").isTrue();
    assertThat(b.isSplitCharacter(0, 1, open.length, open, null)).as("（|痴").isFalse();
  }
}

package org.yiping.report.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yiping.report.ReportSamples.CERTIFICATE;
import static org.yiping.report.ReportSamples.gbtAnswers;
import static org.yiping.report.ReportSamples.gbtPart;
import static org.yiping.report.ReportSamples.gbtReport;
import static org.yiping.report.ReportSamples.ltcPart;
import static org.yiping.report.ReportSamples.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiping.assessment.TestForms;
import org.yiping.core.i18n.Messages;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportKind;
import org.yiping.report.ReportSamples;
import org.yiping.report.UnprintableTextException;
import org.yiping.report.VerificationCode;

/** The assessment report read back with PDFBox: values, fonts, pages, pictures and the QR code. */
class AssessmentReportTest {
  private static final String EXT_B = new String(Character.toChars(0x20000));
  private static byte[] gbt;
  private static String gbtText;

  @BeforeAll
  static void renderTheGbtReport() {
    gbt = report().render(gbtReport("张喆").build());
    gbtText = PdfProbe.text(gbt);
  }

  /**
   * The text without any white space: a cell's text wraps where the width ends, and the extracted line breaks would
   * otherwise decide whether a test passes. The order of what is compared still counts.
   */
  private static String oneLine(String text) {
    return text.replaceAll("[\\s\\u3000]+", "");
  }

  private static String[] squeezed(String... expected) {
    return java.util.Arrays.stream(expected).map(AssessmentReportTest::oneLine).toArray(String[]::new);
  }

  @Test
  void printsTheBasicInformationWithTheIdNumberMasked() {
    String id = ReportSamples.elder("x").idNumber();
    assertThat(gbtText).contains("老年人能力评估报告", "依据 GB/T 42195-2022《老年人能力评估规范》", "张喆", "女",
        "1942-03-12", "84 岁", "汉族", "首次评估", "幸福社区 3 号楼 2 单元 501 室");
    assertThat(gbtText).contains(id.substring(0, 4) + "**********" + id.substring(14)).doesNotContain(id);
  }

  @Test
  void printsTheFullIdNumberOnTheFiledCopy() {
    byte[] pdf = report().render(gbtReport("张喆").idNumberPrinting(IdNumberPrinting.FULL).build());
    assertThat(PdfProbe.text(pdf)).contains(ReportSamples.elder("x").idNumber());
  }

  @Test
  void printsAnnexCDimensionScoresTotalLevelsAndTheRulesThatChangedTheLevel() {
    String t = oneLine(gbtText);
    assertThat(t).contains(squeezed("C.1 一级指标得分", "B.1 自理能力 18 32", "B.2 基础运动能力 8 15", "B.3 精神状态 22 28",
        "B.4 感知觉与社会参与 13 15"));
    assertThat(t).contains(squeezed("C.2 老年人能力总得分 61 分（满分 90 分）"));
    assertThat(t).contains(squeezed("■ 能力中度受损", "□ 能力完好", "依据：总分在 46–65 分之间"));
    // C.4: coma not ticked; dementia and risk events ticked, one level in total (2 → 3), with their answers.
    assertThat(t).contains(squeezed("□ 处于昏迷状态者"));
    assertThat(t).contains(squeezed("■ 确诊为痴呆（F00–F03）"));
    assertThat(t).contains(squeezed("■ 近30天内发生过2次及以上照护风险事件"));
    assertThat(t).contains(squeezed("（已触发：等级 2 → 3）"));
    assertThat(t).contains(squeezed("A.4.1 疾病诊断：高血压病 I10–I15；痴呆 F00–F03", "A.2.14.1 跌倒：发生过2次"));
    assertThat(t).contains(squeezed("C.5 老年人能力最终等级 3 级 能力重度受损"));
  }

  @Test
  void printsEveryItemsAnswerWithItsPointsBySection() {
    String t = oneLine(gbtText);
    assertThat(t).contains(squeezed("B.1 自理能力（小计 18 分）", "B.4 感知觉与社会参与（小计 13 分）"));
    assertThat(t).contains(squeezed("B.1.1 进食 在他人指导或提示下完成，或独立使用辅具，没有呛咳 3 分"));
    assertThat(t).contains(squeezed("B.4.5 社会交往能力 参与社会，在社会环境有一定的适应能力，待人接物恰当 4 分"));
    assertThat(t).contains(squeezed("A.5.11 昏迷 无"));
    for (String code : TestForms.GBT_ITEMS) {
      assertThat(t).contains(code);
    }
  }

  @Test
  void printsAssessorsCertificateTimesPlaceAndFormVersion() {
    String t = oneLine(gbtText);
    assertThat(t).contains(squeezed("王芳（wangfang）", "评估员证书编号 " + CERTIFICATE, "第二评估员 艾力·买买提",
        "评估时间 2026-11-20 11:05", "完成时间 2026-11-20 12:12", "审核时间 2026-11-22 16:40",
        "评估地点 老人家中（幸福社区 3 号楼）"));
    assertThat(t).contains(squeezed("gbt42195-2022 版本 1.0.0", TestForms.form("gbt42195-2022").contentHash()));
    assertThat(t).contains(squeezed("01932c4e-7a10-7b2c-9d3e-0123456789ab"));
    assertThat(t).contains("已审核").doesNotContain("草稿", "未完成");
  }

  @Test
  void everyPageHasItsNumberOfTheTotalAndThePrintTime() {
    int pages = PdfProbe.pages(gbt);
    assertThat(pages).isBetween(2, 4);
    for (int p = 1; p <= pages; p++) {
      String page = PdfProbe.text(gbt, p, p);
      assertThat(page).contains("第 " + p + " 页 / 共 " + pages + " 页");
      assertThat(page).contains("颐评 · 打印于 2026-11-24 10:30", "老年人能力评估报告 · 张喆");
    }
  }

  @Test
  void everyFontIsEmbeddedAsASubset() {
    List<String> names = new ArrayList<>();
    List<PDFont> fonts = PdfProbe.fonts(gbt, names);
    assertThat(fonts).isNotEmpty();
    assertThat(names).allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"));
    assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
  }

  @Test
  void theFirstPageIsNotBlankAndTheQrCodeDecodesToTheVerificationCode() {
    BufferedImage first = PdfProbe.render(gbt, 0, 80);
    long ink = PdfProbe.nonWhite(first);
    assertThat(ink).isGreaterThan(first.getWidth() * first.getHeight() / 50L);

    int last = PdfProbe.pages(gbt) - 1;
    List<String> codes = PdfProbe.qrCodes(PdfProbe.render(gbt, last, 100));
    VerificationCode expected = AssessmentReport.verificationCode(gbtPart(gbtAnswers(), ReportStatus.APPROVED));
    assertThat(codes).containsExactly(expected.text());
    assertThat(oneLine(gbtText)).contains(oneLine("核验码：" + expected.text()));
    assertThat(VerificationCode.matches(codes.get(0), ReportKind.ASSESSMENT,
        gbtPart(gbtAnswers(), ReportStatus.APPROVED).recordId(),
        "3fa9c01b22d47e65aa00bb11cc22dd33ee44ff5566778899aabbccddeeff0011")).isTrue();
  }

  @Test
  void signaturesAreDrawnAndMissingOnesLeaveALineWithTheRoleAndName() {
    int last = PdfProbe.pages(gbt);
    String t = oneLine(PdfProbe.text(gbt, 1, last));
    assertThat(t).contains(squeezed("评估员 王芳", "老年人或信息提供者 张玥（女儿）", "审核人 李娟（团结路街道）",
        "第二评估员 艾力·买买提"));
    long signed = 0;
    for (int p = 0; p < last; p++) {
      signed += PdfProbe.inkPixels(PdfProbe.render(gbt, p, 72));
    }
    byte[] unsigned = report().render(AssessmentReportData.builder(ReportSamples.elder("张喆"),
        gbtPart(gbtAnswers(), ReportStatus.APPROVED)).build());
    long none = 0;
    for (int p = 0; p < PdfProbe.pages(unsigned); p++) {
      none += PdfProbe.inkPixels(PdfProbe.render(unsigned, p, 72));
    }
    assertThat(signed).isGreaterThan(300);
    assertThat(none).isLessThan(20);
    assertThat(oneLine(PdfProbe.text(unsigned))).contains(squeezed("评估员 （签字）", "老年人或信息提供者 （签字）"));
  }

  @Test
  void rareNameCharactersPrintAndExtract() {
    byte[] pdf = report().render(gbtReport("欧阳喆堃").place("镕玥家中").secondAssessor("王玥").build());
    String t = oneLine(PdfProbe.text(pdf));
    assertThat(t).contains(squeezed("欧阳喆堃", "镕玥家中", "王玥", "老年人能力评估报告 · 欧阳喆堃"));
  }

  @Test
  void aCharacterTheFontLacksIsRefusedNamingTheFieldAndNothingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> report().write(gbtReport("张" + EXT_B).build(), out))
        .isInstanceOfSatisfying(UnprintableTextException.class, e -> {
          assertThat(e.field()).isEqualTo("姓名");
          assertThat(e.codePoints()).containsExactly(0x20000);
          assertThat(e.render(Messages.chinese())).startsWith("姓名中有报告字体无法打印的字：" + EXT_B + " (U+20000)");
        });
    assertThat(out.size()).isZero();

    assertThatThrownBy(() -> report().render(gbtReport("张三").place("村" + EXT_B + "家").build()))
        .isInstanceOfSatisfying(UnprintableTextException.class, e -> assertThat(e.field()).isEqualTo("评估地点"));
    assertThatThrownBy(() -> report().render(gbtReport("张三")
        .signature(ReportSamples.signature("审核人", "李" + EXT_B, 3)).build()))
        .isInstanceOfSatisfying(UnprintableTextException.class, e -> assertThat(e.field()).isEqualTo("审核人"));
  }

  @Test
  void ltcPrintsItsGradesAndLevelAndIsMarkedProvisional() {
    Map<String, Object> answers = TestForms.ltc(55, 10, 9);
    AssessmentPart part = ltcPart(answers, ReportStatus.FINALIZED);
    byte[] pdf = report().render(AssessmentReportData.builder(ReportSamples.elder("赵玥"), part)
        .assessor(new AssessorInfo("wangfang", "王芳", CERTIFICATE)).build());
    String t = oneLine(PdfProbe.text(pdf));
    assertThat(part.result().finalLevel()).isEqualTo(2);
    assertThat(t).contains(squeezed("长期护理失能等级评估报告", "依据 医保办发〔2021〕37号《长期护理失能等级评估标准（试行）》"));
    assertThat(t).contains(squeezed("评估结果：长期护理失能等级评估标准（试行） 暂行分级（试行）"));
    assertThat(t).contains(squeezed("暂行分级（试行）：本评估表的分级对照表尚未与官方文本核实"));
    assertThat(t).contains(squeezed("1 日常生活活动能力 55 100 2 级 中度受损（暂行）", "2 认知能力 10 16 2 级 中度受损（暂行）",
        "3 感知觉与沟通能力 9 12 1 级 轻度受损（暂行）"));
    assertThat(t).contains(squeezed("最终等级 2 级 中度失能 暂行分级（试行）", "本评估表无等级变更规则"));
    assertThat(t).doesNotContain("C.2", "总得分");
    assertThat(PdfProbe.text(pdf, 1, 1)).contains("暂行分级（试行）");
  }

  @Test
  void aCombinedVisitPrintsBothResultsAndBothCodesInOnePdf() {
    AssessmentPart gbtPart = gbtPart(gbtAnswers(), ReportStatus.APPROVED);
    AssessmentPart ltcPart = ltcPart(TestForms.ltc(100, 16, 12), ReportStatus.APPROVED);
    byte[] pdf = report().render(gbtReport("孙堃").part(ltcPart).build());
    String t = oneLine(PdfProbe.text(pdf));
    assertThat(t).contains(squeezed("老年人能力及长期护理失能等级评估报告"));
    assertThat(t).contains(squeezed("二、评估结果：老年人能力评估规范", "三、评估结果：长期护理失能等级评估标准（试行） 暂行分级（试行）",
        "四、评估项目及结果：老年人能力评估规范", "五、评估项目及结果：长期护理失能等级评估标准（试行）"));
    assertThat(t).contains(squeezed("C.5 老年人能力最终等级 3 级 能力重度受损", "最终等级 0 级 基本正常 暂行分级（试行）"));
    assertThat(t).contains(squeezed("1.10 洗澡", "3.3 沟通能力"));
    List<String> codes = new ArrayList<>();
    for (int p = 0; p < PdfProbe.pages(pdf); p++) {
      codes.addAll(PdfProbe.qrCodes(PdfProbe.render(pdf, p, 100)));
    }
    assertThat(codes).containsExactlyInAnyOrder(AssessmentReport.verificationCode(gbtPart).text(),
        AssessmentReport.verificationCode(ltcPart).text());
  }

  @Test
  void anIncompleteAssessmentIsPrintedAsSuchWithoutTotalOrLevel() {
    Map<String, Object> answers = new LinkedHashMap<>(gbtAnswers());
    answers.remove("B.1.1");
    answers.remove("B.3.2");
    byte[] pdf = report().render(AssessmentReportData.builder(ReportSamples.elder("张喆"),
        gbtPart(answers, ReportStatus.DRAFT)).build());
    String t = oneLine(PdfProbe.text(pdf));
    assertThat(t).contains(squeezed("草稿 不作为评估结论 · 未完成"));
    assertThat(t).contains(squeezed("本评估尚未完成：以下 2 项未作答，没有总分和等级（不按比例折算）：B.1.1 进食、B.3.2 空间定向"));
    assertThat(t).contains(squeezed("B.1 自理能力 未完成，暂无 32", "B.2 基础运动能力 8 15"));
    assertThat(t).contains(squeezed("C.2 老年人能力总得分 未完成，暂无", "C.5 老年人能力最终等级 未完成，暂无"));
    assertThat(t).contains(squeezed("B.1.1 进食 未作答"));
    for (int p = 1; p <= PdfProbe.pages(pdf); p++) {
      assertThat(PdfProbe.text(pdf, p, p)).contains("草稿 不作为评估结论 · 未完成");
    }
  }

  @Test
  void comaWithMissingAnswersSaysWhatTheLevelWillBe() {
    Map<String, Object> answers = new LinkedHashMap<>(gbtAnswers());
    answers.put("A.5.11", true);
    answers.remove("B.4.5");
    String t = oneLine(PdfProbe.text(report().render(AssessmentReportData.builder(ReportSamples.elder("张喆"),
        gbtPart(answers, ReportStatus.DRAFT)).build())));
    assertThat(t).contains(squeezed("作答完整后最终等级为 4 级（能力完全丧失），此前不给等级"));
  }

  @Test
  void anOfficialResultHasNoStampAndASupersededOneSaysSo() {
    assertThat(oneLine(gbtText)).doesNotContain("已被更正", "不作为评估结论");
    byte[] pdf = report().render(AssessmentReportData.builder(ReportSamples.elder("张喆"),
        new AssessmentPart(java.util.UUID.randomUUID(), "ab".repeat(32), ReportStatus.SUPERSEDED,
            TestForms.form("gbt42195-2022"), gbtAnswers(), TestForms.score("gbt42195-2022", gbtAnswers()),
            "B.2.3 选项录入有误，已更正")).build());
    String t = oneLine(PdfProbe.text(pdf));
    assertThat(t).contains(squeezed("已被更正 以更正版本为准", "备注 B.2.3 选项录入有误，已更正"));
  }

  @Test
  void theReportIsSmall() {
    assertThat(gbt.length).isLessThan(100 * 1024);
  }

  @Test
  void partsMustMatchTheirFormAndBeValid() {
    assertThatThrownBy(() -> new AssessmentPart(java.util.UUID.randomUUID(), "ab".repeat(32),
        ReportStatus.DRAFT, TestForms.form("ltc-2021"), gbtAnswers(), TestForms.score("gbt42195-2022",
        gbtAnswers()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not of ltc-2021");
    Map<String, Object> bad = new LinkedHashMap<>(gbtAnswers());
    bad.put("B.1.1", 9);
    assertThatThrownBy(() -> gbtPart(bad, ReportStatus.DRAFT)).isInstanceOf(IllegalArgumentException.class);
  }
}

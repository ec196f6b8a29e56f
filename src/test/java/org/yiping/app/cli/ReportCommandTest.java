package org.yiping.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.assessment.TestForms;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportKind;
import org.yiping.report.ReportSamples;
import org.yiping.report.VerificationCode;
import picocli.CommandLine;

/** {@code yiping report score}: an answers file in, a PDF out, one line on standard error for what the user must fix. */
class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXT_B = new String(Character.toChars(0x20000));
  private static final String ID = ReportSamples.idNumber("650102", LocalDate.of(1942, 3, 12), false);

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static ReportScoreCommand command() {
    return new ReportScoreCommand(TestForms::registry, ReportSamples.CLOCK, () -> new ByteArrayInputStream(new byte[0]));
  }

  private Path answers(String form, Map<String, Object> answers, Map<String, String> elder) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("form", form);
    if (elder != null) {
      root.put("elder", elder);
    }
    root.put("answers", answers);
    Path f = dir.resolve("answers.json");
    Files.writeString(f, JSON.writeValueAsString(root), StandardCharsets.UTF_8);
    return f;
  }

  private Run report(Path answers, Path out, String... more) {
    String[] args = Stream.concat(Stream.of("--answers", answers.toString(), "--out", out.toString()),
        Stream.of(more)).toArray(String[]::new);
    return run(command(), args);
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void printsTheReportOfAnAnswersFileWithTheElderFromIt() throws IOException {
    Path in = answers("gbt42195-2022", ReportSamples.gbtAnswers(), Map.of("name", "李喆", "idNumber", ID));
    Path pdfFile = dir.resolve("李喆.pdf");
    Run r = report(in, pdfFile);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(r.out().lines()).hasSize(1);
    assertThat(json.get("out").asText()).isEqualTo(pdfFile.toAbsolutePath().toString());
    assertThat(json.get("complete").asBoolean()).isTrue();
    byte[] pdf = Files.readAllBytes(pdfFile);
    assertThat(json.get("bytes").asInt()).isEqualTo(pdf.length);
    String text = squeeze(PdfProbe.text(pdf));
    assertThat(text).contains("李喆", "1942-03-12", "84岁", ID.substring(0, 4) + "**********" + ID.substring(14),
        "C.2老年人能力总得分61分（满分90分）", "C.5老年人能力最终等级3级能力重度受损", "未登记仅供核对");
    assertThat(text).doesNotContain(ID);
    // The verification code is on the paper, in the QR code and in the JSON, and points at no stored record.
    VerificationCode code = VerificationCode.parse(json.get("verificationCode").asText());
    assertThat(code.kind()).isEqualTo(ReportKind.ANSWERS_FILE);
    assertThat(text).contains("核验码：" + code.text());
    assertThat(PdfProbe.qrCodes(PdfProbe.render(pdf, PdfProbe.pages(pdf) - 1, 100))).containsExactly(code.text());
    assertThat(files()).containsExactly(in, pdfFile);
  }

  @Test
  void theSameAnswersGiveTheSameCodeWhateverTheFormatting() throws IOException {
    Path in = answers("gbt42195-2022", ReportSamples.gbtAnswers(), null);
    String first = JSON.readTree(report(in, dir.resolve("a.pdf")).out()).get("verificationCode").asText();
    Files.writeString(in, "\n  " + Files.readString(in).replace(",", ",\n   ") + "\n");
    String second = JSON.readTree(report(in, dir.resolve("b.pdf")).out()).get("verificationCode").asText();
    assertThat(second).isEqualTo(first);
    Map<String, Object> changed = new LinkedHashMap<>(ReportSamples.gbtAnswers());
    changed.put("B.1.1", 4);
    String third = JSON.readTree(report(answers("gbt42195-2022", changed, null), dir.resolve("c.pdf")).out())
        .get("verificationCode").asText();
    assertThat(third).isNotEqualTo(first);
  }

  @Test
  void fullIdNumberOnRequest() throws IOException {
    Path in = answers("gbt42195-2022", ReportSamples.gbtAnswers(), Map.of("name", "李喆", "idNumber", ID));
    Path out = dir.resolve("r.pdf");
    assertThat(report(in, out, "--full-id-number").exit()).isZero();
    assertThat(PdfProbe.text(Files.readAllBytes(out))).contains(ID);
  }

  @Test
  void incompleteAnswersArePrintedMarkedIncompleteAndSaySoInTheJson() throws IOException {
    Map<String, Object> a = new LinkedHashMap<>(ReportSamples.gbtAnswers());
    a.remove("B.2.3");
    Path out = dir.resolve("r.pdf");
    Run r = report(answers("gbt42195-2022", a, null), out);
    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out()).get("complete").asBoolean()).isFalse();
    String text = squeeze(PdfProbe.text(Files.readAllBytes(out)));
    assertThat(text).contains("未完成", "以下1项未作答", "B.2.3平地行走", "C.5老年人能力最终等级未完成，暂无");
  }

  @Test
  void anLtcFileIsPrintedAsProvisional() throws IOException {
    Path out = dir.resolve("ltc.pdf");
    assertThat(report(answers("ltc-2021", TestForms.ltc(55, 10, 9), Map.of("name", "赵玥")), out).exit())
        .isZero();
    assertThat(squeeze(PdfProbe.text(Files.readAllBytes(out))))
        .contains("长期护理失能等级评估报告", "赵玥", "暂行分级（试行）", "最终等级2级中度失能");
  }

  @Test
  void aNameWithACharacterTheFontLacksExits2NamingItAndLeavesTheOldFileAlone() throws IOException {
    Path in = answers("gbt42195-2022", ReportSamples.gbtAnswers(), Map.of("name", "张" + EXT_B));
    Path out = dir.resolve("old.pdf");
    Files.writeString(out, "the report printed yesterday");
    Run r = report(in, out);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("report score: 姓名中有报告字体无法打印的字：" + EXT_B + " (U+20000)");
    assertThat(Files.readString(out)).isEqualTo("the report printed yesterday");
    assertThat(files()).containsExactly(in, out);
  }

  @Test
  void invalidAnswersExit2WithTheSameOneLineAsScore() throws IOException {
    Map<String, Object> a = new LinkedHashMap<>(ReportSamples.gbtAnswers());
    a.put("B.1.1", 7);
    Path out = dir.resolve("r.pdf");
    Run r = report(answers("gbt42195-2022", a, null), out);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("report score: B.1.1 的值 7 不在选项中，允许 4,3,2,1,0 "
        + "(B.1.1: value 7 is not an option; allowed 4,3,2,1,0)" + System.lineSeparator());
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void unknownKeysInElderAreRefused() throws IOException {
    Path in = answers("gbt42195-2022", ReportSamples.gbtAnswers(), Map.of("name", "张三", "idnumber", ID));
    Run r = report(in, dir.resolve("r.pdf"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("refused key \"idnumber\"").doesNotContain(ID);
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void anInvalidIdNumberExits2InChinese() throws IOException {
    String wrong = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
    Run r = report(answers("gbt42195-2022", ReportSamples.gbtAnswers(), Map.of("name", "张三", "idNumber", wrong)),
        dir.resolve("r.pdf"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("report score: 答案文件中 elder.idNumber 无效：");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(Files.exists(dir.resolve("r.pdf"))).isFalse();
  }

  @Test
  void anOutputFolderThatDoesNotExistExits2() throws IOException {
    Path out = dir.resolve("no-such-folder").resolve("r.pdf");
    Run r = report(answers("gbt42195-2022", ReportSamples.gbtAnswers(), null), out);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("report score: 无法写入报告文件 " + out + "：所在文件夹不存在。"
        + System.lineSeparator());
  }

  @Test
  void readsStandardInput() throws IOException {
    Map<String, Object> root = Map.of("form", "ltc-2021", "answers", TestForms.ltc(100, 16, 12));
    byte[] in = JSON.writeValueAsBytes(root);
    Path out = dir.resolve("stdin.pdf");
    Run r = run(new ReportScoreCommand(TestForms::registry, ReportSamples.CLOCK, () -> new ByteArrayInputStream(in)),
        "--answers", "-", "--out", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(squeeze(PdfProbe.text(Files.readAllBytes(out)))).contains("最终等级0级基本正常");
  }

  @Test
  void isRegisteredAsReportScoreAndAMissingOptionExits2() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine yiping = YipingCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(yiping.getSubcommands().get("report").getSubcommands()).containsKey("score");
    int exit = yiping.execute("report", "score", "--answers", "x.json");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }

  @Test
  void theDefaultFormsAndClockWorkThroughTheRealCommandLine() throws IOException {
    Path in = answers("gbt42195-2022", ReportSamples.gbtAnswers(), Map.of("name", "王堃"));
    Path out = dir.resolve("real.pdf");
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = YipingCommand.commandLine(new PrintWriter(stdout, true), new PrintWriter(err, true))
        .execute("report", "score", "--answers", in.toString(), "--out", out.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(exit).isZero();
    assertThat(PdfProbe.text(Files.readAllBytes(out))).contains("王堃");
  }
}

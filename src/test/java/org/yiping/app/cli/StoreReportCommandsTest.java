package org.yiping.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.report.PdfProbe;
import org.yiping.testdata.AssessmentWorld;

/**
 * {@code yiping report assessment|elder|monthly} and {@code yiping verify} end to end on a real store, through the
 * same command line as {@code java -jar yiping.jar}: password on standard input, JSON out, exit codes.
 */
class StoreReportCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  AssessmentWorld world;
  UUID assessment;
  InputStream realIn;

  @BeforeAll
  static void passwordComesFromStandardInput() {
    // These tests give the password on standard input; a YIPING_PASSWORD in the environment would win over it.
    assertThat(System.getenv("YIPING_PASSWORD")).as("YIPING_PASSWORD must not be set for this test").isNull();
  }

  @BeforeEach
  void setUp() {
    realIn = System.in;
    world = new AssessmentWorld(dir.resolve("store"));
    try (Workspace li = world.li()) {
      assessment = li.assessments().start(world.elderId, AssessmentWorld.GBT, AssessmentReason.FIRST)
          .assessment().id();
      TestForms.gbtWithTotal(61).forEach((item, value) -> li.assessments().answer(assessment, item, value));
      li.assessments().finalizeAssessment(assessment, null, "老人家中");
    }
    try (Workspace town = world.town()) {
      town.assessments().approve(assessment);
    }
  }

  @AfterEach
  void tearDown() {
    System.setIn(realIn);
    world.close();
  }

  private record Run(int exit, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  private Run run(String password, String... args) {
    System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = YipingCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private String[] store(String user, String... more) {
    List<String> a = new ArrayList<>(List.of("--data-dir", dir.resolve("store").toString(), "--user", user));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  private static String[] cat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  @Test
  void reportAssessmentWritesThePdfAndPrintsItsCode() throws IOException {
    Path pdf = dir.resolve("评估.pdf");
    Run r = run("Review2026c", cat(new String[] {"report", "assessment"},
        store("town", "--id", assessment.toString(), "--out", pdf.toString(), "--full-id-number")));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("out").asText()).isEqualTo(pdf.toAbsolutePath().toString());
    assertThat(j.get("kind").asText()).isEqualTo("ASSESSMENT");
    assertThat(j.get("recordId").asText()).isEqualTo(assessment.toString());
    assertThat(j.get("verificationCode").asText()).startsWith("YP1.ASM." + assessment.toString().toUpperCase());
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(j.get("bytes").asInt()).isEqualTo(bytes.length);
    assertThat(PdfProbe.text(bytes)).contains("张秀兰", "65010219450312218X", "XJ-PG-0001");
    try (Workspace admin = world.admin()) {
      assertThat(admin.audit().page(0, 50)).anySatisfy(a -> {
        assertThat(a.action()).isEqualTo("REPORT_SAVED");
        assertThat(a.username()).isEqualTo("town");
        assertThat(a.targetId()).isEqualTo(assessment.toString());
      });
    }
  }

  @Test
  void userErrorsAreOneChineseLineAndExitTwo() {
    Path pdf = dir.resolve("x.pdf");
    Run noPrint = run("Assess2026a", cat(new String[] {"report", "assessment"},
        store("li", "--id", assessment.toString(), "--out", pdf.toString())));
    assertThat(noPrint.exit()).isEqualTo(2);
    assertThat(noPrint.err()).startsWith("report assessment: 您的角色无权执行此操作（PRINT）").hasLineCount(1);
    assertThat(pdf).doesNotExist();

    Run wrongPassword = run("wrong-password1", cat(new String[] {"report", "assessment"},
        store("town", "--id", assessment.toString(), "--out", pdf.toString())));
    assertThat(wrongPassword.exit()).isEqualTo(2);
    assertThat(wrongPassword.err()).isEqualTo("report assessment: 用户名或密码不正确，或账户已停用。\n");

    Run badId = run("Review2026c", cat(new String[] {"report", "assessment"},
        store("town", "--id", "12345", "--out", pdf.toString())));
    assertThat(badId.exit()).isEqualTo(2);
    assertThat(badId.err()).startsWith("report assessment: 12345 不是有效的记录编号").hasLineCount(1);

    Run unknown = run("Review2026c", cat(new String[] {"report", "assessment"},
        store("town", "--id", UUID.randomUUID().toString(), "--out", pdf.toString())));
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("report assessment: 找不到该评估，可能已被删除。\n");

    Run unknownElder = run("Review2026c", cat(new String[] {"report", "elder"},
        store("town", "--id", UUID.randomUUID().toString(), "--out", pdf.toString())));
    assertThat(unknownElder.exit()).isEqualTo(2);
    assertThat(unknownElder.err()).isEqualTo("report elder: 找不到该档案，可能已被删除。\n");

    Run badMonth = run("Review2026c", cat(new String[] {"report", "monthly"},
        store("town", "--month", "2026-13", "--out", pdf.toString())));
    assertThat(badMonth.exit()).isEqualTo(2);
    assertThat(badMonth.err()).startsWith("report monthly: 2026-13 不是有效的月份");

    Run badTownship = run("Review2026c", cat(new String[] {"report", "monthly"},
        store("town", "--township", "6501", "--month", "2026-11", "--out", pdf.toString())));
    assertThat(badTownship.exit()).isEqualTo(2);
    assertThat(badTownship.err()).startsWith("report monthly: 乡镇（街道）代码 6501 无效");

    Run noFolder = run("Review2026c", cat(new String[] {"report", "elder"},
        store("town", "--id", world.elderId.toString(), "--out", dir.resolve("no/such/x.pdf").toString())));
    assertThat(noFolder.exit()).isEqualTo(2);
    assertThat(noFolder.err()).contains("所在文件夹不存在");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void elderSummaryAndMonthlyStatistics() throws IOException {
    Path elder = dir.resolve("elder.pdf");
    Run e = run("Review2026c", cat(new String[] {"report", "elder"},
        store("town", "--id", world.elderId.toString(), "--out", elder.toString())));
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(e.json().get("kind").asText()).isEqualTo("ELDER_SUMMARY");
    assertThat(PdfProbe.text(Files.readAllBytes(elder))).contains("老年人档案摘要", "张秀兰", "6501**********218X");

    Path monthly = dir.resolve("monthly.pdf");
    String month = YearMonth.now(ZoneId.systemDefault()).toString();
    Run m = run("Review2026c", cat(new String[] {"report", "monthly"},
        store("town", "--township", "650102002000", "--month", month, "--out", monthly.toString())));
    assertThat(m.exit()).as(m.err()).isZero();
    assertThat(m.json().get("verificationCode").asText()).startsWith("YP1.MST.");
    String text = PdfProbe.text(Files.readAllBytes(monthly));
    assertThat(text).contains("燕儿窝街道", "老年人能力评估月度统计");
    assertThat(text.replaceAll("\\s+", "")).contains("在册老年人1人", "本月完成评估1次", "其中已审核1次");

    Run v = run("Review2026c", cat(new String[] {"verify"},
        store("town", "--code", m.json().get("verificationCode").asText())));
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.json().get("outcome").asText()).isEqualTo("MATCHES");
  }

  @Test
  void verifyExitsZeroWhenItMatchesThreeWhenNotFourWhenSupersededTwoOnABadCode() throws IOException {
    Run made = run("Review2026c", cat(new String[] {"report", "assessment"},
        store("town", "--id", assessment.toString(), "--out", dir.resolve("a.pdf").toString())));
    String code = made.json().get("verificationCode").asText();

    Run ok = run("Review2026c", cat(new String[] {"verify"}, store("town", "--code", code)));
    assertThat(ok.exit()).isZero();
    JsonNode j = ok.json();
    assertThat(ok.out().lines()).hasSize(1);
    assertThat(j.get("outcome").asText()).isEqualTo("MATCHES");
    assertThat(j.get("matches").asBoolean()).isTrue();
    assertThat(j.get("kind").asText()).isEqualTo("ASSESSMENT");
    assertThat(j.get("recordId").asText()).isEqualTo(assessment.toString());
    assertThat(j.get("detail").asText()).isEqualTo("APPROVED");
    assertThat(j.get("message").asText()).isEqualTo("核验通过：纸面内容与存档记录一致。");

    String tampered = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
    Run changed = run("Review2026c", cat(new String[] {"verify"}, store("town", "--code", tampered)));
    assertThat(changed.exit()).isEqualTo(3);
    assertThat(changed.json().get("outcome").asText()).isEqualTo("CHANGED_SINCE_PRINTED");

    Run notFound = run("Review2026c", cat(new String[] {"verify"},
        store("town", "--code", "YP1.ASM." + UUID.randomUUID().toString().toUpperCase() + ".0123456789ABCDEF")));
    assertThat(notFound.exit()).isEqualTo(3);
    assertThat(notFound.json().get("outcome").asText()).isEqualTo("NOT_FOUND");

    UUID corrected;
    try (Workspace li = world.li()) {
      corrected = li.assessments().correct(assessment, "复核").assessment().id();
      li.assessments().finalizeAssessment(corrected, null, "老人家中");
    }
    Run superseded = run("Assess2026a", cat(new String[] {"verify"}, store("li", "--code", code)));
    assertThat(superseded.exit()).isEqualTo(4);
    assertThat(superseded.json().get("outcome").asText()).isEqualTo("MATCHES_SUPERSEDED");
    assertThat(superseded.json().get("supersededBy").asText()).isEqualTo(corrected.toString());

    // A code that cannot be read fails before any password is asked for.
    Run bad = run("", cat(new String[] {"verify"}, store("town", "--code", "YP1.ASM.123")));
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("verify: 核验码应由点分成 4 段，这里是 3 段。请检查是否漏输或多输了点。\n");
    assertThat(bad.out()).isEmpty();

    Run help = run("", "verify", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Exit codes: 0 MATCHES", "4 MATCHES_SUPERSEDED", "3 CHANGED_SINCE_PRINTED");
  }
}

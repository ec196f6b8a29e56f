package org.yiping.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.Workspace;
import org.yiping.bed.BedSetup;
import org.yiping.elder.EconomicStatus;
import org.yiping.report.PdfProbe;
import org.yiping.testdata.AssessmentWorld;

/** {@code yiping report case|plan|bed-label} end to end on a real store: password on standard input, JSON out. */
class CaseReportCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  AssessmentWorld world;
  UUID caseId;
  UUID bedId;
  InputStream realIn;

  @BeforeAll
  static void passwordComesFromStandardInput() {
    assertThat(System.getenv("YIPING_PASSWORD")).as("YIPING_PASSWORD must not be set for this test").isNull();
  }

  @BeforeEach
  void setUp() {
    realIn = System.in;
    world = new AssessmentWorld(dir.resolve("store"));
    world.economicStatus(EconomicStatus.TEKUN);
    try (Workspace li = world.li()) {
      caseId = li.adaptation().apply(world.elderId, LocalDate.now().getYear(), null).id();
      li.adaptation().plan(caseId, List.of(new PlanLine("1", true, 10, 8_000, Payer.SUBSIDY, null),
          new PlanLine("14", true, 1, 60_000, Payer.FAMILY, null)));
      bedId = li.beds().open(world.elderId, new BedSetup("颐和居家养老服务中心", LocalDate.now(),
          LocalDate.now().plusYears(1), caseId, List.of(), "乡镇特批")).id();
    }
  }

  @AfterEach
  void tearDown() {
    System.setIn(realIn);
    world.close();
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String password, String... args) {
    System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = YipingCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private String[] args(String command, String user, String... more) {
    List<String> a = new ArrayList<>(List.of("report", command, "--data-dir", dir.resolve("store").toString(),
        "--user", user));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void caseAndPlanAreSavedWithTheirCodesAndVerify() throws Exception {
    Path sheet = dir.resolve("案卷.pdf");
    Run r = run("Review2026c", args("case", "town", "--id", caseId.toString(), "--out", sheet.toString()));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("kind").asText()).isEqualTo("ADAPTATION_CASE");
    assertThat(j.get("verificationCode").asText()).startsWith("YP1.ADC." + caseId.toString().toUpperCase());
    assertThat(PdfProbe.text(Files.readAllBytes(sheet))).contains("居家适老化改造案卷", "张秀兰");

    Path plan = dir.resolve("方案.pdf");
    r = run("Review2026c", args("plan", "town", "--id", caseId.toString(), "--out", plan.toString()));
    assertThat(r.exit()).isZero();
    j = JSON.readTree(r.out());
    assertThat(j.get("kind").asText()).isEqualTo("ADAPTATION_PLAN");
    assertThat(PdfProbe.text(Files.readAllBytes(plan)).replaceAll("\\s+", "")).contains("家庭需支付600.00元");

    Run v = run("Review2026c", "verify", "--data-dir", dir.resolve("store").toString(), "--user", "town",
        "--code", j.get("verificationCode").asText());
    assertThat(v.exit()).isZero();
    assertThat(JSON.readTree(v.out()).get("outcome").asText()).isEqualTo("MATCHES");
    try (Workspace admin = world.admin()) {
      assertThat(admin.audit().page(0, 100)).filteredOn(a -> a.action().equals("REPORT_SAVED"))
          .extracting(a -> a.targetId()).containsExactly(caseId.toString(), caseId.toString());
    }
  }

  @Test
  void bedLabelsTakeOneOrMoreIdsAndAnAssessorMayNotSaveThem() throws Exception {
    Path labels = dir.resolve("标签.pdf");
    Run r = run("Review2026c", args("bed-label", "town", "--id", bedId.toString(), "--out", labels.toString()));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("kind").asText()).isEqualTo("BED_LABEL");
    assertThat(j.get("recordId").asText()).isEqualTo(bedId.toString());
    assertThat(j.get("verificationCode").isNull()).isTrue();
    byte[] pdf = Files.readAllBytes(labels);
    assertThat(PdfProbe.text(pdf)).contains("张*兰").doesNotContain("张秀兰");

    Run bad = run("Review2026c", args("bed-label", "town", "--id", "not-an-id", "--out", labels.toString()));
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("report bed-label: not-an-id 不是有效的记录编号");

    Run assessor = run("Assess2026a", args("bed-label", "li", "--id", bedId.toString(), "--out",
        dir.resolve("x.pdf").toString()));
    assertThat(assessor.exit()).isEqualTo(2);
    assertThat(assessor.err()).startsWith("report bed-label: ");
    assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
  }

  @Test
  void aPlanWithNothingNeededIsRefusedInOneLine() {
    try (Workspace li = world.li()) {
      li.adaptation().plan(caseId, List.of(new PlanLine("1", false, 0, 0, null, null)));
    }
    Run r = run("Review2026c", args("plan", "town", "--id", caseId.toString(), "--out",
        dir.resolve("p.pdf").toString()));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("report plan: 该案件还没有需要改造的项目，无法打印方案确认书：请先在改造方案中勾选需要改造的项目并保存。"
        + System.lineSeparator());
  }
}

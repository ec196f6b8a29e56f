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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.form.FormDefinition;
import picocli.CommandLine;

/** {@code forms list} and {@code score}, run through picocli with real files. */
class CliCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private Run score(String json) throws IOException {
    Path f = dir.resolve("answers.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return run(new ScoreCommand(TestForms::registry), "--answers", f.toString());
  }

  private static String answersJson(String form, Map<String, Object> answers) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("form", form);
    root.put("answers", answers);
    return JSON.writeValueAsString(root);
  }

  @Test
  void formsListPrintsIdVersionStatusAndHash() {
    Run r = run(new FormsCommand(TestForms::registry), "list");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    FormDefinition ltc = TestForms.form("ltc-2021");
    assertThat(lines).hasSize(4);
    assertThat(lines).contains("ltc-2021\t1.0.0\tprovisional\t" + ltc.contentHash());
    assertThat(lines).extracting(l -> l.split("\t")[0])
        .containsExactly("gbt42195-2022", "home-adaptation-2020", "ltc-2021", "mzt039-2013");
    assertThat(lines).allSatisfy(l -> assertThat(l.split("\t")).hasSize(4));
  }

  @Test
  void scoreGbtExampleFromTheIssue() throws IOException {
    Map<String, Object> a = new LinkedHashMap<>(TestForms.gbtWithTotal(90));
    a.put("A.5.11", false);
    a.put("A.4.1", List.of("F00-F03"));
    a.put("A.2.14.1", 0);
    a.put("A.2.14.2", 1);
    a.put("A.2.14.3", 0);
    a.put("A.2.14.4", 0);
    a.put("A.2.14.5", 0);
    Run r = score(answersJson("gbt42195-2022", a));
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(1);
    JsonNode out = JSON.readTree(r.out());
    List<String> keys = new java.util.ArrayList<>();
    out.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("form", "formVersion", "complete", "dimensions", "total", "preliminaryLevel",
        "finalLevel", "levelName", "levelChanges");
    assertThat(out.get("dimensions").toString())
        .isEqualTo("{\"B.1\":{\"score\":32},\"B.2\":{\"score\":15},\"B.3\":{\"score\":28},\"B.4\":{\"score\":15}}");
    assertThat(out.get("total").intValue()).isEqualTo(90);
    assertThat(out.get("preliminaryLevel").intValue()).isZero();
    assertThat(out.get("finalLevel").intValue()).isEqualTo(1);
    assertThat(out.get("levelName").asText()).isEqualTo("能力轻度受损");
    assertThat(out.get("levelChanges")).hasSize(1);
    assertThat(out.get("levelChanges").get(0).get("rule").asText()).isEqualTo("C.4-diagnosis");
    assertThat(out.get("levelChanges").get(0).get("items").toString()).isEqualTo("{\"A.4.1\":[\"F00-F03\"]}");
  }

  @Test
  void scorePerfectGbtPrintsExactlyTheIssueShape() throws IOException {
    Run r = score(answersJson("gbt42195-2022", TestForms.gbtWithTotal(90)));
    String hashFree = r.out().strip();
    assertThat(hashFree).isEqualTo("{\"form\":\"gbt42195-2022\",\"formVersion\":\"1.0.0\",\"complete\":true,"
        + "\"dimensions\":{\"B.1\":{\"score\":32},\"B.2\":{\"score\":15},\"B.3\":{\"score\":28},\"B.4\":{\"score\":15}},"
        + "\"total\":90,\"preliminaryLevel\":0,\"finalLevel\":0,\"levelName\":\"能力完好\",\"levelChanges\":[]}");
  }

  @Test
  void scoreFromStandardInput() throws IOException {
    byte[] in = answersJson("ltc-2021", TestForms.ltc(100, 16, 12)).getBytes(StandardCharsets.UTF_8);
    Run r = run(new ScoreCommand(TestForms::registry, () -> new ByteArrayInputStream(in)), "--answers", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"form\":\"ltc-2021\",\"formVersion\":\"1.0.0\",\"provisional\":true,"
        + "\"complete\":true,\"dimensions\":{\"1\":{\"score\":100,\"grade\":0},\"2\":{\"score\":16,\"grade\":0},"
        + "\"3\":{\"score\":12,\"grade\":0}},\"preliminaryLevel\":0,\"finalLevel\":0,\"levelName\":\"基本正常\","
        + "\"levelChanges\":[]}");
  }

  @Test
  void scoreMztHasGradesAndNoScoreForTheRuleGradedDimension() throws IOException {
    Run r = score(answersJson("mzt039-2013", TestForms.mzt(60, 0, new int[] {0, 0, 0, 0}, 0)));
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("dimensions").toString()).isEqualTo("{\"B.1\":{\"score\":60,\"grade\":2},"
        + "\"B.2\":{\"score\":0,\"grade\":0},\"B.3\":{\"grade\":0},\"B.4\":{\"score\":0,\"grade\":0}}");
    assertThat(out.get("finalLevel").intValue()).isEqualTo(2);
    assertThat(out.has("total")).isFalse();
  }

  @Test
  void incompleteAssessmentListsMissingWithoutTotalOrLevelsAndExits0() throws IOException {
    Map<String, Object> a = new LinkedHashMap<>(TestForms.gbtWithTotal(90));
    a.remove("B.1.1");
    Run r = score(answersJson("gbt42195-2022", a));
    assertThat(r.exit()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("complete").booleanValue()).isFalse();
    assertThat(out.get("missing").toString()).isEqualTo("[\"B.1.1\"]");
    assertThat(out.has("total")).isFalse();
    assertThat(out.has("preliminaryLevel")).isFalse();
    assertThat(out.has("finalLevel")).isFalse();
    assertThat(out.has("levelName")).isFalse();
  }

  @Test
  void explainAddsItemsAndBasis() throws IOException {
    Path f = dir.resolve("a.json");
    Files.writeString(f, answersJson("gbt42195-2022", TestForms.gbtWithTotal(84)));
    Run r = run(new ScoreCommand(TestForms::registry), "--answers", f.toString(), "--explain");
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("dimensions").get("B.1").get("items").get("B.1.1").intValue()).isEqualTo(0);
    assertThat(out.get("preliminaryBasis").get("rule").asText()).isEqualTo("total 66-89");
  }

  @Test
  void anOldFormVersionCanBeNamed() throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("form", "gbt42195-2022");
    root.put("formVersion", "1.0.0");
    root.put("answers", TestForms.gbtWithTotal(90));
    Run r = score(JSON.writeValueAsString(root));
    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out()).get("formVersion").asText()).isEqualTo("1.0.0");
  }

  @Test
  void valueNotAmongTheOptionsExits2WithOneLine() throws IOException {
    Map<String, Object> a = new LinkedHashMap<>(TestForms.gbtWithTotal(90));
    a.put("B.1.1", 7);
    Run r = score(answersJson("gbt42195-2022", a));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(
        "score: B.1.1 的值 7 不在选项中，允许 4,3,2,1,0 (B.1.1: value 7 is not an option; allowed 4,3,2,1,0)"
            + System.lineSeparator());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "unknown form|{\"form\":\"nope\",\"answers\":{}}|unknown form nope",
    "unknown version|{\"form\":\"gbt42195-2022\",\"formVersion\":\"9.9\",\"answers\":{}}|unknown form gbt42195-2022@9.9",
    "unknown item|{\"form\":\"ltc-2021\",\"answers\":{\"9.9\":1}}|9.9: unknown item",
    "wrong type|{\"form\":\"gbt42195-2022\",\"answers\":{\"A.5.11\":1}}|A.5.11: value 1 has the wrong type",
    "malformed JSON|{\"form\":\"gbt42195-2022\",|invalid answers file: malformed JSON",
    "duplicate key|{\"form\":\"x\",\"form\":\"y\",\"answers\":{}}|invalid answers file: malformed JSON",
    "not an object|[1,2]|expected a JSON object",
    "no answers|{\"form\":\"gbt42195-2022\"}|\"answers\" must be an object",
    "form not a string|{\"form\":1,\"answers\":{}}|\"form\" must be a form id string"})
  void invalidInputExits2WithOneLineOnStderrOnly(String name, String json, String expected) throws IOException {
    Run r = score(json);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("score: ").contains(expected);
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void missingFileExits2() {
    Run r = run(new ScoreCommand(TestForms::registry), "--answers", dir.resolve("none.json").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void missingAnswersOptionIsAUsageError() {
    Run r = run(new ScoreCommand(TestForms::registry));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--answers");
  }
}

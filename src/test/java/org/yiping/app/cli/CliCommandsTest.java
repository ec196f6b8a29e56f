package org.yiping.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Scoring;
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
    "duplicate key|{\"form\":\"x\",\"form\":\"y\",\"answers\":{}}|duplicate key \"form\"",
    "duplicate item|{\"form\":\"gbt42195-2022\",\"answers\":{\"B.1.1\":4,\"B.1.1\":3}}|(duplicate item B.1.1)",
    "unknown top-level key|{\"form\":\"gbt42195-2022\",\"formversion\":\"0.9\",\"answers\":{}}|unknown key \"formversion\"; allowed keys form, formVersion, answers, elder",
    "elder not an object|{\"form\":\"gbt42195-2022\",\"elder\":\"张三\",\"answers\":{}}|\"elder\" must be an object",
    "checklist|{\"form\":\"home-adaptation-2020\",\"answers\":{\"1\":true}}|form home-adaptation-2020 has no scoring (it is a checklist)",
    "huge integer|{\"form\":\"gbt42195-2022\",\"answers\":{\"B.1.1\":99999999999999999999999}}|B.1.1: value 99999999999999999999999 is out of range",
    "huge negative|{\"form\":\"gbt42195-2022\",\"answers\":{\"B.1.1\":-99999999999999999999999}}|value -99999999999999999999999 is out of range",
    "huge in a list|{\"form\":\"gbt42195-2022\",\"answers\":{\"A.4.1\":[99999999999999999999999]}}|A.4.1: value 99999999999999999999999 has the wrong type",
    "version not a version|{\"form\":\"gbt42195-2022\",\"formVersion\":\"1.0-beta\",\"answers\":{}}|unknown form gbt42195-2022@1.0-beta",
    "version too long|{\"form\":\"gbt42195-2022\",\"formVersion\":\"99999999999999999999\",\"answers\":{}}|unknown form gbt42195-2022@99999999999999999999",
    "GB/T unknown item|{\"form\":\"gbt42195-2022\",\"answers\":{\"B.9.9\":1}}|B.9.9: unknown item; allowed items",
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "newline in a value|{\"form\":\"gbt42195-2022\",\"answers\":{\"B.1.1\":\"a\\nb\"}}|B.1.1: value \"a\\nb\" has the wrong type",
    "newline in an item code|{\"form\":\"gbt42195-2022\",\"answers\":{\"X\\nY\":1}}|(X\\nY: unknown item",
    "newline in a form id|{\"form\":\"gbt\\nx\",\"answers\":{}}|unknown form gbt\\nx;",
    "newline in a version|{\"form\":\"gbt42195-2022\",\"formVersion\":\"1\\r\\n2\",\"answers\":{}}|unknown form gbt42195-2022@1\\r\\n2;",
    "newline in a list element|{\"form\":\"gbt42195-2022\",\"answers\":{\"A.4.1\":[\"F00\\nF03\"]}}|A.4.1: value \"F00\\nF03\" is not an option",
    "line separator|{\"form\":\"gbt42195-2022\",\"answers\":{\"B.1.1\":\"a\\u2028b\\u0085c\\u0007\"}}|value \"a\\u2028b\\u0085c\\u0007\" has",
    "newline in an unknown key|{\"form\":\"gbt42195-2022\",\"x\\ny\":1,\"answers\":{}}|unknown key \"x\\ny\"",
    "newline in a duplicate item|{\"form\":\"gbt42195-2022\",\"answers\":{\"a\\nb\":1,\"a\\nb\":2}}|duplicate item a\\nb)",
    "newline in an object value|{\"form\":\"gbt42195-2022\",\"answers\":{\"B.1.1\":{\"k\\n\":\"v\\n\"}}}|value {\"k\\n\":\"v\\n\"} has the wrong type"})
  void controlCharactersInInputAreEscapedSoTheProblemStaysOneLine(String name, String json, String expected)
      throws IOException {
    Run r = score(json);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("score: ").contains(expected);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err().strip()).doesNotContain("\u2028", "\u0085", "\u0007", "\r");
  }

  @Test
  void elderDetailsAreAcceptedAndIgnored() throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("form", "gbt42195-2022");
    root.put("elder", Map.of("name", "张三", "idNumber", "11010519491231002X"));
    root.put("answers", TestForms.gbtWithTotal(90));
    Run r = score(JSON.writeValueAsString(root));
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(JSON.readTree(r.out()).get("finalLevel").intValue()).isZero();
    assertThat(JSON.readTree(r.out()).has("elder")).isFalse();
  }

  @Test
  void anEngineFailureExits1WithOneLineAndNoStackTrace() throws IOException {
    FormDefinition mzt = TestForms.form("mzt039-2013");
    Scoring s = mzt.scoring();
    List<Scoring.LevelRule> rules = ((Scoring.LevelRules) s.preliminaryLevel()).rules().stream()
        .filter(x -> !x.id().equals("L0")).toList();
    Scoring broken = new Scoring(s.dimensions(), s.total(), s.levels(), new Scoring.LevelRules(false, rules),
        s.levelChanges());
    FormDefinition bad = new FormDefinition(mzt.id(), "1.0.1", mzt.status(), mzt.title(), mzt.standard(), mzt.notes(),
        mzt.sections(), broken, "sha256:hand-built", "hand-built\nsource");
    Path f = dir.resolve("answers.json");
    Files.writeString(f, answersJson("mzt039-2013", TestForms.mzt(100, 0, new int[] {0, 0, 0, 0}, 0)));
    Run r = run(new ScoreCommand(() -> FormRegistry.of(List.of(bad))), "--answers", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("score: internal error: ").contains("no preliminary-level rule matches");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void aFailingFormRegistryExits1WithOneLine() throws IOException {
    Path f = dir.resolve("answers.json");
    Files.writeString(f, answersJson("gbt42195-2022", TestForms.gbtWithTotal(90)));
    Run r = run(new ScoreCommand(() -> {
      throw new IllegalStateException("disk on fire\nsecond line");
    }), "--answers", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("score: internal error: java.lang.IllegalStateException: disk on fire\\nsecond line"
        + System.lineSeparator());
  }

  @Test
  void formsListRefusesARuleTableWithAGap() throws IOException {
    Files.copy(TestForms.FORMS_DIR.resolve("mzt039-2013.json"), dir.resolve("mzt039-2013.json"));
    ObjectNode bad = (ObjectNode) JSON.readTree(TestForms.FORMS_DIR.resolve("mzt039-2013.json").toFile());
    bad.put("version", "1.0.1");
    ArrayNode rules = (ArrayNode) bad.get("scoring").get("preliminaryLevel").get("rules");
    rules.remove(rules.size() - 1);
    Path file = dir.resolve("mzt039-2013@1.0.1.json");
    Files.writeString(file, JSON.writeValueAsString(bad));
    Run r = run(new FormsCommand(() -> FormRegistry.loadDirectory(dir)), "list");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("forms: " + file
        + ": preliminaryLevel: no rule matches B.1 grade 0, B.2 grade 0, B.3 grade 0, B.4 grade 0"
        + System.lineSeparator());
  }

  @Test
  void formsListTurnsAnUnexpectedFailureIntoOneLine() {
    Run r = run(new FormsCommand(() -> {
      throw new java.io.UncheckedIOException("cannot list\nforms", new IOException("x"));
    }), "list");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("forms: internal error: java.io.UncheckedIOException: cannot list\\nforms"
        + System.lineSeparator());
  }

  @Test
  void mztWithNoAnswersListsEveryRequiredItemIncludingTheConditionalOnes() throws IOException {
    Run r = score("{\"form\":\"mzt039-2013\",\"answers\":{}}");
    assertThat(r.exit()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("complete").booleanValue()).isFalse();
    List<String> missing = new java.util.ArrayList<>();
    out.get("missing").forEach(n -> missing.add(n.asText()));
    assertThat(missing).containsExactly("B.1.1", "B.1.2", "B.1.3", "B.1.4", "B.1.5", "B.1.6", "B.1.7", "B.1.8",
        "B.1.9", "B.1.10", "B.2.1", "B.2.2", "B.2.3", "B.3.1", "B.3.2", "B.3.3", "B.3.4", "B.4.1", "B.4.2", "B.4.3",
        "B.4.4", "B.4.5");
    assertThat(out.get("dimensions").toString()).isEqualTo("{}");
  }

  @Test
  void mztIncompleteResultHasMissingAndNoLevel() throws IOException {
    Map<String, Object> a = TestForms.mzt(90, 2, new int[] {0, 3, 0, 0}, 8);
    a.remove("B.4.5");
    Run r = score(answersJson("mzt039-2013", a));
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().strip()).isEqualTo("{\"form\":\"mzt039-2013\",\"formVersion\":\"1.0.0\",\"complete\":false,"
        + "\"missing\":[\"B.4.5\"],\"dimensions\":{\"B.1\":{\"score\":90,\"grade\":1},\"B.2\":{\"score\":2,\"grade\":2},"
        + "\"B.3\":{\"grade\":2}}}");
  }

  @Test
  void comaWithUnansweredItemsListsWhatIsMissingAndSaysWhatComaWillDo() throws IOException {
    Map<String, Object> a = new LinkedHashMap<>(TestForms.gbtWithTotal(90));
    a.remove("B.1.1");
    a.remove("B.4.5");
    a.put("A.5.11", true);
    Run r = score(answersJson("gbt42195-2022", a));
    assertThat(r.exit()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("complete").booleanValue()).isFalse();
    assertThat(out.get("missing").toString()).isEqualTo("[\"B.1.1\",\"B.4.5\"]");
    assertThat(out.has("finalLevel")).isFalse();
    assertThat(out.has("levelName")).isFalse();
    JsonNode pending = out.get("pendingLevel");
    assertThat(pending.get("rule").asText()).isEqualTo("C.4-coma");
    assertThat(pending.get("level").intValue()).isEqualTo(4);
    assertThat(pending.get("levelName").asText()).isEqualTo("能力完全丧失");
    assertThat(pending.get("items").toString()).isEqualTo("{\"A.5.11\":true}");
    assertThat(pending.get("note").asText()).contains("once the assessment is complete");

    a.put("A.5.11", false);
    assertThat(JSON.readTree(score(answersJson("gbt42195-2022", a)).out()).has("pendingLevel")).isFalse();
  }

  @Test
  void levelChangesSayWhetherTheyChangedTheLevel() throws IOException {
    Map<String, Object> a = new LinkedHashMap<>(TestForms.gbtWithTotal(20));
    a.put("A.4.1", List.of("F00-F03"));
    JsonNode out = JSON.readTree(score(answersJson("gbt42195-2022", a)).out());
    assertThat(out.get("finalLevel").intValue()).isEqualTo(4);
    assertThat(out.get("levelChanges").toString()).isEqualTo("[{\"rule\":\"C.4-diagnosis\","
        + "\"kind\":\"raise-if-any-selected\",\"description\":" + JSON.writeValueAsString(
            TestForms.form("gbt42195-2022").scoring().levelChanges().rules().get(1).description())
        + ",\"from\":4,\"to\":4,\"applied\":false,\"items\":{\"A.4.1\":[\"F00-F03\"]}}]");

    a = new LinkedHashMap<>(TestForms.gbtWithTotal(90));
    a.put("A.4.1", List.of("F00-F03"));
    JsonNode change = JSON.readTree(score(answersJson("gbt42195-2022", a)).out()).get("levelChanges").get(0);
    assertThat(change.get("applied").booleanValue()).isTrue();
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

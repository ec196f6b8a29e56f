package org.yiping.assessment.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.assessment.TestForms;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.engine.ScoringResult;

/** Versioning, the content hash, and refusal of bad form files. */
class FormLoadingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode gbtJson() throws IOException {
    return (ObjectNode) JSON.readTree(TestForms.FORMS_DIR.resolve("gbt42195-2022.json").toFile());
  }

  private static void write(Path file, Object node) throws IOException {
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node), StandardCharsets.UTF_8);
  }

  private static ObjectNode levelChanges(ObjectNode form) {
    return (ObjectNode) form.get("scoring").get("levelChanges");
  }

  @Test
  void anOldVersionStaysLoadableAndUsedAfterANewerOneIsAdded(@TempDir Path dir) throws IOException {
    Files.copy(TestForms.FORMS_DIR.resolve("gbt42195-2022.json"), dir.resolve("gbt42195-2022.json"));
    ObjectNode v2 = gbtJson();
    v2.put("version", "1.1.0");
    levelChanges(v2).put("cumulative", true);
    write(dir.resolve("gbt42195-2022@1.1.0.json"), v2);

    FormRegistry reg = FormRegistry.loadDirectory(dir);
    assertThat(reg.versions("gbt42195-2022")).extracting(FormDefinition::version).containsExactly("1.0.0", "1.1.0");
    assertThat(reg.latest("gbt42195-2022").orElseThrow().version()).isEqualTo("1.1.0");

    Map<String, Object> answers = new LinkedHashMap<>(TestForms.gbtWithTotal(80));
    answers.put("A.4.1", List.of("F00-F03"));
    answers.put("A.2.14.1", 2);
    ScoringEngine engine = new ScoringEngine();
    ScoringResult old = engine.score(reg.find("gbt42195-2022", "1.0.0").orElseThrow(), answers);
    ScoringResult newer = engine.score(reg.latest("gbt42195-2022").orElseThrow(), answers);
    assertThat(old.formVersion()).isEqualTo("1.0.0");
    assertThat(old.finalLevel()).as("T10 non-cumulative").isEqualTo(2);
    assertThat(newer.formVersion()).isEqualTo("1.1.0");
    assertThat(newer.finalLevel()).as("T10 cumulative").isEqualTo(3);
    assertThat(newer.levelChanges()).extracting(c -> c.fromLevel() + "->" + c.toLevel())
        .containsExactly("1->2", "2->3");
    assertThat(old.formHash()).isEqualTo(TestForms.form("gbt42195-2022").contentHash());
  }

  @Test
  void versionsAreOrderedNumerically() {
    assertThat(FormVersions.compare("1.0.10", "1.0.9")).isPositive();
    assertThat(FormVersions.compare("2", "1.9.9")).isPositive();
    assertThat(FormVersions.compare("1.0", "1.0.0")).isNegative();
    assertThat(FormVersions.compare("1.2.0", "1.2.0")).isZero();
  }

  @Test
  void aFileFailingTheSchemaIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    ObjectNode bad = gbtJson();
    ((ObjectNode) bad.get("sections").get(0).get("items").get(0)).remove("help");
    Path file = dir.resolve("regional-gbt.json");
    write(file, bad);
    assertThatThrownBy(() -> FormRegistry.loadDirectory(dir))
        .isInstanceOf(FormLoadException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("schema")
        .hasMessageContaining("help");
  }

  @Test
  void malformedJsonIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"id\": \"x\",");
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessageStartingWith(file + ": malformed JSON");
  }

  @Test
  void aBandTableWithAGapIsRefused(@TempDir Path dir) throws IOException {
    ObjectNode bad = gbtJson();
    ArrayNode bands = (ArrayNode) bad.get("scoring").get("preliminaryLevel").get("bands");
    ((ObjectNode) bands.get(1)).put("min", 67);
    Path file = dir.resolve("gap.json");
    write(file, bad);
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessage(file + ": preliminaryLevel: reachable score 66 falls in 0 bands (must be exactly 1)");
  }

  @Test
  void aRuleNamingAnUnknownItemIsRefused(@TempDir Path dir) throws IOException {
    ObjectNode bad = gbtJson();
    ((ObjectNode) levelChanges(bad).get("rules").get(1).get("when").get(0)).put("item", "A.4.9");
    Path file = dir.resolve("unknown-item.json");
    write(file, bad);
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessageContaining("unknown item A.4.9");
  }

  private static ObjectNode mztJson() throws IOException {
    return (ObjectNode) JSON.readTree(TestForms.FORMS_DIR.resolve("mzt039-2013.json").toFile());
  }

  private static void removeRule(ArrayNode rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).get("id").asText().equals(id)) {
        rules.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException("no rule " + id);
  }

  @Test
  void aPreliminaryLevelRuleTableWithAGapIsRefusedAtLoadNamingTheFirstUncoveredCase(@TempDir Path dir)
      throws IOException {
    Files.copy(TestForms.FORMS_DIR.resolve("mzt039-2013.json"), dir.resolve("mzt039-2013.json"));
    ObjectNode bad = mztJson();
    bad.put("version", "1.0.1");
    removeRule((ArrayNode) bad.get("scoring").get("preliminaryLevel").get("rules"), "L0");
    Path file = dir.resolve("mzt039-2013@1.0.1.json");
    write(file, bad);
    assertThatThrownBy(() -> FormRegistry.loadDirectory(dir))
        .isInstanceOf(FormLoadException.class)
        .hasMessage(file + ": preliminaryLevel: no rule matches B.1 grade 0, B.2 grade 0, B.3 grade 0, B.4 grade 0");
  }

  @Test
  void aGradingRuleTableWithAGapIsRefusedAtLoadNamingTheFirstUncoveredCase(@TempDir Path dir) throws IOException {
    ObjectNode bad = mztJson();
    removeRule((ArrayNode) bad.get("scoring").get("dimensions").get(2).get("grading").get("rules"), "S0");
    Path file = dir.resolve("no-s0.json");
    write(file, bad);
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessage(file + ": dimension B.3: no grading rule matches B.3.1=0, B.3.2=0, B.3.3=0, B.3.4=0");
  }

  @Test
  void aGradingGapOnlyReachableThroughAHiddenItemIsFound(@TempDir Path dir) throws IOException {
    ObjectNode bad = mztJson();
    ArrayNode rules = (ArrayNode) bad.get("scoring").get("dimensions").get(2).get("grading").get("rules");
    ((ObjectNode) rules.get(0).get("when")).putArray("in").add(2);
    Path file = dir.resolve("coma-uncovered.json");
    write(file, bad);
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessage(file + ": dimension B.3: no grading rule matches B.3.1=3, B.3.2 hidden, B.3.3 hidden, B.3.4 hidden");
  }

  /** MZ/T with an optional multi-choice item A.9 that rule L0 also requires to include "x". */
  private static ObjectNode mztWithMultiItemInL0() throws IOException {
    ObjectNode f = mztJson();
    ObjectNode item = ((ArrayNode) f.get("sections").get(0).get("items")).addObject();
    item.put("code", "A.9").put("label", "测试").put("help", "测试用多选项").put("type", "multi").put("required", false);
    ArrayNode options = item.putArray("options");
    for (String v : List.of("x", "y", "z")) {
      options.addObject().put("value", v).put("label", v);
    }
    ArrayNode rules = (ArrayNode) f.get("scoring").get("preliminaryLevel").get("rules");
    ObjectNode l0 = (ObjectNode) rules.get(rules.size() - 1);
    ((ArrayNode) l0.get("when").get("all")).addObject().put("item", "A.9").putArray("in").add("x");
    return f;
  }

  @Test
  void levelRulesNamingAMultiChoiceItemAreCheckedOverItsSelections(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("multi.json");
    write(file, mztWithMultiItemInL0());
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessage(file + ": preliminaryLevel: no rule matches B.1 grade 0, B.2 grade 0, B.3 grade 0, B.4 grade 0, "
            + "A.9=[]");

    ObjectNode fixed = mztWithMultiItemInL0();
    ArrayNode rules = (ArrayNode) fixed.get("scoring").get("preliminaryLevel").get("rules");
    ObjectNode other = rules.get(rules.size() - 1).deepCopy();
    other.put("id", "L0-without-x");
    ArrayNode all = (ArrayNode) other.get("when").get("all");
    ObjectNode last = (ObjectNode) all.get(all.size() - 1);
    all.remove(all.size() - 1);
    all.addObject().set("not", last);
    rules.add(other);
    Path ok = dir.resolve("multi-ok.json");
    write(ok, fixed);
    assertThat(FormLoader.loadFormFile(ok).item("A.9").type()).isEqualTo(AnswerType.MULTI);
  }

  @Test
  void aRuleTableTooLargeToCheckIsRefused(@TempDir Path dir) throws IOException {
    ObjectNode bad = mztJson();
    ArrayNode rules = (ArrayNode) bad.get("scoring").get("dimensions").get(2).get("grading").get("rules");
    ObjectNode first = (ObjectNode) rules.get(0);
    ObjectNode when = first.putObject("when");
    ArrayNode all = when.putArray("all");
    all.addObject().put("item", "B.3.1").putArray("in").add(2).add(3);
    for (String c : List.of("B.1.1", "B.1.4", "B.1.5", "B.1.6", "B.1.7", "B.1.8", "B.1.9", "B.1.10", "B.4.1",
        "B.4.2")) {
      all.addObject().put("item", c).putArray("in").add(0);
    }
    Path file = dir.resolve("huge.json");
    write(file, bad);
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessage(file + ": dimension B.3: its grading rules depend on more than 100000 combinations, too many to "
            + "check at load; split them");
  }

  @Test
  void aShowConditionCycleIsRefused(@TempDir Path dir) throws IOException {
    ObjectNode bad = mztJson();
    ObjectNode b31 = (ObjectNode) bad.get("sections").get(4).get("items").get(0);
    assertThat(b31.get("code").asText()).isEqualTo("B.3.1");
    b31.putObject("showIf").put("item", "B.3.2").putArray("in").add(0);
    Path file = dir.resolve("cycle.json");
    write(file, bad);
    assertThatThrownBy(() -> FormLoader.loadFormFile(file))
        .isInstanceOf(FormLoadException.class)
        .hasMessage(file + ": showIf of B.3.1 depends on itself (B.3.1 -> B.3.2 -> B.3.1)");
  }

  @Test
  void theSameVersionWithDifferentContentIsRefused(@TempDir Path dir) throws IOException {
    Files.copy(TestForms.FORMS_DIR.resolve("gbt42195-2022.json"), dir.resolve("a.json"));
    ObjectNode changed = gbtJson();
    changed.put("title", "改过的标题");
    write(dir.resolve("b.json"), changed);
    assertThatThrownBy(() -> FormRegistry.loadDirectory(dir))
        .isInstanceOf(FormLoadException.class)
        .hasMessageContaining("gbt42195-2022@1.0.0")
        .hasMessageContaining("new version");
  }

  @Test
  void theSameVersionWithTheSameContentLoadsOnce(@TempDir Path dir) throws IOException {
    Files.copy(TestForms.FORMS_DIR.resolve("gbt42195-2022.json"), dir.resolve("a.json"));
    write(dir.resolve("b.json"), gbtJson());
    assertThat(FormRegistry.loadDirectory(dir).all()).hasSize(1);
  }

  @Test
  void theContentHashIsStableAndIgnoresFormatting(@TempDir Path dir) throws IOException {
    String shipped = TestForms.form("gbt42195-2022").contentHash();
    Path compact = dir.resolve("compact.json");
    Files.writeString(compact, JSON.writeValueAsString(gbtJson()));
    assertThat(FormLoader.loadFormFile(compact).contentHash()).isEqualTo(shipped);
    assertThat(FormLoader.loadFormFile(TestForms.FORMS_DIR.resolve("gbt42195-2022.json")).contentHash())
        .isEqualTo(shipped);

    ObjectNode reordered = JSON.createObjectNode();
    List<String> names = new java.util.ArrayList<>();
    gbtJson().fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    ObjectNode original = gbtJson();
    names.forEach(n -> reordered.set(n, original.get(n)));
    Path rev = dir.resolve("reordered.json");
    write(rev, reordered);
    assertThat(FormLoader.loadFormFile(rev).contentHash()).isEqualTo(shipped);

    ObjectNode changed = gbtJson();
    ((ObjectNode) changed.get("sections").get(3).get("items").get(0)).put("help", "改");
    Path ch = dir.resolve("changed.json");
    write(ch, changed);
    assertThat(FormLoader.loadFormFile(ch).contentHash()).isNotEqualTo(shipped);
  }

  @Test
  void canonicalJsonSortsKeysAndDropsWhitespace() throws IOException {
    assertThat(CanonicalJson.string(JSON.readTree("{ \"b\": [1, {\"d\":true, \"c\":\"颐\"}], \"a\": 2 }")))
        .isEqualTo("{\"a\":2,\"b\":[1,{\"c\":\"颐\",\"d\":true}]}");
    assertThat(CanonicalJson.hash(JSON.readTree("{}")))
        .isEqualTo("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  }
}

package org.yiping.assessment.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yiping.assessment.TestForms;

/** Every shipped form and mapping passes the schema and the semantic checks, and says what the contract says. */
class ShippedFormsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> shippedForms() throws IOException {
    try (Stream<Path> s = Files.list(TestForms.FORMS_DIR)) {
      return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("index.json"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedForms")
  void everyShippedFormValidatesAgainstTheSchema(Path file) throws IOException {
    JsonNode node = JSON.readTree(file.toFile());
    FormSchemas.checkForm(file.toString(), node);
    FormDefinition f = FormLoader.loadFormFile(file);
    assertThat(f.contentHash()).matches("sha256:[0-9a-f]{64}");
    for (Item item : f.items()) {
      assertThat(item.help()).as(item.code()).isNotBlank();
      assertThat(item.options()).allSatisfy(o -> assertThat(o.label()).isNotBlank());
    }
  }

  @Test
  void theIndexListsExactlyTheShippedFiles() throws IOException {
    JsonNode index = JSON.readTree(TestForms.FORMS_DIR.resolve("index.json").toFile());
    List<String> forms = new ArrayList<>();
    index.get("forms").forEach(n -> forms.add(n.asText()));
    assertThat(forms).containsExactlyInAnyOrderElementsOf(
        shippedForms().map(p -> p.getFileName().toString()).toList());
    List<String> mappings = new ArrayList<>();
    index.get("mappings").forEach(n -> mappings.add(n.asText()));
    try (Stream<Path> s = Files.list(TestForms.FORMS_DIR.resolve("mappings"))) {
      assertThat(mappings).containsExactlyInAnyOrderElementsOf(
          s.map(p -> "mappings/" + p.getFileName()).toList());
    }
  }

  @Test
  void classpathCopyEqualsTheFolder() {
    FormRegistry cp = FormRegistry.load(getClass().getClassLoader(), null);
    FormRegistry dir = TestForms.registry();
    assertThat(cp.all()).extracting(FormDefinition::key, FormDefinition::contentHash)
        .containsExactlyElementsOf(dir.all().stream()
            .map(f -> org.assertj.core.groups.Tuple.tuple(f.key(), f.contentHash())).toList());
    assertThat(cp.mappings()).hasSize(1);
    assertThat(FormRegistry.loadDefault().ids())
        .containsExactly("gbt42195-2022", "home-adaptation-2020", "ltc-2021", "mzt039-2013");
  }

  @Test
  void gbtHas26RequiredItemsWithTheContractMaxima() {
    FormDefinition f = TestForms.form("gbt42195-2022");
    assertThat(f.status()).isEqualTo(FormStatus.ACTIVE);
    List<Item> required = f.items().stream().filter(Item::required).toList();
    assertThat(required).extracting(Item::code).containsExactlyElementsOf(TestForms.GBT_ITEMS);
    for (Item i : required) {
      int max = i.options().stream().mapToInt(Option::score).max().orElseThrow();
      int min = i.options().stream().mapToInt(Option::score).min().orElseThrow();
      assertThat(max).as(i.code()).isEqualTo(TestForms.gbtMax(i.code()));
      assertThat(min).as(i.code()).isZero();
      assertThat(i.options()).hasSize(max + 1);
    }
    assertThat(f.scoring().levelChanges().cumulative()).isFalse();
    assertThat(f.item("A.4.1").type()).isEqualTo(AnswerType.MULTI);
    assertThat(f.item("A.4.1").option("F00-F03").label()).contains("痴呆");
    assertThat(f.item("A.5.11").type()).isEqualTo(AnswerType.BOOLEAN);
  }

  private static List<Integer> scores(Item item) {
    return item.options().stream().map(Option::score).toList();
  }

  @Test
  void gbtScoredItemsOfferExactlyZeroToMaxWithScoreEqualToValue() {
    FormDefinition f = TestForms.form("gbt42195-2022");
    for (String code : TestForms.GBT_ITEMS) {
      Item i = f.item(code);
      assertThat(i.type()).as(code).isEqualTo(AnswerType.SINGLE);
      assertThat(i.options()).as(code).allSatisfy(o -> assertThat(o.value()).isEqualTo((long) o.score()));
      assertThat(new java.util.TreeSet<>(scores(i))).as(code)
          .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, TestForms.gbtMax(code)).boxed()
              .toList());
    }
    for (String code : List.of("A.2.14.1", "A.2.14.2", "A.2.14.3", "A.2.14.4", "A.2.14.5")) {
      assertThat(scores(f.item(code))).as("%s: 3 = 3次及以上", code).containsExactly(0, 1, 2, 3);
    }
  }

  /** Research §2.2-2.4: every option score of every LTC item, in the form's option order. */
  @Test
  void ltcOptionScoresAreTheResearchTables() {
    FormDefinition f = TestForms.form("ltc-2021");
    Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
    expected.put("1.1", List.of(10, 5, 0));   // 进食
    expected.put("1.2", List.of(10, 5, 0));   // 穿衣
    expected.put("1.3", List.of(5, 0));       // 面部与口腔清洁
    expected.put("1.4", List.of(10, 5, 0));   // 大便控制
    expected.put("1.5", List.of(10, 5, 0));   // 小便控制
    expected.put("1.6", List.of(10, 5, 0));   // 用厕
    expected.put("1.7", List.of(15, 10, 5, 0)); // 平地行走
    expected.put("1.8", List.of(15, 10, 5, 0)); // 床椅转移
    expected.put("1.9", List.of(10, 5, 0));   // 上下楼
    expected.put("1.10", List.of(5, 0));      // 洗澡
    for (String c : List.of("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3")) {
      expected.put(c, List.of(4, 3, 2, 1, 0));
    }
    assertThat(f.items()).extracting(Item::code).containsExactlyElementsOf(expected.keySet());
    expected.forEach((code, list) -> {
      assertThat(scores(f.item(code))).as(code).containsExactlyElementsOf(list);
      assertThat(f.item(code).options()).as(code).allSatisfy(o -> assertThat(o.value()).isEqualTo((long) o.score()));
    });
    assertThat(f.item("1.1").label()).contains("进食");
    assertThat(f.item("1.3").label()).contains("面部");
    assertThat(f.item("1.7").label()).contains("行走");
    assertThat(f.item("1.8").label()).contains("转移");
    assertThat(f.item("1.10").label()).contains("洗澡");
  }

  /** Research §3.2-3.5: every option score of every scored MZ/T item, in the form's option order. */
  @Test
  void mztOptionScoresAreTheResearchTables() {
    FormDefinition f = TestForms.form("mzt039-2013");
    Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
    expected.put("B.1.1", List.of(10, 5, 0));     // 进食
    expected.put("B.1.2", List.of(5, 0));         // 洗澡
    expected.put("B.1.3", List.of(5, 0));         // 修饰
    expected.put("B.1.4", List.of(10, 5, 0));     // 穿衣
    expected.put("B.1.5", List.of(10, 5, 0));     // 大便控制
    expected.put("B.1.6", List.of(10, 5, 0));     // 小便控制
    expected.put("B.1.7", List.of(10, 5, 0));     // 如厕
    expected.put("B.1.8", List.of(15, 10, 5, 0)); // 床椅转移
    expected.put("B.1.9", List.of(15, 10, 5, 0)); // 平地行走
    expected.put("B.1.10", List.of(10, 5, 0));    // 上下楼梯
    for (String c : List.of("B.2.1", "B.2.2", "B.2.3")) {
      expected.put(c, List.of(0, 1, 2));
    }
    expected.put("B.3.1", List.of(0, 1, 2, 3));
    expected.put("B.3.2", List.of(0, 1, 2, 3, 4));
    expected.put("B.3.3", List.of(0, 1, 2, 3, 4));
    expected.put("B.3.4", List.of(0, 1, 2, 3));
    for (String c : List.of("B.4.1", "B.4.2", "B.4.3", "B.4.4", "B.4.5")) {
      expected.put(c, List.of(0, 1, 2, 3, 4));
    }
    assertThat(f.items().stream().filter(Item::required).map(Item::code).toList())
        .containsExactlyElementsOf(expected.keySet());
    expected.forEach((code, list) -> {
      assertThat(scores(f.item(code))).as(code).containsExactlyElementsOf(list);
      assertThat(f.item(code).options()).as(code).allSatisfy(o -> assertThat(o.value()).isEqualTo((long) o.score()));
    });
    assertThat(f.item("B.1.2").label()).contains("洗澡");
    assertThat(f.item("B.1.3").label()).contains("修饰");
    assertThat(f.item("B.1.8").label()).contains("转移");
    assertThat(f.item("B.1.9").label()).contains("行走");
    assertThat(f.item("B.3.1").showIf()).isNull();
    for (String c : List.of("B.3.2", "B.3.3", "B.3.4")) {
      assertThat(f.item(c).showIf()).as(c).isEqualTo(new Condition.ItemIn("B.3.1", java.util.Set.of(0L, 1L, 2L)));
    }
    for (String c : List.of("A.2.14.1", "A.2.14.2", "A.2.14.3", "A.2.14.4")) {
      assertThat(scores(f.item(c))).as(c).containsExactly(0, 1, 2, 3);
    }
  }

  @Test
  void ltcIsProvisionalIncludingItsTables() {
    FormDefinition f = TestForms.form("ltc-2021");
    assertThat(f.status()).isEqualTo(FormStatus.PROVISIONAL);
    assertThat(f.provisional()).isTrue();
    assertThat(f.scoring().preliminaryLevel().provisional()).isTrue();
    assertThat(f.scoring().dimensions()).allSatisfy(d -> assertThat(d.grading().provisional()).isTrue());
    assertThat(f.items()).extracting(Item::code).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
        "1.8", "1.9", "1.10", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3");
  }

  @Test
  void homeAdaptationHas30ItemsAnd7Basic() {
    FormDefinition f = TestForms.form("home-adaptation-2020");
    assertThat(f.items()).hasSize(30);
    assertThat(f.sections()).hasSize(7);
    assertThat(f.items().stream().filter(i -> "basic".equals(i.attributes().get("tier"))).map(Item::label))
        .containsExactlyInAnyOrder("防滑处理", "高差处理", "安装床边护栏（抓杆）", "安装扶手", "配置淋浴椅", "手杖", "防走失装置");
    assertThat(f.item("14").label()).isEqualTo("蹲便器改坐便器");
    assertThat(f.item("14").attributes()).containsEntry("tier", "optional");
    assertThat(f.scoring()).isNull();
    assertThat(TestForms.score("home-adaptation-2020", Map.of("1", true, "24", false)).complete()).isTrue();
  }

  @Test
  void mappingPairsNameRealItemsAndOptions() {
    FormMapping m = TestForms.registry().mapping("gbt42195-2022", "ltc-2021").orElseThrow();
    FormDefinition a = TestForms.form(m.formA());
    FormDefinition b = TestForms.form(m.formB());
    assertThat(m.pairs()).extracting(FormMapping.Pair::topic)
        .containsExactlyInAnyOrder("时间定向", "人物定向", "空间定向", "记忆", "视力", "听力");
    for (FormMapping.Pair p : m.pairs()) {
      Item ia = a.item(p.a());
      Item ib = b.item(p.b());
      assertThat(ia).as(p.a()).isNotNull();
      assertThat(ib).as(p.b()).isNotNull();
      List<Object> coveredA = new ArrayList<>();
      List<Object> coveredB = new ArrayList<>();
      for (FormMapping.ValueLink l : p.values()) {
        l.a().forEach(v -> assertThat(ia.option(v)).as(p.a() + "=" + v).isNotNull());
        l.b().forEach(v -> assertThat(ib.option(v)).as(p.b() + "=" + v).isNotNull());
        coveredA.addAll(l.a());
        coveredB.addAll(l.b());
      }
      assertThat(coveredA).as("every option of " + p.a()).containsExactlyInAnyOrderElementsOf(
          ia.options().stream().map(Option::value).toList());
      assertThat(coveredB).as("every option of " + p.b()).containsExactlyInAnyOrderElementsOf(
          ib.options().stream().map(Option::value).toList());
    }
  }

  @Test
  void prefillLtcFromGbtSuggestsOnlyWhenUnambiguous() {
    FormMapping m = TestForms.registry().mapping("ltc-2021", "gbt42195-2022").orElseThrow();
    List<FormMapping.Prefill> pre = m.prefill("gbt42195-2022", Map.of("B.3.1", 3, "B.4.1", 1, "B.4.2", 2));
    assertThat(pre).extracting(FormMapping.Prefill::targetItem).containsExactlyInAnyOrder("2.1", "3.1", "3.2");
    FormMapping.Prefill time = pre.stream().filter(p -> p.targetItem().equals("2.1")).findFirst().orElseThrow();
    assertThat(time.suggested()).isEqualTo(3L);
    FormMapping.Prefill vision = pre.stream().filter(p -> p.targetItem().equals("3.1")).findFirst().orElseThrow();
    assertThat(vision.candidates()).containsExactly(3L, 2L);
    assertThat(vision.suggested()).isNull();
    List<FormMapping.Prefill> back = m.prefill("ltc-2021", Map.of("3.2", 0));
    assertThat(back).singleElement().satisfies(p -> {
      assertThat(p.targetItem()).isEqualTo("B.4.2");
      assertThat(p.suggested()).isEqualTo(0L);
    });
  }
}

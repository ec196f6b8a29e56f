package org.yiping.elder.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiping.elder.division.Resolution.Status;

class DivisionCatalogTest {
  private static DivisionCatalog catalog;

  @BeforeAll
  static void load() {
    long t0 = System.nanoTime();
    catalog = DivisionCatalog.xinjiang();
    // A printout, not an assertion: the load time is a figure to watch, not a test outcome.
    System.out.printf("DivisionCatalog: %d divisions loaded in %.1f ms%n", catalog.size(),
        (System.nanoTime() - t0) / 1e6);
  }

  @Test
  void knownCodes() {
    assertThat(catalog.root()).isEqualTo(new Division("650000000000", "新疆维吾尔自治区", 1, null));
    assertThat(catalog.find("650100000000")).get()
        .isEqualTo(new Division("650100000000", "乌鲁木齐市", 2, "650000000000"));
    assertThat(catalog.find("650102000000")).get()
        .isEqualTo(new Division("650102000000", "天山区", 3, "650100000000"));
    assertThat(catalog.find("650102015000").get().name()).isEqualTo("红雁街道");
    assertThat(catalog.find("650102015200").get().level()).isEqualTo(Division.VILLAGE);
    assertThat(catalog.find("659000000000").get().name()).isEqualTo("自治区直辖县级行政区划");
    assertThat(catalog.find("110101000000")).isEmpty();
    assertThat(catalog.find(null)).isEmpty();
  }

  @Test
  void countsPerLevel() {
    assertThat(catalog.ofLevel(1)).hasSize(1);
    assertThat(catalog.ofLevel(2)).hasSize(15);
    assertThat(catalog.ofLevel(3)).hasSizeGreaterThan(100);
    assertThat(catalog.ofLevel(4)).hasSizeGreaterThan(1000);
    assertThat(catalog.ofLevel(5)).hasSizeGreaterThan(10000);
  }

  @Test
  void childrenAtEachLevelAreSortedAndNonEmpty() {
    String code = DivisionCatalog.ROOT_CODE;
    for (int level = 2; level <= 5; level++) {
      List<Division> children = catalog.children(code);
      assertThat(children).isNotEmpty().allMatch(d -> d.parentCode() != null);
      assertThat(children).extracting(Division::code).isSorted();
      int expectedLevel = level;
      assertThat(children).allMatch(d -> d.level() == expectedLevel);
      code = children.get(0).code();
    }
    assertThat(catalog.children(code)).isEmpty();
    assertThat(catalog.children("650102000000")).extracting(Division::name).contains("红雁街道");
    assertThat(catalog.children("659000000000")).extracting(Division::name).contains("石河子市");
    assertThat(catalog.children("999999999999")).isEmpty();
  }

  @Test
  void pathAndFullName() {
    assertThat(catalog.path("650102015001")).extracting(Division::name)
        .containsExactly("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "红雁街道", "东大梁社区居委会");
    assertThat(catalog.fullName("650102000000")).isEqualTo("新疆维吾尔自治区 乌鲁木齐市 天山区");
    assertThat(catalog.fullName("650000000000")).isEqualTo("新疆维吾尔自治区");
    assertThat(catalog.path("123")).isEmpty();
    assertThat(catalog.fullName("650199999999")).isEqualTo("650199999999");
    assertThat(catalog.isWithin("650102015001", "650100000000")).isTrue();
    assertThat(catalog.isWithin("650102015001", "650200000000")).isFalse();
  }

  @Test
  void ambiguousTownshipResolvedByWithinCode() {
    Resolution all = catalog.resolveTownship("乌恰镇", null);
    assertThat(all.status()).isEqualTo(Status.AMBIGUOUS);
    assertThat(all.candidates()).extracting(Division::code)
        .containsExactly("652902101000", "653024100000", "653123101000");
    Resolution narrowed = catalog.resolveTownship("乌恰镇", "653024000000");
    assertThat(narrowed.status()).isEqualTo(Status.FOUND);
    assertThat(narrowed.division()).get().extracting(Division::code).isEqualTo("653024100000");
    // A prefecture narrows too: 喀什地区 holds only the 英吉沙县 one.
    assertThat(catalog.resolveTownship("乌恰镇", "653100000000").division()).get()
        .extracting(Division::code).isEqualTo("653123101000");
    assertThat(catalog.resolveTownship("东城街道", null).status()).isEqualTo(Status.AMBIGUOUS);
    assertThat(catalog.resolveTownship("乌恰镇", "650102000000").status()).isEqualTo(Status.NOT_FOUND);
  }

  @Test
  void townshipNameVariants() {
    assertThat(catalog.resolveTownship("红雁街道", null).division()).get()
        .extracting(Division::code).isEqualTo("650102015000");
    assertThat(catalog.resolveTownship(" 红雁街道办事处 ", null).division()).get()
        .extracting(Division::code).isEqualTo("650102015000");
    assertThat(catalog.resolveTownship("红 雁", "650102000000").division()).get()
        .extracting(Division::code).isEqualTo("650102015000");
    assertThat(catalog.resolveTownship("650102015000", null).division()).get()
        .extracting(Division::name).isEqualTo("红雁街道");
    // 镇 and 乡 are not interchangeable.
    assertThat(catalog.resolveTownship("红雁镇", null).status()).isEqualTo(Status.NOT_FOUND);
    assertThat(catalog.resolveTownship("", null).status()).isEqualTo(Status.NOT_FOUND);
    assertThatThrownBy(() -> catalog.resolveTownship("红雁街道", "659999999999"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parenthesesFullAndHalfWidth() {
    Division withParens = catalog.ofLevel(Division.TOWNSHIP).stream()
        .filter(d -> d.name().contains("（")).findFirst().orElseThrow();
    String halfWidth = withParens.name().replace('（', '(').replace('）', ')');
    assertThat(catalog.resolveTownship(halfWidth, null).candidates()).contains(withParens);
  }

  @Test
  void villageSuffixVariants() {
    String township = "650102015000"; // 红雁街道: 乌拉泊社区居委会 and 乌拉泊村委会
    assertThat(catalog.resolveVillage(township, "东大梁社区").division()).get()
        .extracting(Division::code).isEqualTo("650102015001");
    assertThat(catalog.resolveVillage(township, "东大梁社区居民委员会").division()).get()
        .extracting(Division::code).isEqualTo("650102015001");
    assertThat(catalog.resolveVillage(township, "东大梁社区居委会").division()).get()
        .extracting(Division::code).isEqualTo("650102015001");
    assertThat(catalog.resolveVillage(township, "东大梁").division()).get()
        .extracting(Division::code).isEqualTo("650102015001");
    assertThat(catalog.resolveVillage(township, "乌拉泊村").division()).get()
        .extracting(Division::code).isEqualTo("650102015200");
    assertThat(catalog.resolveVillage(township, "乌拉泊村民委员会").division()).get()
        .extracting(Division::code).isEqualTo("650102015200");
    assertThat(catalog.resolveVillage(township, "乌拉泊社区").division()).get()
        .extracting(Division::code).isEqualTo("650102015002");
    assertThat(catalog.resolveVillage(township, "乌拉泊").status()).isEqualTo(Status.AMBIGUOUS);
    assertThat(catalog.resolveVillage(township, "幸福村").status()).isEqualTo(Status.NOT_FOUND);
    // 七泉湖村民委员会 (吐鲁番) written as 七泉湖村
    assertThat(catalog.resolveVillage("650402100000", "七泉湖村").division()).get()
        .extracting(Division::name).isEqualTo("七泉湖村民委员会");
    // 东村村委会 is written 东村 or 东村村 on rosters.
    assertThat(catalog.resolveVillage("650104100000", "东村").division()).get()
        .extracting(Division::code).isEqualTo("650104100205");
    assertThat(catalog.resolveVillage("650104100000", "东村村").division()).get()
        .extracting(Division::code).isEqualTo("650104100205");
    // Looking across a county's townships.
    assertThat(catalog.resolveVillage("650102000000", "东大梁社区").division()).get()
        .extracting(Division::code).isEqualTo("650102015001");
    // A village of another township is not found.
    assertThat(catalog.resolveVillage("650102002000", "东大梁社区").status()).isEqualTo(Status.NOT_FOUND);
  }

  @Test
  void nameKeys() {
    assertThat(DivisionNames.key("幸福村村民委员会")).isEqualTo("幸福村村");
    assertThat(DivisionNames.key("幸福 村委会")).isEqualTo("幸福村");
    assertThat(DivisionNames.key("和平社区居委会")).isEqualTo("和平社区");
    assertThat(DivisionNames.key("四连队（幸福村）")).isEqualTo("四连队(幸福村)");
    assertThat(DivisionNames.bareKey("和平社区")).isEqualTo("和平");
  }
}

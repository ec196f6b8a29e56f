package org.yiping.elder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiping.core.Sex;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;

class ElderSearchIndexTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final String HONGYAN = "650102015000";
  private static final String YANERWO = "650102002000";

  private ElderSearchIndex index;
  private IndexedElder zhangXiulan;
  private IndexedElder zhangXiuying;
  private IndexedElder liXiulan;
  private IndexedElder ayigul;
  private IndexedElder shanXiuying;
  private IndexedElder wangFang;

  private static IndexedElder elder(String name, String id, String phone, String township, String villageName,
      EconomicStatus status, Set<HardshipFlag> flags, LocalDate birth) {
    return new IndexedElder(UUID.nameUUIDFromBytes((name + id).getBytes()), name, id, phone, township,
        township.substring(0, 9) + "001", villageName, status, flags, birth, Sex.FEMALE);
  }

  @BeforeEach
  void setUp() {
    index = new ElderSearchIndex();
    zhangXiulan = elder("张秀兰", "650102194501010037", "13912341234", HONGYAN, "东大梁社区居委会",
        EconomicStatus.DIBAO, EnumSet.of(HardshipFlag.LIVING_ALONE), LocalDate.of(1945, 1, 1));
    zhangXiuying = elder("张秀英", "650102195003071237", "13800001111", YANERWO, "燕儿窝南社区居委会",
        EconomicStatus.GENERAL, EnumSet.noneOf(HardshipFlag.class), LocalDate.of(1950, 3, 7));
    liXiulan = elder("李秀兰", "11010519491231002X", "0991-1234567", HONGYAN, "乌拉泊村委会",
        EconomicStatus.TEKUN, EnumSet.of(HardshipFlag.LIVING_ALONE, HardshipFlag.DISABLED),
        LocalDate.of(1949, 12, 31));
    ayigul = elder("阿依古丽·买买提", "653101193806150024", "13099998888", YANERWO, "燕儿窝南社区居委会", null,
        EnumSet.of(HardshipFlag.EMPTY_NEST), LocalDate.of(1938, 6, 15));
    shanXiuying = elder("单秀英", "650102194601010026", null, HONGYAN, "乌拉泊村委会", EconomicStatus.DIBAO,
        EnumSet.noneOf(HardshipFlag.class), LocalDate.of(1946, 1, 1));
    wangFang = elder("王芳", "650102200002290028", "15912345678", YANERWO, null, EconomicStatus.GENERAL,
        Set.of(), LocalDate.of(2000, 2, 29));
    index.putAll(List.of(zhangXiulan, zhangXiuying, liXiulan, ayigul, shanXiuying, wangFang));
  }

  private List<IndexedElder> find(String text) {
    return index.search(SearchQuery.text(text, TODAY), 0, 100).items();
  }

  @Test
  void blankFindsAllInPinyinOrder() {
    SearchPage all = index.search(SearchQuery.text("  ", TODAY), 0, 100);
    assertThat(all.total()).isEqualTo(6);
    assertThat(all.items()).containsExactly(ayigul, liXiulan, shanXiuying, wangFang, zhangXiulan, zhangXiuying);
  }

  @Test
  void pinyinInitialsAndFull() {
    assertThat(find("zxl")).containsExactly(zhangXiulan);
    assertThat(find("zhangxiu")).containsExactly(zhangXiulan, zhangXiuying);
    assertThat(find("xiulan")).containsExactly(liXiulan, zhangXiulan);
    assertThat(find("ZXL")).containsExactly(zhangXiulan);
    assertThat(find("ｚｘｌ")).containsExactly(zhangXiulan);
    // Later-syllable matches, in pinyin order.
    assertThat(find("x")).containsExactly(liXiulan, shanXiuying, zhangXiulan, zhangXiuying);
    assertThat(find("xl")).containsExactly(liXiulan, zhangXiulan);
    // Prefix matches come before later-syllable matches (li- before ayi-gu-li and zhang-xiu-lan).
    assertThat(find("l")).containsExactly(liXiulan, ayigul, zhangXiulan);
  }

  @Test
  void hanCharacters() {
    assertThat(find("张")).containsExactly(zhangXiulan, zhangXiuying);
    assertThat(find("秀兰")).containsExactly(liXiulan, zhangXiulan);
    // Exact name first, then prefix, then contains.
    IndexedElder zhang = elder("张", "650102194501010010", null, HONGYAN, null, null, Set.of(),
        LocalDate.of(1945, 1, 1));
    index.put(zhang);
    assertThat(find("张")).containsExactly(zhang, zhangXiulan, zhangXiuying);
  }

  @Test
  void villageName() {
    assertThat(find("乌拉泊")).containsExactlyInAnyOrder(liXiulan, shanXiuying);
    // A name match ranks before a village match.
    assertThat(find("东")).containsExactly(zhangXiulan);
  }

  @Test
  void uyghurNames() {
    assertThat(find("阿依")).containsExactly(ayigul);
    assertThat(find("阿依古丽买买提")).containsExactly(ayigul);
    assertThat(find("阿依古丽·买买提")).containsExactly(ayigul);
    assertThat(find("买买提")).containsExactly(ayigul);
    assertThat(find("ayi")).containsExactly(ayigul);
    assertThat(find("maimaiti")).containsExactly(ayigul);
  }

  @Test
  void polyphonicSurname() {
    assertThat(find("shan")).containsExactly(shanXiuying);
    assertThat(find("sxy")).containsExactly(shanXiuying);
    assertThat(find("shanxiuying")).containsExactly(shanXiuying);
  }

  @Test
  void digitsMatchIdNumberAndPhone() {
    assertThat(find("0037")).containsExactly(zhangXiulan);
    assertThat(find("002x")).containsExactly(liXiulan);
    assertThat(find("11010519491231002X")).containsExactly(liXiulan);
    assertThat(find("1234")).containsExactlyInAnyOrder(zhangXiulan, liXiulan, wangFang);
    assertThat(find("09911234567")).containsExactly(liXiulan);
    // Exact ID first, then prefix, then contains.
    assertThat(find("650102194501010037")).containsExactly(zhangXiulan);
    assertThat(find("6501021945")).containsExactly(zhangXiulan);
  }

  @Test
  void severalTermsMustAllMatch() {
    assertThat(find("张 东大梁")).containsExactly(zhangXiulan);
    assertThat(find("xiulan 1234")).containsExactlyInAnyOrder(zhangXiulan, liXiulan);
    assertThat(find("zxl 9999")).isEmpty();
  }

  @Test
  void filters() {
    SearchQuery inHongyan = new SearchQuery("", HONGYAN, Set.of(), null, TODAY);
    assertThat(index.search(inHongyan, 0, 10).items()).containsExactlyInAnyOrder(zhangXiulan, liXiulan, shanXiuying);
    SearchQuery inCounty = new SearchQuery("", "650102000000", Set.of(), null, TODAY);
    assertThat(index.search(inCounty, 0, 10).total()).isEqualTo(6);
    SearchQuery alone = new SearchQuery("", null, Set.of(HardshipFlag.LIVING_ALONE), null, TODAY);
    assertThat(index.search(alone, 0, 10).items()).containsExactlyInAnyOrder(zhangXiulan, liXiulan);
    SearchQuery aloneAndDisabled = new SearchQuery("", null,
        Set.of(HardshipFlag.LIVING_ALONE, HardshipFlag.DISABLED), null, TODAY);
    assertThat(index.search(aloneAndDisabled, 0, 10).items()).containsExactly(liXiulan);
    SearchQuery dibao = new SearchQuery("", null, Set.of(), EconomicStatus.DIBAO, TODAY);
    assertThat(index.search(dibao, 0, 10).items()).containsExactlyInAnyOrder(zhangXiulan, shanXiuying);
    SearchQuery textAndTownship = new SearchQuery("秀", HONGYAN, Set.of(), null, TODAY);
    assertThat(index.search(textAndTownship, 0, 10).items())
        .containsExactlyInAnyOrder(zhangXiulan, liXiulan, shanXiuying);
  }

  @Test
  void advancedAgeFromBirthDate() {
    // On 2025-06-01: 张秀兰 (1945-01-01) is 80, 阿依古丽 (1938) 86; 李秀兰 (1949-12-31) 75.
    SearchQuery old = new SearchQuery("", null, Set.of(HardshipFlag.ADVANCED_AGE), null, TODAY);
    assertThat(index.search(old, 0, 10).items()).containsExactlyInAnyOrder(zhangXiulan, ayigul);
    SearchQuery dayBefore = new SearchQuery("", null, Set.of(HardshipFlag.ADVANCED_AGE), null,
        LocalDate.of(2024, 12, 31));
    assertThat(index.search(dayBefore, 0, 10).items()).containsExactly(ayigul);
    assertThat(zhangXiulan.isAdvancedAge(TODAY)).isTrue();
    // A stored ADVANCED_AGE flag is ignored: it is derived.
    IndexedElder young = elder("赵青", "650102200002290028", null, HONGYAN, null, null,
        EnumSet.of(HardshipFlag.ADVANCED_AGE), LocalDate.of(2000, 2, 29));
    assertThat(young.flags()).isEmpty();
  }

  @Test
  void paging() {
    SearchQuery all = SearchQuery.text("", TODAY);
    SearchPage first = index.search(all, 0, 4);
    SearchPage second = index.search(all, 4, 4);
    assertThat(first.total()).isEqualTo(6);
    assertThat(first.items()).hasSize(4);
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items()).hasSize(2);
    assertThat(second.hasMore()).isFalse();
    List<IndexedElder> joined = new ArrayList<>(first.items());
    joined.addAll(second.items());
    assertThat(joined).isEqualTo(index.search(all, 0, 100).items());
    assertThat(index.search(all, 10, 4).items()).isEmpty();
    assertThat(index.search(all, 10, 4).total()).isEqualTo(6);
    SearchPage textPage = index.search(SearchQuery.text("秀", TODAY), 1, 2);
    assertThat(textPage.total()).isEqualTo(4);
    assertThat(textPage.items()).isEqualTo(index.search(SearchQuery.text("秀", TODAY), 0, 10).items().subList(1, 3));
  }

  @Test
  void putReplacesAndRemoveDeletes() {
    IndexedElder renamed = new IndexedElder(zhangXiulan.id(), "张秀莲", zhangXiulan.idNumber(), null, HONGYAN, null,
        null, null, Set.of(), zhangXiulan.birthDate(), Sex.FEMALE);
    index.put(renamed);
    assertThat(index.size()).isEqualTo(6);
    assertThat(find("张秀莲")).containsExactly(renamed);
    assertThat(find("张秀兰")).isEmpty();
    index.remove(renamed.id());
    assertThat(index.size()).isEqualTo(5);
    assertThat(find("zxl")).isEmpty();
    index.remove(UUID.randomUUID());
    assertThat(index.size()).isEqualTo(5);
    index.clear();
    assertThat(index.size()).isZero();
  }

  @Test
  void concurrentPutDuringSearchDoesNotThrow() throws Exception {
    List<IndexedElder> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(elder("张" + (char) ('一' + i % 500) + "兰", "6501021945010" + String.format("%05d", i), null, HONGYAN,
          "村" + i, null, Set.of(), LocalDate.of(1945, 1, 1)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> writer = pool.submit(() -> {
        for (IndexedElder e : many) {
          index.put(e);
        }
        for (int i = 0; i < many.size(); i += 2) {
          index.remove(many.get(i).id());
        }
      });
      Future<Integer> reader = pool.submit(() -> {
        int n = 0;
        while (!writer.isDone()) {
          SearchPage p = index.search(SearchQuery.text("zl", TODAY), 0, 20);
          assertThat(p.items().size()).isLessThanOrEqualTo(20);
          n++;
        }
        return n;
      });
      writer.get(30, TimeUnit.SECONDS);
      assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.size()).isEqualTo(6 + 1000);
  }
}

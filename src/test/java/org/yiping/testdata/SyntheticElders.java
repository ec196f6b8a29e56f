package org.yiping.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.yiping.core.Sex;
import org.yiping.core.idcard.IdNumber;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.elder.search.IndexedElder;

/**
 * Deterministic synthetic elders for benchmarks, CSV rosters and database fixtures: the same seed gives the same
 * people. Names mix common Han surnames and given-name characters with Uyghur names written in Chinese
 * (阿依古丽·买买提); ID numbers are valid (county address code, birth date, sequence with the right parity, check
 * digit) and unique; villages come from the {@link DivisionCatalog}. All data is invented.
 */
public final class SyntheticElders {
  /** One invented elder with every field a roster or the database needs. */
  public record Raw(UUID id, String name, String idNumber, Sex sex, LocalDate birthDate, String ethnicity,
      String phone, String prefectureName, String countyName, String townshipCode, String townshipName,
      String villageCode, String villageName, String address, EconomicStatus economicStatus,
      Set<HardshipFlag> flags) {

    public IndexedElder toIndexed() {
      return new IndexedElder(id, name, idNumber, phone, townshipCode, villageCode, villageName, economicStatus,
          flags, birthDate, sex);
    }

    @Override
    public String toString() {
      return "Raw[" + id + "]";
    }
  }

  static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
      + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单";
  static final String GIVEN_FEMALE = "秀兰英华玉珍芳桂凤梅淑琴丽霞翠娥春香莲素云荣花美静娟敏琼菊萍艳";
  static final String GIVEN_MALE = "明国建军志强德福海平生成永红立新忠文光华伟勇军刚林发俊祥宝贵山";
  static final String[] UYGHUR_FEMALE = {"阿依古丽", "热依汗", "古丽米拉", "帕提古丽", "阿米娜", "阿孜古丽",
      "米娜瓦尔", "阿依夏木", "祖丽皮亚", "布维努尔", "再娜甫", "玛依拉"};
  static final String[] UYGHUR_MALE = {"买买提", "艾力", "阿不都热合曼", "吐尔逊", "艾合买提", "玉苏甫", "依明",
      "克然木", "吾斯曼", "肉孜", "沙吾提", "卡德尔", "努尔买买提", "阿布拉", "艾山", "托合提"};
  static final String[] OTHER_HAN_STYLE_ETHNICITIES = {"回族", "汉族", "汉族", "汉族"};

  private final Random random;
  private final LocalDate today;
  private final List<Division> villages;
  private final DivisionCatalog catalog;
  private final Set<String> usedIds = new HashSet<>();

  /**
   * @param seed the same seed gives the same sequence of elders
   * @param catalog where villages come from
   * @param withinCode only villages inside this division (e.g. 653100000000 喀什地区); null for all of Xinjiang
   * @param today ages 60–99 are computed against this date
   */
  public SyntheticElders(long seed, DivisionCatalog catalog, String withinCode, LocalDate today) {
    this.random = new Random(seed);
    this.catalog = catalog;
    this.today = today;
    this.villages = catalog.descendants(withinCode, Division.VILLAGE);
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("no villages inside " + withinCode);
    }
  }

  /** {@code n} elders. */
  public List<Raw> generate(int n) {
    List<Raw> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  /** The index records of {@code raws}. */
  public static List<IndexedElder> indexed(List<Raw> raws) {
    List<IndexedElder> out = new ArrayList<>(raws.size());
    for (Raw r : raws) {
      out.add(r.toIndexed());
    }
    return out;
  }

  /** The villages the generator draws from (unmodifiable). */
  public List<Division> villages() {
    return Collections.unmodifiableList(villages);
  }

  public Raw next() {
    Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    boolean uyghur = random.nextInt(100) < 35;
    String name;
    String ethnicity;
    if (uyghur) {
      String[] own = sex == Sex.FEMALE ? UYGHUR_FEMALE : UYGHUR_MALE;
      name = pick(own) + "·" + pick(UYGHUR_MALE);
      ethnicity = random.nextInt(10) == 0 ? "哈萨克族" : "维吾尔族";
    } else {
      String given = sex == Sex.FEMALE ? GIVEN_FEMALE : GIVEN_MALE;
      StringBuilder sb = new StringBuilder();
      sb.append(SURNAMES.charAt(skewed(SURNAMES.length())));
      sb.append(given.charAt(random.nextInt(given.length())));
      if (random.nextInt(10) < 8) {
        sb.append(given.charAt(random.nextInt(given.length())));
      }
      name = sb.toString();
      ethnicity = OTHER_HAN_STYLE_ETHNICITIES[random.nextInt(OTHER_HAN_STYLE_ETHNICITIES.length)];
    }
    Division village = villages.get(random.nextInt(villages.size()));
    Division township = catalog.find(village.parentCode()).orElseThrow();
    Division county = catalog.find(township.parentCode()).orElseThrow();
    Division prefecture = catalog.find(county.parentCode()).orElseThrow();
    LocalDate birth = today.minusYears(60).minusDays(random.nextInt(40 * 365));
    String idNumber = idNumber(county.code().substring(0, 6), birth, sex);
    String phone = phone(county);
    EconomicStatus status = economicStatus();
    EnumSet<HardshipFlag> flags = EnumSet.noneOf(HardshipFlag.class);
    maybe(flags, HardshipFlag.LIVING_ALONE, 10);
    maybe(flags, HardshipFlag.EMPTY_NEST, 25);
    maybe(flags, HardshipFlag.LEFT_BEHIND, 8);
    maybe(flags, HardshipFlag.DISABLED, 6);
    maybe(flags, HardshipFlag.SEVERE_DISABILITY, 3);
    maybe(flags, HardshipFlag.FAMILY_PLANNING_SPECIAL, 1);
    String address = county.name() + township.name() + village.name().replaceAll("(村民委员会|村委会|社区居委会|社区居民委员会)$", "")
        + (1 + random.nextInt(120)) + "号";
    UUID id = new UUID(random.nextLong(), random.nextLong());
    return new Raw(id, name, idNumber, sex, birth, ethnicity, phone, prefecture.name(), county.name(),
        township.code(), township.name(), village.code(), village.name(), address, status,
        Collections.unmodifiableSet(flags));
  }

  private String idNumber(String address, LocalDate birth, Sex sex) {
    while (true) {
      int seq = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
      String first17 = address + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
          birth.getDayOfMonth(), seq);
      String id = first17 + IdNumber.checkChar(first17);
      if (usedIds.add(id)) {
        return id;
      }
    }
  }

  private String phone(Division county) {
    int r = random.nextInt(100);
    if (r < 80) {
      String prefixes = "3456789";
      return "1" + prefixes.charAt(random.nextInt(prefixes.length())) + String.format("%09d",
          random.nextInt(1_000_000_000));
    }
    if (r < 90) {
      return "09" + (91 + random.nextInt(9)) + "-" + (2 + random.nextInt(8)) + String.format("%06d",
          random.nextInt(1_000_000));
    }
    return null;
  }

  private EconomicStatus economicStatus() {
    int r = random.nextInt(100);
    if (r < 60) {
      return EconomicStatus.GENERAL;
    }
    if (r < 75) {
      return EconomicStatus.DIBAO;
    }
    if (r < 83) {
      return EconomicStatus.DIBAO_EDGE;
    }
    if (r < 93) {
      return EconomicStatus.HARDSHIP;
    }
    if (r < 98) {
      return EconomicStatus.TEKUN;
    }
    return null;
  }

  private void maybe(Set<HardshipFlag> flags, HardshipFlag flag, int percent) {
    if (random.nextInt(100) < percent) {
      flags.add(flag);
    }
  }

  private <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  /** An index in [0, n) biased to the front, like surname frequencies. */
  private int skewed(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u));
  }
}

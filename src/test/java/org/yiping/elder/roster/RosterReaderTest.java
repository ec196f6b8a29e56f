package org.yiping.elder.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.core.Sex;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.DivisionCatalog;

class RosterReaderTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final String TIANSHAN = "650102000000";
  private static final String HEADER = "序号,姓名,身份证号,联系电话,民族,现住址,乡镇（街道）,村（社区）,经济状况,独居,空巢,高龄,备注";

  private final RosterReader reader = new RosterReader(DivisionCatalog.xinjiang(), Messages.chinese(), TODAY);

  @TempDir
  Path dir;

  private RosterParse parse(String content, Charset charset, boolean bom, String withinCode) throws Exception {
    Path file = dir.resolve("roster.csv");
    byte[] body = content.getBytes(charset);
    if (bom) {
      byte[] withBom = new byte[body.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(body, 0, withBom, 3, body.length);
      body = withBom;
    }
    Files.write(file, body);
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in, withinCode);
    }
  }

  private RosterParse parse(String content) throws Exception {
    return parse(content, StandardCharsets.UTF_8, false, TIANSHAN);
  }

  private static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  private static final String GOOD = lines(HEADER,
      "1,张秀兰,650102194501010037,139 1234 5678,汉族,天山区红雁街道东大梁1号,红雁街道,东大梁社区,低保,是,否,是,",
      "2,阿依古丽·买买提,650102194601010026,0991-1234567,维吾尔族,,红雁街道办事处,乌拉泊村委会,一般,,√,,腿脚不便");

  private void assertGood(RosterParse p) {
    assertThat(p.rejections()).isEmpty();
    assertThat(p.duplicates()).isEmpty();
    assertThat(p.rows()).hasSize(2);
    RosterRow a = p.rows().get(0);
    assertThat(a.row()).isEqualTo(2);
    assertThat(a.name()).isEqualTo("张秀兰");
    assertThat(a.idNumber().value()).isEqualTo("650102194501010037");
    assertThat(a.idNumber().sex()).isEqualTo(Sex.MALE);
    assertThat(a.phone()).isEqualTo("13912345678");
    assertThat(a.ethnicity()).isEqualTo("汉族");
    assertThat(a.address()).isEqualTo("天山区红雁街道东大梁1号");
    assertThat(a.township().code()).isEqualTo("650102015000");
    assertThat(a.village().code()).isEqualTo("650102015001");
    assertThat(a.economicStatus()).isEqualTo(EconomicStatus.DIBAO);
    assertThat(a.flags()).containsExactly(HardshipFlag.LIVING_ALONE);
    assertThat(a.notes()).isNull();
    RosterRow b = p.rows().get(1);
    assertThat(b.row()).isEqualTo(3);
    assertThat(b.name()).isEqualTo("阿依古丽·买买提");
    assertThat(b.phone()).isEqualTo("0991-1234567");
    assertThat(b.village().code()).isEqualTo("650102015200");
    assertThat(b.economicStatus()).isEqualTo(EconomicStatus.GENERAL);
    assertThat(b.flags()).containsExactly(HardshipFlag.EMPTY_NEST);
    assertThat(b.notes()).isEqualTo("腿脚不便");
  }

  @Test
  void utf8WithoutBom() throws Exception {
    RosterParse p = parse(GOOD, StandardCharsets.UTF_8, false, TIANSHAN);
    assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertGood(p);
  }

  @Test
  void utf8WithBom() throws Exception {
    RosterParse p = parse(GOOD, StandardCharsets.UTF_8, true, TIANSHAN);
    assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(p.columns()).containsKey("序号".equals(p.columns().keySet().iterator().next()) ? "序号" : "姓名");
    assertGood(p);
  }

  @Test
  void gbk() throws Exception {
    RosterParse p = parse(GOOD, Charset.forName("GBK"), false, TIANSHAN);
    assertThat(p.charset().name()).isEqualTo("GB18030");
    assertGood(p);
  }

  @Test
  void headerReport() throws Exception {
    RosterParse p = parse(lines(HEADER.replace("备注", "备注,家属姓名"), ""));
    assertThat(p.columns()).containsEntry("姓名", RosterField.NAME)
        .containsEntry("身份证号", RosterField.ID_NUMBER)
        .containsEntry("联系电话", RosterField.PHONE)
        .containsEntry("乡镇（街道）", RosterField.TOWNSHIP)
        .containsEntry("村（社区）", RosterField.VILLAGE)
        .containsEntry("独居", RosterField.LIVING_ALONE)
        .doesNotContainKey("高龄");
    assertThat(p.unknownHeaders()).containsExactly("家属姓名");
    assertThat(p.ignoredHeaders()).extracting(IgnoredColumn::header).containsExactly("序号", "高龄");
    assertThat(p.ignoredHeaders().get(1).reason()).contains("出生日期");
    assertThat(p.header().headerRow()).isEqualTo(1);
    assertThat(p.rows()).isEmpty();
    assertThat(p.rejections()).isEmpty();
  }

  @Test
  void headerSynonyms() throws Exception {
    String header = " 姓 名 ,公民身份号码,手机号,民族,家庭住址,乡镇,村(居),经济状态,计生特殊家庭,失能（是/否）,重残,留守,性别,出生日期,备注";
    RosterParse p = parse(lines(header,
        "张秀兰,650102194501010037,13912345678,汉族,某地,红雁街道,东大梁,特困,Y,1,×,N,男,1945/1/1,"));
    assertThat(p.columns().values()).containsExactly(RosterField.NAME, RosterField.ID_NUMBER, RosterField.PHONE,
        RosterField.ETHNICITY, RosterField.ADDRESS, RosterField.TOWNSHIP, RosterField.VILLAGE,
        RosterField.ECONOMIC_STATUS, RosterField.FAMILY_PLANNING_SPECIAL, RosterField.DISABLED,
        RosterField.SEVERE_DISABILITY, RosterField.LEFT_BEHIND, RosterField.SEX, RosterField.BIRTH_DATE,
        RosterField.NOTES);
    assertThat(p.unknownHeaders()).isEmpty();
    assertThat(p.rejections()).isEmpty();
    RosterRow row = p.rows().get(0);
    assertThat(row.flags()).containsExactlyInAnyOrder(HardshipFlag.FAMILY_PLANNING_SPECIAL, HardshipFlag.DISABLED);
    assertThat(row.economicStatus()).isEqualTo(EconomicStatus.TEKUN);
    assertThat(row.village().name()).isEqualTo("东大梁社区居委会");
    for (String h : new String[] {"身份证", "身份证号码", "公民身份号码"}) {
      assertThat(RosterHeaders.field(h)).contains(RosterField.ID_NUMBER);
    }
    for (String h : new String[] {"电话", "手机", "联系方式"}) {
      assertThat(RosterHeaders.field(h)).contains(RosterField.PHONE);
    }
    for (String h : new String[] {"现住址", "住址", "居住地址"}) {
      assertThat(RosterHeaders.field(h)).contains(RosterField.ADDRESS);
    }
    for (String h : new String[] {"乡镇（街道）", "乡镇街道", "街道", "*乡镇(街道)："}) {
      assertThat(RosterHeaders.field(h)).contains(RosterField.TOWNSHIP);
    }
    for (String h : new String[] {"村", "社区", "村居", "村（居）", "村（社区）"}) {
      assertThat(RosterHeaders.field(h)).contains(RosterField.VILLAGE);
    }
  }

  @Test
  void missingNameColumnRefusesTheFile() {
    assertThatThrownBy(() -> parse(lines("序号,身份证号,电话", "1,650102194501010037,13912345678")))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> {
          assertThat(e.key()).isEqualTo("roster.file.missingColumns");
          assertThat(e.message(Messages.chinese())).contains("缺少必需的列：姓名").contains("找到的表头：序号、身份证号、电话");
          assertThat(e.message(new Messages(Locale.ENGLISH))).contains("lacks required columns: 姓名");
        });
    assertThatThrownBy(() -> parse(lines("地址,电话", "某地,13912345678")))
        .isInstanceOfSatisfying(RosterFormatException.class,
            e -> assertThat(e.message(Messages.chinese())).contains("姓名、公民身份号码"));
    assertThatThrownBy(() -> parse("\r\n ,, \r\n")).isInstanceOfSatisfying(RosterFormatException.class,
        e -> assertThat(e.key()).isEqualTo("roster.file.empty"));
  }

  @Test
  void titleRowAboveHeaderIsSkipped() throws Exception {
    RosterParse p = parse(lines("天山区特殊困难老年人花名册,,", "姓名,身份证号,电话", "张秀兰,650102194501010037,"));
    assertThat(p.header().headerRow()).isEqualTo(2);
    assertThat(p.rows()).extracting(RosterRow::row).containsExactly(3);
  }

  @Test
  void eachRejectionReasonWithItsRowNumber() throws Exception {
    RosterParse p = parse(lines(HEADER + ",性别,出生日期",
        "1,,650102194501010037,,,,红雁街道,东大梁,,,,,,,",                    // row 2: empty name
        "2,李四,65010219450101003,,,,红雁街道,东大梁,,,,,,,",                   // row 3: ID length
        "3,王五,650102195003071238,,,,红雁街道,东大梁,,,,,,,",                  // row 4: ID check digit
        "4,赵六,650102195003071237,1391234,,,红雁街道,东大梁,,,,,,,",            // row 5: phone
        "5,钱七,650102195205050047,,,,红雁街道,东大梁,富裕,,,,,,",               // row 6: economic status
        "6,孙八,65010219530606005X,,,,红雁街道,东大梁,,可能,,,,,",               // row 7: flag value
        "7,周九,650102195407070062,,,,东城街道,,,,,,,,",                         // row 8: township not in 天山区
        "8,吴十,650102195508080075,,,,红雁街道,幸福村,,,,,,,",                   // row 9: village not found
        "9,郑一,650102195609090088,,,,红雁街道,东大梁,,,,,,男,",                 // row 10: sex mismatch (female)
        "10,冯二,650102195003071253,,,,红雁街道,东大梁,,,,,,,1950-03-08",       // row 11: birth date mismatch
        "11,陈三,650102194601010026,,,,红雁街道,乌拉泊,,,,,,,"));                // row 12: village ambiguous
    assertThat(p.rows()).isEmpty();
    assertThat(p.rejections()).extracting(RowRejection::row)
        .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    List<String> reasons = p.rejections().stream().map(RowRejection::reason).toList();
    assertThat(reasons.get(0)).isEqualTo("请填写姓名");
    assertThat(reasons.get(1)).isEqualTo("公民身份号码应为18位，当前为17位");
    assertThat(reasons.get(2)).contains("校验位");
    assertThat(reasons.get(3)).contains("联系电话“1391234”有误");
    assertThat(reasons.get(4)).contains("经济状况“富裕”无法识别").contains("特困、低保、低保边缘、经济困难、一般");
    assertThat(reasons.get(5)).contains("“独居”一栏填写了“可能”");
    assertThat(reasons.get(6)).contains("新疆维吾尔自治区 乌鲁木齐市 天山区").contains("东城街道");
    assertThat(reasons.get(7)).contains("红雁街道").contains("幸福村");
    assertThat(reasons.get(8)).contains("性别“男”与公民身份号码不符（号码对应女）");
    assertThat(reasons.get(9)).contains("出生日期“1950-03-08”与公民身份号码不符（号码对应1950-03-07）");
    assertThat(reasons.get(10)).contains("乌拉泊").contains("有多个");
  }

  @Test
  void ambiguousTownshipNamesTheCounties() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号,乡镇", "张秀兰,650102194501010037,乌恰镇"), StandardCharsets.UTF_8,
        false, null);
    assertThat(p.rejections()).hasSize(1);
    assertThat(p.rejections().get(0).reason()).contains("乌恰县").contains("英吉沙县").contains("库车市");
    RosterParse narrowed = parse(lines("姓名,身份证号,乡镇", "张秀兰,650102194501010037,乌恰镇"),
        StandardCharsets.UTF_8, false, "653024000000");
    assertThat(narrowed.rows()).singleElement().extracting(r -> r.township().code()).isEqualTo("653024100000");
  }

  @Test
  void severalProblemsInOneRowAreJoined() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号,电话", ",123,abc"));
    assertThat(p.rejections().get(0).reason()).isEqualTo(
        "请填写姓名；公民身份号码应为18位，当前为3位；联系电话“abc”有误：联系电话只能包含数字，以及空格、短横线或括号，请删除其他字符");
  }

  @Test
  void englishReasons() throws Exception {
    RosterReader english = new RosterReader(DivisionCatalog.xinjiang(), new Messages(Locale.ENGLISH), TODAY);
    RosterParse p = english.read(new ByteArrayInputStream(lines("姓名,身份证号", ",123").getBytes(
        StandardCharsets.UTF_8)), null);
    assertThat(p.rejections().get(0).reason()).isEqualTo(
        "Enter the name; A citizen ID number has 18 characters; this one has 3");
  }

  @Test
  void quotedMultiLineCellKeepsRowNumbers() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号,备注",
        "张秀兰,650102194501010037,\"第一行\n第二行\"",
        "王五,650102195003071238,",
        "李秀兰,650102194601010026,"));
    assertThat(p.rows()).extracting(RosterRow::row).containsExactly(2, 4);
    assertThat(p.rows().get(0).notes()).isEqualTo("第一行\n第二行");
    assertThat(p.rejections()).extracting(RowRejection::row).containsExactly(3);
  }

  @Test
  void blankLinesAreSkippedSilentlyButCounted() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号", "", ",,", "  ,", "张秀兰,650102194501010037"));
    assertThat(p.rejections()).isEmpty();
    assertThat(p.rows()).extracting(RosterRow::row).containsExactly(5);
  }

  @Test
  void duplicatesInsideTheFile() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号",
        "张秀兰,650102194501010037",
        "李秀兰,650102194601010026",
        "张秀兰,650102194501010037"));
    assertThat(p.rows()).extracting(RosterRow::row).containsExactly(2, 3);
    assertThat(p.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.row()).isEqualTo(4);
      assertThat(d.firstRow()).isEqualTo(2);
      assertThat(d.reason()).isEqualTo("与第2行的公民身份号码相同（6501**********0037），本行未导入");
    });
  }

  @Test
  void aRejectedRowDoesNotMakeALaterValidRowADuplicate() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号", ",650102194501010037", "张秀兰,650102194501010037"));
    assertThat(p.rejections()).extracting(RowRejection::row).containsExactly(2);
    assertThat(p.rows()).extracting(RosterRow::row).containsExactly(3);
    assertThat(p.duplicates()).isEmpty();
  }

  @Test
  void villageWithoutTownshipUsesTheOfficeCounty() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号,村", "张秀兰,650102194501010037,东大梁社区居委会"));
    assertThat(p.rows().get(0).township().code()).isEqualTo("650102015000");
    RosterParse noScope = parse(lines("姓名,身份证号,村", "张秀兰,650102194501010037,东大梁社区"),
        StandardCharsets.UTF_8, false, null);
    assertThat(noScope.rejections().get(0).reason()).contains("没有填写乡镇（街道）");
  }

  @Test
  void lowerCaseXAndDateFormats() throws Exception {
    RosterParse p = parse(lines("姓名,身份证号,出生日期,性别",
        "李秀兰,11010519491231002x,1949年12月31日,女",
        "张秀兰,650102194501010037,1945/1/1 0:00,男",
        "单秀英,650102194601010026,194601,女"), StandardCharsets.UTF_8, false, null);
    assertThat(p.rejections()).isEmpty();
    assertThat(p.rows().get(0).idNumber().value()).isEqualTo("11010519491231002X");
    assertThat(RosterReader.date("1950.3.7")).containsExactly(1950, 3, 7);
    assertThat(RosterReader.date("1950-02-30")).isNull();
    assertThat(RosterReader.date("生日")).isNull();
  }

  @Test
  void streamingReportsProgressAndCanBeCancelled() throws Exception {
    StringBuilder sb = new StringBuilder("姓名,身份证号\r\n");
    for (int i = 0; i < 250; i++) {
      sb.append("张秀兰,650102194501010037\r\n");
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    List<Integer> progress = new ArrayList<>();
    AtomicInteger seen = new AtomicInteger();
    RosterSink sink = new RosterSink() {
      @Override
      public void row(RosterRow row) {
        seen.incrementAndGet();
      }

      @Override
      public void rejected(RowRejection rejection) {
        seen.incrementAndGet();
      }

      @Override
      public void duplicate(DuplicateRow duplicate) {
        seen.incrementAndGet();
      }

      @Override
      public void progress(int rowsRead) {
        progress.add(rowsRead);
      }
    };
    assertThat(reader.read(new ByteArrayInputStream(bytes), null, sink, () -> false)).isTrue();
    assertThat(seen.get()).isEqualTo(250);
    assertThat(progress).containsExactly(100, 200, 250);

    progress.clear();
    seen.set(0);
    boolean completed = reader.read(new ByteArrayInputStream(bytes), null, sink, () -> seen.get() >= 120);
    assertThat(completed).isFalse();
    assertThat(seen.get()).isEqualTo(120);
    assertThat(progress).containsExactly(100, 120);
  }

  @Test
  void malformedQuotesRefuseTheFile() {
    // A quote that is never closed would swallow the rest of the file into one cell: refuse instead.
    assertThatThrownBy(() -> parse(lines("姓名,身份证号", "张秀兰,650102194501010037", "\"李秀兰,650102194601010026",
        "王五,650102195003071237")))
        .isInstanceOfSatisfying(RosterFormatException.class,
            e -> assertThat(e.key()).isEqualTo("roster.file.malformed"));
  }

  @Test
  void unknownWithinCodeIsAProgrammingError() {
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0]), "123"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tabSeparatedUtf16() throws IOException, RosterFormatException {
    byte[] body = "姓名\t身份证号\r\n张秀兰\t650102194501010037\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    RosterParse p = reader.read(new ByteArrayInputStream(bytes), null);
    assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(p.rows()).hasSize(1);
  }
}

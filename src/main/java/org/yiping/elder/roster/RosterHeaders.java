package org.yiping.elder.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yiping.core.validation.TextNormalizer;

/**
 * Recognises roster column headers: blanks, full-width forms, required-field asterisks and a trailing colon are
 * ignored, and the usual synonyms are accepted (身份证号 for 公民身份号码, 手机 for 联系电话, 村（居） for 村（社区）, …).
 * A header like 独居（是/否） is recognised through its part before the parenthesis.
 */
public final class RosterHeaders {
  /** What a recognised-but-ignored header means. */
  public enum Ignored {
    /** 高龄: derived from the birth date in the ID number. */
    ADVANCED_AGE,
    /** 年龄: derived from the ID number. */
    AGE,
    /** 序号: the spreadsheet's own numbering. */
    SERIAL
  }

  private static final Map<String, RosterField> FIELDS = new HashMap<>();
  private static final Map<String, Ignored> IGNORED = new HashMap<>();

  static {
    field(RosterField.NAME, "姓名", "老人姓名", "老年人姓名");
    field(RosterField.ID_NUMBER, "公民身份号码", "身份证号", "身份证号码", "身份证", "公民身份证号码", "公民身份证号",
        "身份证件号码");
    field(RosterField.PHONE, "联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "电话号码");
    field(RosterField.ETHNICITY, "民族");
    field(RosterField.ADDRESS, "现住址", "住址", "家庭住址", "居住地址", "现居住地址", "地址");
    field(RosterField.TOWNSHIP, "乡镇(街道)", "乡镇", "乡镇街道", "街道", "乡镇/街道", "乡(镇、街道)", "乡(镇)",
        "所属乡镇", "所属乡镇(街道)");
    field(RosterField.VILLAGE, "村(社区)", "村", "社区", "村居", "村(居)", "村社区", "村/社区", "村(居)委会",
        "所属村(社区)", "村(社区)名称");
    field(RosterField.ECONOMIC_STATUS, "经济状况", "经济状态");
    field(RosterField.LIVING_ALONE, "独居", "是否独居");
    field(RosterField.EMPTY_NEST, "空巢", "是否空巢");
    field(RosterField.LEFT_BEHIND, "留守", "是否留守");
    field(RosterField.DISABLED, "失能", "是否失能");
    field(RosterField.SEVERE_DISABILITY, "重残", "是否重残");
    field(RosterField.FAMILY_PLANNING_SPECIAL, "计划生育特殊家庭", "计生特殊家庭", "是否计划生育特殊家庭",
        "是否计生特殊家庭");
    field(RosterField.SEX, "性别");
    field(RosterField.BIRTH_DATE, "出生日期", "出生年月日", "出生年月");
    field(RosterField.NOTES, "备注");
    IGNORED.put("高龄", Ignored.ADVANCED_AGE);
    IGNORED.put("是否高龄", Ignored.ADVANCED_AGE);
    IGNORED.put("年龄", Ignored.AGE);
    IGNORED.put("序号", Ignored.SERIAL);
    IGNORED.put("编号", Ignored.SERIAL);
  }

  private RosterHeaders() {
  }

  private static void field(RosterField f, String... names) {
    for (String n : names) {
      FIELDS.put(normalize(n), f);
    }
  }

  /** The comparison form of a header. */
  static String normalize(String header) {
    String s = TextNormalizer.removeBlanks(TextNormalizer.toHalfWidth(header == null ? "" : header));
    s = s.replace("*", "").replace("【", "(").replace("】", ")");
    while (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The field {@code header} names, if any. */
  public static Optional<RosterField> field(String header) {
    String n = normalize(header);
    RosterField f = FIELDS.get(n);
    if (f == null) {
      f = FIELDS.get(withoutTrailingParenthesis(n));
    }
    return Optional.ofNullable(f);
  }

  /** Whether {@code header} is known and deliberately not imported. */
  public static Optional<Ignored> ignored(String header) {
    String n = normalize(header);
    Ignored i = IGNORED.get(n);
    if (i == null) {
      i = IGNORED.get(withoutTrailingParenthesis(n));
    }
    return Optional.ofNullable(i);
  }

  private static String withoutTrailingParenthesis(String n) {
    int open = n.lastIndexOf('(');
    return open > 0 && n.endsWith(")") ? n.substring(0, open) : n;
  }
}

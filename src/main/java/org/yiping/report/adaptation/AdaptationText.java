package org.yiping.report.adaptation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed words of the home adaptation documents (case sheet and plan confirmation), kept beside them rather than
 * in {@link org.yiping.report.ReportText} so that the feature's wording is in one place.
 */
public final class AdaptationText {
  private AdaptationText() {}

  public static final String CASE_TITLE = "居家适老化改造案卷";
  public static final String PLAN_TITLE = "居家适老化改造方案确认书";
  /** {0} the target year, {1} the day of printing. */
  public static final String CASE_SUBTITLE = "%d 年度 · 截至 %s";
  /** {0} the target year. */
  public static final String PLAN_SUBTITLE = "%d 年度 · 依据民发〔2020〕86号《老年人居家适老化改造项目清单》";

  public static final String SECTION_HOUSEHOLD = "老年人及家庭情况";
  public static final String SECTION_CASE = "案件及补贴条件";
  public static final String SECTION_PLAN = "改造方案及费用";
  public static final String SECTION_STEPS = "办理记录";
  public static final String SECTION_PHOTOS = "改造前后照片";
  public static final String SECTION_ACCEPTANCE = "验收签名";
  public static final String SECTION_AGREEMENT = "确认事项";
  public static final String SECTION_SIGN = "签字确认";

  public static final String TOWNSHIP = "乡镇（街道）";
  public static final String FLAGS = "特殊困难情况";
  public static final String CASE_ID = "案件编号";
  public static final String YEAR = "改造年度";
  public static final String YEAR_VALUE = "%d 年度";
  public static final String STATE = "当前环节";
  public static final String APPLIED_ON = "申请日期";
  public static final String CHECKLIST = "改造清单";
  public static final String ELIGIBILITY = "补贴条件";
  public static final String ELIGIBLE = "符合补贴改造条件：%s";
  public static final String NOT_ELIGIBLE = "不符合补贴改造条件：%s";
  public static final String OVERRIDE = "特批原因";
  public static final String TERMINATED_REASON = "终止原因";

  public static final String ITEM_NO = "序号";
  public static final String ITEM = "改造项目";
  public static final String TIER = "类别";
  public static final String NEEDED = "是否需要";
  public static final String QUANTITY = "数量";
  public static final String UNIT = "单位";
  public static final String UNIT_COST = "单价（元）";
  public static final String PAYER = "费用承担";
  public static final String LINE_TOTAL = "小计（元）";
  public static final String YES = "需要";
  public static final String NO = "不需要";
  public static final String PAYER_SUBSIDY = "政府补贴";
  public static final String PAYER_FAMILY = "家庭自费";
  public static final String NO_PLAN = "尚未填写改造方案";
  public static final String SUBSIDY_TOTAL = "补贴金额合计";
  public static final String FAMILY_TOTAL = "家庭自费合计";
  public static final String GRAND_TOTAL = "改造费用合计";
  public static final String ITEMS_NEEDED = "改造项目数";
  public static final String ITEMS_VALUE = "%d 项";
  public static final String FAMILY_PAYS = "家庭需支付";
  /** 1,260.00 元 */
  public static final String YUAN = "%s 元";

  public static final String STEP_NO = "序号";
  public static final String STEP = "环节";
  public static final String ACTION = "办理";
  public static final String DONE_BY = "经办人";
  public static final String DONE_AT = "时间";
  public static final String NOTE = "说明";
  /** {0} the step before, {1} the step after. */
  public static final String STEP_FROM_TO = "%s → %s";
  public static final String OVERRIDE_NOTE = "不符合条件，特批";
  public static final String NO_STEPS = "暂无办理记录";

  public static final String BEFORE = "改造前";
  public static final String AFTER = "改造后";
  /** 防滑处理 · 改造前 · 2026-11-10 */
  public static final String PHOTO_CAPTION = "%s · %s · %s";
  public static final String NO_PHOTOS = "暂无照片";
  public static final String PHOTOS = "照片";

  public static final String SIGN_FAMILY = "老年人或家属";
  public static final String SIGN_CONTRACTOR = "施工单位";
  public static final String SIGN_OFFICE = "乡镇（街道）";
  public static final String NO_SIGNATURES = "未在颐评中签名：以纸质验收单为准。";
  public static final String SIGNED_AT = "签名时间：%s";
  public static final String DATE_LINE = "日期：　　　　年　　月　　日";
  public static final String SEAL = "%s（盖章）";

  /** The plan confirmation's plain statement: {0} subsidy, {1} family share, {2} total, {3} items. */
  public static final String AGREEMENT_TEXT = "一、本户已了解上表所列 %4$s改造项目的内容、数量和费用，同意按本方案施工。\n"
      + "二、改造费用合计 %3$s，其中政府补贴 %1$s，由补贴资金直接结算；家庭自费 %2$s，由本户承担。\n"
      + "三、施工完成后，本户配合乡镇（街道）和施工单位验收，并在验收时签字确认。\n"
      + "四、方案如需增减项目或变更费用，须重新确认并签字；未经确认的变更，本户不承担费用。";
  public static final String AGREEMENT_NO_FAMILY = "本方案全部由政府补贴，家庭无需支付费用。";

  public static final String SHEET_SCOPE = "内容范围";
  public static final String CASE_SCOPE_VALUE = "本案卷所列案件信息、改造方案、办理记录、照片和验收签名";
  public static final String PLAN_SCOPE_VALUE = "本确认书所列改造项目、数量、单价、费用承担和合计金额";

  /** Stamps: a case still in progress, a terminated one. */
  public static final String STAMP_OPEN = "办理中";
  public static final String STAMP_TERMINATED = "已终止";

  /** File names: the kind, a date and the case id; never a person's name. */
  public static final String FILE_CASE = "改造案卷_%s_%s.pdf";
  public static final String FILE_PLAN = "改造方案确认书_%s_%s.pdf";

  /**
   * The unit each checklist item is usually quoted in (the checklist form records a quantity but no unit): square
   * metres of floor, metres of rail, doors, pieces. Keyed by the item code of {@code home-adaptation-2020}.
   */
  public static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("1", "平方米"), Map.entry("2", "处"), Map.entry("3", "平方米"), Map.entry("4", "米"),
      Map.entry("5", "处"), Map.entry("6", "樘"), Map.entry("7", "樘"), Map.entry("8", "个"),
      Map.entry("9", "套"), Map.entry("10", "张"), Map.entry("11", "套"), Map.entry("12", "个"),
      Map.entry("13", "米"), Map.entry("14", "套"), Map.entry("15", "个"), Map.entry("16", "处"),
      Map.entry("17", "把"), Map.entry("18", "处"), Map.entry("19", "组"), Map.entry("20", "个"),
      Map.entry("21", "处"), Map.entry("22", "米"), Map.entry("23", "件"), Map.entry("24", "根"),
      Map.entry("25", "台"), Map.entry("26", "个"), Map.entry("27", "副"), Map.entry("28", "套"),
      Map.entry("29", "套"), Map.entry("30", "套"));

  /** An amount in fen as printed: {@code 1,260.00}. */
  public static String yuan(long fen) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(BigDecimal.valueOf(fen, 2));
  }

  /** An amount in fen with its unit: {@code 1,260.00 元}. */
  public static String yuanWithUnit(long fen) {
    return String.format(YUAN, yuan(fen));
  }
}

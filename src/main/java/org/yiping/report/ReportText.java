package org.yiping.report;

import java.util.List;

/**
 * Every fixed word printed on a report, in one place. Printed reports are Chinese only (a township office files them
 * and families read them), so these are constants rather than entries of the screens' bilingual bundle.
 */
public final class ReportText {
  private ReportText() {}

  // ------------------------------------------------------------------------------------------ every report

  public static final String APP_NAME = "颐评";
  public static final String RUNNING_HEADER = "页眉";
  /** Footer, left: {0} the time the file was made. */
  public static final String PRINTED_AT = "颐评 · 打印于 %s";
  /** Footer, right: the page number, then (in a template filled in at the end) the page count. */
  public static final String PAGE_NUMBER = "第 %d 页 / ";
  public static final String PAGE_COUNT = "共 %d 页";
  /** What an empty value prints as: a dash, so a blank cell is never mistaken for one left to fill in. */
  public static final String NONE = "—";
  /** The mark of a chosen and of an unchosen box, as on the paper forms. */
  public static final String CHECKED = "■";
  public static final String UNCHECKED = "□";
  /** After a label that runs into its value: 核验码：… */
  public static final String COLON = "：";
  /** Between items of a list in running text. */
  public static final String LIST_SEPARATOR = "、";
  /** Before a mark that follows a value on the same line (暂行分级（试行）): an ideographic space. */
  public static final String MARK_GAP = "　";
  /** Between two tick-box choices: where a line may break. */
  public static final String CHOICE_GAP = "　 ";

  /** Under a signature box: the role, then the name on a line of its own. */
  public static final String SIGNATURE_NAME = "%s\n%s";
  public static final String SIGNATURE_BY_HAND = "%s\n（签字）";

  public static final String VERIFY_TITLE = "核验码";
  public static final String VERIFY_HINT =
      "扫描二维码或输入核验码，可在颐评中核对本页内容与存档记录是否一致（yiping verify）。";

  // ------------------------------------------------------------------------------------------ assessment report

  public static final String ASSESSMENT_TITLE = "老年人能力评估报告";
  public static final String ASSESSMENT_SUBTITLE = "依据 %s《%s》";
  public static final String LTC_TITLE = "长期护理失能等级评估报告";
  public static final String COMBINED_TITLE = "老年人能力及长期护理失能等级评估报告";

  /** Section headings; the report numbers them 一、二、三… as they come. */
  public static final String SECTION_BASIC = "基本信息";
  public static final String SECTION_RESULT = "评估结果：%s";
  public static final String SECTION_ANSWERS = "评估项目及结果：%s";
  public static final String SECTION_PEOPLE = "评估人员、时间与地点";
  public static final String SECTION_SIGNATURES = "签名";
  public static final String SECTION_VERIFY = "评估表版本与核验";
  public static final String HEADING_NUMBER = "%s、%s";
  public static final List<String> NUMERALS =
      List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");

  public static final String NAME = "姓名";
  public static final String SEX = "性别";
  public static final String ID_NUMBER = "公民身份号码";
  public static final String BIRTH_DATE = "出生日期";
  public static final String AGE = "年龄";
  public static final String AGE_VALUE = "%d 岁";
  public static final String ADDRESS = "住址";
  public static final String REASON = "评估原因";
  public static final String STATUS = "状态";
  public static final String RECORD_ID = "评估编号";

  public static final String C1 = "C.1 一级指标得分";
  public static final String C2 = "C.2 老年人能力总得分";
  public static final String C3 = "C.3 老年人能力初步等级";
  public static final String C4 = "C.4 能力等级变更依据";
  public static final String C5 = "C.5 老年人能力最终等级";
  /** The same rows for a form other than GB/T 42195, which has no annex C numbering. */
  public static final String DIMENSIONS = "一级指标得分及分级";
  public static final String TOTAL = "总得分";
  public static final String PRELIMINARY = "初步等级";
  public static final String CHANGES = "等级变更依据";
  public static final String FINAL = "最终等级";

  public static final String DIMENSION = "一级指标";
  public static final String SCORE = "得分";
  public static final String MAX_SCORE = "满分";
  public static final String GRADE = "分级";
  public static final String SCORE_OF = "%d 分（满分 %d 分）";
  public static final String LEVEL_VALUE = "%d 级 %s";
  public static final String BASIS = "依据：%s";
  public static final String BASIS_BANDS = "总分在 %s–%s 分之间";
  public static final String BASIS_MATRIX = "分级组合表第 %s 行、第 %s 列（%s）";
  public static final String CHANGE_APPLIED = "（已触发：等级 %d → %d）";
  public static final String CHANGE_NOT_APPLIED = "（已触发；等级已为 %d 级，未再改变）";
  public static final String CHANGE_TRIGGERED_BY = "触发项目：%s";
  /** Before the 触发项目 line of a rule, under the rule's first line. */
  public static final String CHANGE_INDENT = "\n    ";
  public static final String ITEM_ANSWER = "%s %s：%s";
  public static final String NO_CHANGE_RULES = "本评估表无等级变更规则";
  public static final String INCOMPLETE_VALUE = "未完成，暂无";
  public static final String INCOMPLETE_NOTICE =
      "本评估尚未完成：以下 %d 项未作答，没有总分和等级（不按比例折算）：%s";
  public static final String PENDING_LEVEL = "%s：作答完整后最终等级为 %d 级（%s），此前不给等级。";
  public static final String PROVISIONAL_MARK = "暂行分级（试行）";
  /** After a dimension's grade from a table that is not confirmed. */
  public static final String GRADE_PROVISIONAL = "（暂行）";
  public static final String PROVISIONAL_NOTICE = "暂行分级（试行）：本评估表的分级对照表尚未与官方文本核实，"
      + "分级和等级仅供参考，待正式对照表发布后以新版本为准。";
  public static final String REMARK = "备注";

  public static final String ITEM_CODE = "代码";
  public static final String ITEM = "项目";
  public static final String ANSWER = "评估结果";
  public static final String POINTS = "分值";
  public static final String POINTS_VALUE = "%d 分";
  public static final String SUBTOTAL = "%s %s（小计 %d 分）";
  public static final String SECTION_ROW = "%s %s";
  public static final String UNANSWERED = "未作答";
  public static final String ANSWER_SEPARATOR = "；";

  public static final String ASSESSOR = "评估员";
  /** 王芳（wangfang）: a person's name and their user name. */
  public static final String NAME_WITH_USER = "%s（%s）";
  public static final String CERTIFICATE = "评估员证书编号";
  public static final String SECOND_ASSESSOR = "第二评估员";
  public static final String PLACE = "评估地点";
  public static final String VISITED_AT = "评估时间";
  public static final String FINALIZED_AT = "完成时间";
  public static final String REVIEWER = "审核人";
  public static final String REVIEWED_AT = "审核时间";
  public static final String INFORMANT = "老年人或信息提供者";

  public static final String FORM = "评估表";
  public static final String FORM_VALUE = "%s 版本 %s（%s《%s》）";
  public static final String FORM_HASH = "评估表内容摘要";
  public static final String CONTENT_HASH = "记录内容摘要";

  public static final String STAMP_INCOMPLETE = "未完成";

  /** The status of a printed assessment, and the stamp on every page of those that are not an official result. */
  public static final String STATUS_DRAFT = "草稿";
  public static final String STAMP_DRAFT = "草稿 不作为评估结论";
  public static final String STATUS_FINALIZED = "已完成";
  public static final String STATUS_RETURNED = "已退回";
  public static final String STAMP_RETURNED = "已退回 待更正";
  public static final String STATUS_APPROVED = "已审核";
  public static final String STATUS_SUPERSEDED = "已被更正";
  public static final String STAMP_SUPERSEDED = "已被更正 以更正版本为准";
  public static final String STATUS_UNREGISTERED = "未登记（由答案文件生成）";
  public static final String STAMP_UNREGISTERED = "未登记 仅供核对";
  public static final String STAMP_SEPARATOR = " · ";
  public static final String HEADER_SEPARATOR = " · ";

  // ------------------------------------------------------------------------------------------ from the store

  /** A guardian's signature box when the elder signed too (otherwise the guardian signs as the informant). */
  public static final String GUARDIAN = "监护人";
  /** The remark under a result: why it was corrected, or why the office sent it back. */
  public static final String REMARK_CORRECTION = "更正原因：%s";
  public static final String REMARK_RETURNED = "退回意见：%s";

  /** Annex-A facts of an elder's file (GB/T 42195 A.1), as labels. */
  public static final String ETHNICITY = "民族";
  public static final String RELIGION = "宗教信仰";
  public static final String MARITAL_STATUS = "婚姻状况";
  public static final String EDUCATION = "文化程度";
  public static final String LIVING_ARRANGEMENT = "居住情况";
  public static final String MEDICAL_PAYMENT = "医疗费用支付方式";
  public static final String INCOME_SOURCE = "经济来源";
  public static final String ECONOMIC_STATUS = "经济状况";
  public static final String PHONE = "联系电话";

  // ------------------------------------------------------------------------------------------ elder summary

  public static final String ELDER_SUMMARY_TITLE = "老年人档案摘要";
  /** {0} the day the summary was made: age, 高龄 and whether a result still holds are judged on it. */
  public static final String ELDER_SUMMARY_SUBTITLE = "一人一档 · 截至 %s";
  public static final String ELDER_ID = "档案编号";
  public static final String SECTION_FLAGS = "特殊困难情况";
  public static final String SECTION_CONTACTS = "联系人及监护人";
  public static final String SECTION_RESULTS = "能力评估及评定结果";
  public static final String SECTION_CASES_AND_BEDS = "居家适老化改造和家庭养老床位";
  public static final String SECTION_CASES = "居家适老化改造";
  public static final String SECTION_BEDS = "家庭养老床位";
  /** A section with nothing in it yet. */
  public static final String NOTHING_YET = "暂无";
  /** No hardship flag is set. */
  public static final String NO_FLAGS = "无";
  /** 高龄 (80 and over), judged on the day of printing. */
  public static final String ADVANCED_AGE = "高龄（80 岁及以上）";
  public static final String CONTACT_NAME = "姓名";
  public static final String RELATION = "与老年人关系";
  public static final String IS_GUARDIAN = "监护人";
  public static final String YES = "是";
  public static final String STANDARD = "标准或证件";
  public static final String RESULT = "结果";
  public static final String DECIDED_ON = "评定日期";
  public static final String VALID_UNTIL = "有效期至";
  public static final String DECIDED_BY = "评估员或发证机构";
  public static final String STANDING = "状态";
  public static final String NO_EXPIRY = "长期";
  public static final String STANDING_VALID = "有效";
  public static final String STANDING_EXPIRED = "已过期";
  public static final String STANDING_IN_REVIEW = "待审核";
  public static final String STANDING_SUPERSEDED = "已被更正";
  public static final String EXTERNAL_DISABILITY = "残疾人证";
  public static final String EXTERNAL_LTC = "长期护理保险失能等级";
  public static final String EXTERNAL_CAPABILITY = "老年人能力等级（其他评估机构）";
  /** 残疾人证 categories (GB/T 26341-2010), in the order of the enum that holds them. */
  public static final List<String> DISABILITY_CATEGORIES =
      List.of("视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾");
  /** 残疾人证 grades 1 to 4. */
  public static final List<String> DISABILITY_GRADES = List.of("一级", "二级", "三级", "四级");
  /** A category and its grade: 肢体残疾 二级. */
  public static final String CATEGORY_GRADE = "%s %s";
  public static final String SUMMARY_SCOPE = "内容范围";
  public static final String SUMMARY_SCOPE_VALUE =
      "本摘要所列档案信息和评定结果；年龄、高龄和是否过期按打印日推算，不在核验范围内";

  // ------------------------------------------------------------------------------------------ monthly statistics

  public static final String STATS_TITLE = "老年人能力评估月度统计";
  /** Township, then the month: 城关镇 · 2026 年 11 月. */
  public static final String STATS_SUBTITLE = "%s · %d 年 %d 月";
  public static final String MONTH_VALUE = "%d 年 %d 月";
  public static final String ALL_TOWNSHIPS = "全部乡镇（街道）";
  public static final String UNKNOWN_TOWNSHIP = "未填写乡镇";
  public static final String TOWNSHIP = "乡镇（街道）";
  public static final String TOWNSHIP_CODE = "区划代码";
  public static final String MONTH = "统计月份";
  public static final String AS_OF = "数据截至";
  public static final String MONTH_OPEN_NOTICE = "本月尚未结束：数字截至 %s，月末前还会变化；核验时如已变化将显示不一致。";
  public static final String STATS_BASIS = "统计口径：在册老年人为截至当日建档且未删除的档案；能力等级为截至当日最新有效的"
      + " GB/T 42195 最终等级；完成评估为本月完成且截至当日未被退回或更正的评估；逾期为截至当日已超过有效期、"
      + "尚未复评的最新结果（每人每种评估表计一次）。";
  public static final String SECTION_OVERVIEW = "概况";
  public static final String ELDERS = "在册老年人";
  public static final String ASSESSMENTS_DONE = "本月完成评估";
  public static final String OF_WHICH_APPROVED = "其中已审核";
  public static final String OVERDUE = "月末逾期未复评";
  public static final String PEOPLE_VALUE = "%d 人";
  public static final String TIMES_VALUE = "%d 次";
  public static final String SECTION_BY_LEVEL = "按老年人能力等级";
  public static final String SECTION_BY_FLAG = "按特殊困难情况";
  public static final String SECTION_BY_FORM = "评估完成和逾期未复评（按评估表）";
  public static final String SECTION_TOWNSHIPS = "各乡镇（街道）";
  public static final String NOT_ASSESSED = "未评估";
  public static final String LEVEL = "能力等级";
  public static final String CATEGORY = "类别";
  public static final String COUNT = "人数";
  public static final String SHARE = "占比";
  public static final String SHARE_VALUE = "%.1f%%";
  public static final String TOTAL_ROW = "合计";
  public static final String OVERDUE_SHORT = "逾期";
  public static final String CHART_LEVELS = "老年人能力等级分布（人）";
  public static final String CHART_FLAGS = "特殊困难老年人（人）";
  public static final String AXIS_PEOPLE = "人数";
  public static final String STATS_SCOPE = "统计范围";

  // ------------------------------------------------------------------------------------------ file names

  /** File names offered when saving: the kind, a date and a short record id; never a person's name. */
  public static final String FILE_ASSESSMENT = "评估报告_%s_%s.pdf";
  public static final String FILE_ELDER_SUMMARY = "档案摘要_%s_%s.pdf";
  /** Township code (or {@link #FILE_ALL}) and month. */
  public static final String FILE_STATISTICS = "月度统计_%s_%s.pdf";
  /** Township code (or {@link #FILE_ALL}), first and last day. */
  public static final String FILE_BATCH = "评估报告汇总_%s_%s_%s.pdf";
  public static final String FILE_ALL = "全部乡镇";
  /** The combined batch PDF's title in its metadata. */
  public static final String BATCH_TITLE = "老年人能力评估报告汇总";
}

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
}

package org.yiping.report.assessment;

/**
 * Where the printed assessment stands, as the report says it. Only {@link #FINALIZED} and {@link #APPROVED} print
 * without a stamp; every other status is stamped on each page, so a draft can never pass for a result.
 */
public enum ReportStatus {
  DRAFT("草稿", "草稿 不作为评估结论"),
  FINALIZED("已完成", null),
  RETURNED("已退回", "已退回 待更正"),
  APPROVED("已审核", null),
  SUPERSEDED("已被更正", "已被更正 以更正版本为准"),
  /** Printed from an answers file ({@code yiping report score}): no stored record stands behind it. */
  UNREGISTERED("未登记（由答案文件生成）", "未登记 仅供核对");

  private final String label;
  private final String stamp;

  ReportStatus(String label, String stamp) {
    this.label = label;
    this.stamp = stamp;
  }

  /** As printed in the status field. */
  public String label() {
    return label;
  }

  /** The stamp on every page, {@code null} for an official result. */
  public String stamp() {
    return stamp;
  }

  public boolean official() {
    return stamp == null;
  }
}

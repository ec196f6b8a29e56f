package org.yiping.report.assessment;

import org.yiping.report.ReportText;

/**
 * Where the printed assessment stands, as the report says it. Only {@link #FINALIZED} and {@link #APPROVED} print
 * without a stamp; every other status is stamped on each page, so a draft can never pass for a result.
 */
public enum ReportStatus {
  DRAFT(ReportText.STATUS_DRAFT, ReportText.STAMP_DRAFT),
  FINALIZED(ReportText.STATUS_FINALIZED, null),
  RETURNED(ReportText.STATUS_RETURNED, ReportText.STAMP_RETURNED),
  APPROVED(ReportText.STATUS_APPROVED, null),
  SUPERSEDED(ReportText.STATUS_SUPERSEDED, ReportText.STAMP_SUPERSEDED),
  /** Printed from an answers file ({@code yiping report score}): no stored record stands behind it. */
  UNREGISTERED(ReportText.STATUS_UNREGISTERED, ReportText.STAMP_UNREGISTERED);

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

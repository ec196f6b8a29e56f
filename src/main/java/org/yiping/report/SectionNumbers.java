package org.yiping.report;

/** 一、二、三…: a report numbers its sections as they come, since which sections it has depends on its data. */
public final class SectionNumbers {
  private int next;

  /** {@code 一、基本信息}, then {@code 二、…} on the next call. */
  public String next(String heading) {
    return String.format(ReportText.HEADING_NUMBER, ReportText.NUMERALS.get(next++), heading);
  }
}

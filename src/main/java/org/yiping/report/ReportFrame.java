package org.yiping.report;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What every page of one report carries besides its body: the running header, the time the file was made (footer),
 * and an optional stamp in the top corner that says the paper is not an official result (草稿, 已被更正 ...).
 *
 * @param documentTitle the PDF's title in its metadata; never personal data
 * @param runningHeader small text at the top of every page, e.g. the report name and the person's name
 * @param printedAt when the file was made, printed in the footer to the minute
 * @param stamp {@code null} for an official copy
 */
public record ReportFrame(String documentTitle, String runningHeader, ZonedDateTime printedAt, String stamp) {
  public ReportFrame {
    Objects.requireNonNull(documentTitle, "documentTitle");
    Objects.requireNonNull(printedAt, "printedAt");
    runningHeader = runningHeader == null ? "" : runningHeader;
    stamp = stamp == null || stamp.isBlank() ? null : stamp;
  }
}

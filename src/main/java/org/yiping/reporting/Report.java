package org.yiping.reporting;

import java.util.Objects;
import java.util.UUID;
import org.yiping.report.ReportKind;

/**
 * A report made from the store, ready to preview, print or save.
 *
 * @param kind what it reports on; with {@code recordId}, what its verification code points at
 * @param recordId the assessment, the elder, or the statistics' name-based id
 * @param title for a window or a print job; never personal data
 * @param suggestedFileName a file name without personal data (评估报告_2026-11-20_01932c4e-7a10-7b2c-9d3e-0123456789ab.pdf)
 * @param pdf the PDF
 * @param verificationCode the code printed on it (for a combined visit, the code of {@code recordId}; every form
 *     of the visit carries its own on paper)
 */
public record Report(ReportKind kind, UUID recordId, String title, String suggestedFileName, byte[] pdf,
    String verificationCode) {
  public Report {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(pdf, "pdf");
  }

  /** Only kind and id: the bytes hold personal data and must not end up in a log. */
  @Override
  public String toString() {
    return "Report[" + kind + " " + recordId + ", " + pdf.length + " bytes]";
  }
}

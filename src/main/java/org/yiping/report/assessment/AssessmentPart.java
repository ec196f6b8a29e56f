package org.yiping.report.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;

/**
 * One assessment on one form: a report prints one (GB/T 42195 or LTC 2021 alone) or two of them (a combined visit).
 *
 * @param recordId the assessment's id (the verification code points at it)
 * @param contentHash the SHA-256 content hash stored with the assessment (hex, with or without {@code sha256:})
 * @param form the exact form version the answers were given on
 * @param answers item code → value, as stored
 * @param result the answers scored on {@code form}; must be valid (complete or not)
 * @param remark printed under the result when not blank: a correction reason, the office's comment
 */
public record AssessmentPart(UUID recordId, String contentHash, ReportStatus status, FormDefinition form,
    Map<String, ?> answers, ScoringResult result, String remark) {

  public AssessmentPart {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(result, "result");
    if (!result.formId().equals(form.id()) || !result.formVersion().equals(form.version())) {
      throw new IllegalArgumentException("the result is of " + result.formId() + "@" + result.formVersion()
          + ", not of " + form.key());
    }
    if (!result.valid()) {
      throw new IllegalArgumentException("invalid answers cannot be printed: score them first");
    }
    // A copy that keeps null values: an unanswered item may be stored as null.
    answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  public AssessmentPart(UUID recordId, String contentHash, ReportStatus status, FormDefinition form,
      Map<String, ?> answers, ScoringResult result) {
    this(recordId, contentHash, status, form, answers, result, null);
  }
}

package org.yiping.reporting;

import java.util.UUID;
import org.yiping.report.ReportKind;

/**
 * What the store says about a printed verification code.
 *
 * @param outcome whether the paper matches the record
 * @param kind what the code points at
 * @param recordId the record it points at
 * @param detail what the record is now, without personal data: an assessment's status ({@code APPROVED},
 *     {@code DRAFT} …), {@code ELDER}, or the statistics' township code and month; {@code null} when not found
 * @param supersededBy for {@link Outcome#MATCHES_SUPERSEDED}: the correction that replaced the assessment
 */
public record Verification(Outcome outcome, ReportKind kind, UUID recordId, String detail, UUID supersededBy) {

  /** The answer to "does this paper match the store?". */
  public enum Outcome {
    /** The paper was printed from the record as it is stored now. */
    MATCHES,
    /** The paper was printed from this assessment as it is stored, but a correction has replaced it since. */
    MATCHES_SUPERSEDED,
    /** The record exists, but its content is not what was printed: changed since, or the code was altered. */
    CHANGED_SINCE_PRINTED,
    /** No such record in this store (another laptop's record not yet synced, a deleted file, a made-up code). */
    NOT_FOUND,
    /** A printout of an answers file ({@code yiping report score}): no store ever holds it. */
    UNREGISTERED
  }

  /** The message bundle key that tells a person what the outcome means. */
  public String messageKey() {
    return "reporting.verify.outcome." + outcome.name();
  }

  /** True only for {@link Outcome#MATCHES}: the paper is the current record. */
  public boolean matches() {
    return outcome == Outcome.MATCHES;
  }
}

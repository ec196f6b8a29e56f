package org.yiping.assessment.history;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of an elder's results history, from any standard: our own locked assessments and results entered from
 * other offices' documents, with the date, the validity and whether it still holds on the day asked.
 *
 * @param standard a form id ({@code gbt42195-2022}, {@code ltc-2021}) for our own results, or the
 *     {@link ExternalResultKind} name for an external one
 * @param level the level or grade on that standard's scale
 * @param levelName its name (能力中度受损, 重度失能Ⅰ级, 二级) when known
 * @param validUntil null when it does not expire (a disability certificate without a date, an exempt result)
 * @param state current, expired or superseded
 */
public record ResultRow(UUID id, UUID elderId, Source source, String standard, Integer level, String levelName,
    DisabilityCategory category, LocalDate decidedOn, LocalDate validUntil, String decidedBy, String documentNumber,
    State state, String note) {

  /** Where a result comes from. */
  public enum Source { OWN, EXTERNAL }

  /** Whether a result still holds. */
  public enum State { CURRENT, EXPIRED, SUPERSEDED, IN_REVIEW }
}

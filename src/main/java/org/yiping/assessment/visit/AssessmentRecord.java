package org.yiping.assessment.visit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An assessment as screens, reports and sync see it. */
public record AssessmentRecord(UUID id, long rev, UUID elderId, String formId, String formVersion, String formHash,
    AssessmentReason reason, AssessmentStatus status, Map<String, Object> answers, String currentItem,
    String assessor, String certificateNumber, String secondAssessor, String visitPlace, Instant startedAt,
    Instant finalizedAt, String contentHash, Integer totalScore, Integer finalLevel, UUID supersedesId,
    String correctionReason, String reviewComment, String reviewedBy, Instant reviewedAt) {

  public AssessmentRecord {
    answers = Map.copyOf(answers);
  }
}

package org.yiping.assessment.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.yiping.assessment.visit.AssessmentReason;

/** A planned visit; {@code visitId} is set once the assessment was started from it. */
public record PlannedVisitRecord(UUID id, UUID elderId, String assessor, LocalDate plannedOn,
    AssessmentReason reason, String note, UUID visitId) {}

package org.yiping.assessment.visit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A result that is due for reassessment soon, or already overdue: the latest locked assessment of an elder on one
 * form, valid for the configured months from the day it was finalized.
 */
public record Reassessment(UUID assessmentId, UUID elderId, String elderName, String townshipCode, String formId,
    String assessor, Integer finalLevel, LocalDate assessedOn, LocalDate validUntil, boolean overdue) {}

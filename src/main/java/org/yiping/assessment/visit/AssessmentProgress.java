package org.yiping.assessment.visit;

import org.yiping.assessment.engine.ScoringResult;

/** An assessment and where it stands now: live dimension scores and level, or what is still missing. */
public record AssessmentProgress(AssessmentRecord assessment, ScoringResult result) {}

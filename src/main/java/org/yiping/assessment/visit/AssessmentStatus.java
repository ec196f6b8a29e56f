package org.yiping.assessment.visit;

/** Where an assessment stands. Only a DRAFT changes; the others are locked and hashed. */
public enum AssessmentStatus {
  /** Being filled in; every answer is saved the moment it is given. */
  DRAFT,
  /** Complete, confirmed by a certified assessor, locked and hashed; waiting for review. */
  FINALIZED,
  /** Sent back by the township office with a comment; corrected by a new version. */
  RETURNED,
  /** Accepted by the township office. */
  APPROVED,
  /** Replaced by a corrected version; stays readable. */
  SUPERSEDED
}

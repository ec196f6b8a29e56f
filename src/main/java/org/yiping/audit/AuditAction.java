package org.yiping.audit;

/** What the audit log records. The names are stored; keep them stable. */
public enum AuditAction {
  SETUP,
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_OUT,
  LOCK,
  UNLOCK,
  UNLOCK_FAILED,
  PASSWORD_CHANGED,
  USER_CREATED,
  USER_DISABLED,
  USER_ENABLED,
  USER_PASSWORD_RESET,
  ELDER_VIEWED,
  ELDER_CREATED,
  ELDER_UPDATED,
  ELDER_DELETED,
  ELDER_IMPORTED,
  ELDER_EXPORTED,
  ADAPTATION_APPLIED,
  ADAPTATION_PLANNED,
  ADAPTATION_ADVANCED,
  ADAPTATION_SENT_BACK,
  ADAPTATION_TERMINATED,
  BED_OPENED,
  BED_LOGGED,
  BED_CLOSED,
  CARE_VISIT_RECORDED,
  CARE_VISITOR_ASSIGNED,
  AUDIT_VIEWED,
  SETTINGS_CHANGED,
  ASSESSMENT_STARTED,
  ASSESSMENT_VIEWED,
  ASSESSMENT_FINALIZED,
  ASSESSMENT_APPROVED,
  ASSESSMENT_RETURNED,
  ASSESSMENT_CORRECTED,
  EVIDENCE_ADDED,
  EVIDENCE_VIEWED,
  EVIDENCE_REMOVED,
  EXTERNAL_RESULT_ADDED,
  EXTERNAL_RESULT_REMOVED,
  VISIT_PLANNED,
  VISIT_PLAN_CANCELLED,
  /** A report made for the screen (preview); the detail names the report kind, never personal data. */
  REPORT_VIEWED,
  /** A report sent to a printer. */
  REPORT_PRINTED,
  /** A report saved as a PDF file. */
  REPORT_SAVED,
  /** A batch of assessment reports written to files; the detail holds the scope and the count. */
  REPORT_BATCH,
  /** A verification code checked against the store; the detail holds the outcome. */
  REPORT_VERIFIED,
  // Sync with the regional centre (issue 7); details hold counts and field names, never values.
  /** This laptop enrolled with a centre. */
  SYNC_ENROLLED,
  /** One sync with the centre: what went up, the answers, what came down. */
  SYNC_RUN,
  /** A person resolved a sync conflict; the detail names the fields and whose value each took. */
  SYNC_CONFLICT_RESOLVED,
  /** A refused record put back in line to be sent again. */
  SYNC_RECORD_REQUEUED,
  /** The outbox written to a batch file for the centre. */
  SYNC_BATCH_EXPORTED,
  /** A batch file handed to the centre through this laptop. */
  SYNC_BATCH_RELAYED,
  /** A form version published by the centre installed by sync; the detail holds its content hash. */
  SYNC_FORM_INSTALLED,
  /** Two files of the same person merged into the centre's; the detail holds ids, a count and field names. */
  SYNC_DUPLICATE_MERGED
}

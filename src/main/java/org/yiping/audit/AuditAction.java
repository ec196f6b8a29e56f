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
  AUDIT_VIEWED,
  SETTINGS_CHANGED
}

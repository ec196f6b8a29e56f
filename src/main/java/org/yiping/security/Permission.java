package org.yiping.security;

/** What a role may do. Checked in services (the last line) and used by screens to hide what a role cannot use. */
public enum Permission {
  MANAGE_USERS,
  VIEW_AUDIT,
  VIEW_ELDERS,
  EDIT_ELDERS,
  DELETE_ELDERS,
  CHANGE_SETTINGS,
  IMPORT_ELDERS,
  ASSESS,
  REVIEW,
  PRINT,
  SYNC
}

package org.yiping.security;

import java.util.EnumSet;
import java.util.Set;

/** The three roles of the product, with what each may do. Every screen and command asks through {@link Session}. */
public enum Role {
  /** Enrols devices and users, settings, audit log. */
  ADMIN(EnumSet.of(Permission.MANAGE_USERS, Permission.VIEW_AUDIT, Permission.CHANGE_SETTINGS,
      Permission.VIEW_ELDERS, Permission.EDIT_ELDERS, Permission.DELETE_ELDERS, Permission.IMPORT_ELDERS,
      Permission.SYNC)),
  /** 评估员: holds a certificate; visits elders and assesses them. */
  ASSESSOR(EnumSet.of(Permission.VIEW_ELDERS, Permission.EDIT_ELDERS, Permission.ASSESS, Permission.SYNC)),
  /** 审核员 (township office): reviews, manages cases, prints reports and statistics. */
  REVIEWER(EnumSet.of(Permission.VIEW_ELDERS, Permission.EDIT_ELDERS, Permission.IMPORT_ELDERS, Permission.REVIEW,
      Permission.PRINT, Permission.SYNC));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}

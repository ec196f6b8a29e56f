package org.yiping.bed;

/** The home services a family bed delivers (助餐 助浴 助洁 助行 助医 助急). */
public enum ServiceKind {
  MEAL,
  BATH,
  CLEANING,
  MOBILITY,
  MEDICAL,
  EMERGENCY
}

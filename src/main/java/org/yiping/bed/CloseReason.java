package org.yiping.bed;

/** Why a bed was closed (撤床). */
public enum CloseReason {
  RECOVERED,
  MOVED_TO_INSTITUTION,
  DIED,
  OTHER
}

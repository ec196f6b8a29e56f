package org.yiping.bed;

/** What a bed's log holds: a home service visit, a monthly check, a device alert entered by hand, a referral. */
public enum EventKind {
  SERVICE,
  CHECK,
  ALERT,
  REFERRAL
}

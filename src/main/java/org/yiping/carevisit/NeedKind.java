package org.yiping.carevisit;

/** What a visitor found the elder needs. */
public enum NeedKind {
  MEDICAL,
  DAILY_LIVING,
  SAFETY,
  PSYCHOLOGICAL,
  ECONOMIC,
  OTHER
}

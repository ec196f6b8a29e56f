package org.yiping.bed;

/** Where a referral to another bed stands. */
public enum ReferralStatus {
  REQUESTED,
  ACCEPTED,
  COMPLETED,
  CANCELLED
}

package org.yiping.bed;

/** The four beds of 四床联动, where a family bed refers an elder to. */
public enum BedKind {
  HOME_HOSPITAL_BED,
  INSTITUTION_BED,
  HOSPITAL_BED
}

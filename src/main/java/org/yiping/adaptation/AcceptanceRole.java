package org.yiping.adaptation;

/** Who signs the acceptance (验收) of the works: the family, the contractor, the township office. */
public enum AcceptanceRole {
  FAMILY,
  CONTRACTOR,
  OFFICE
}

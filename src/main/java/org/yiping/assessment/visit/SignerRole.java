package org.yiping.assessment.visit;

/** Who signed an assessment: the assessor, a second assessor where a region requires two, the elder or a guardian. */
public enum SignerRole {
  ASSESSOR,
  SECOND_ASSESSOR,
  ELDER,
  GUARDIAN
}

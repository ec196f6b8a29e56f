package org.yiping.assessment.history;

/** The categories printed on a 残疾人证 (GB/T 26341-2010). */
public enum DisabilityCategory {
  VISION,
  HEARING,
  SPEECH,
  PHYSICAL,
  INTELLECTUAL,
  MENTAL,
  MULTIPLE
}

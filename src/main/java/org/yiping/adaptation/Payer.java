package org.yiping.adaptation;

/** Who pays for an item: the government subsidy (basic items for eligible households) or the family. */
public enum Payer {
  SUBSIDY,
  FAMILY
}

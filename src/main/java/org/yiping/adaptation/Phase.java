package org.yiping.adaptation;

/** When a photo of an item was taken: before the works or after them. */
public enum Phase {
  BEFORE,
  AFTER
}

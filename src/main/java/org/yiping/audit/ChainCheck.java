package org.yiping.audit;

/** The outcome of walking the audit chain: intact, or the first sequence number where it breaks and how. */
public record ChainCheck(boolean intact, long entriesChecked, long firstBadSeq, Problem problem) {
  public enum Problem { CONTENT_CHANGED, LINK_BROKEN, MISSING_ENTRY }

  static ChainCheck intact(long checked) {
    return new ChainCheck(true, checked, 0, null);
  }

  static ChainCheck broken(long checked, long seq, Problem problem) {
    return new ChainCheck(false, checked, seq, problem);
  }
}

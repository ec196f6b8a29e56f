package org.yiping.reporting;

/** Told after each report of a batch: how many are done of how many. Called on the thread running the batch. */
@FunctionalInterface
public interface BatchProgress {
  void update(int done, int total);

  /** For callers that do not show progress. */
  BatchProgress NONE = (done, total) -> {};
}

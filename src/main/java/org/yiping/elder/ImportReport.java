package org.yiping.elder;

import java.util.List;

/**
 * What a roster import did. {@code imported} rows are in the store; every other data row of the file is in
 * {@code rejected} (with its row number and what to fix) or in {@code duplicates} (already on file, or twice in the
 * file). A cancelled import imported nothing.
 */
public record ImportReport(String charset, int imported, List<Rejected> rejected, List<Duplicate> duplicates,
    List<String> unknownColumns, List<String> ignoredColumns, boolean cancelled) {

  public record Rejected(int row, String reason) {}

  /** {@code existingId}: the file already on record; or {@code firstRow}: the earlier row of the same file. */
  public record Duplicate(int row, String reason, String existingId, Integer firstRow) {}
}

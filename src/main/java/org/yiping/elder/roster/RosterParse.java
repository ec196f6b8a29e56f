package org.yiping.elder.roster;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * A whole roster read into memory.
 *
 * @param header the header report
 * @param rows valid rows, in file order
 * @param rejections invalid rows with what to fix
 * @param duplicates rows repeating an earlier row's ID number
 * @param cancelled whether reading stopped early because it was cancelled
 */
public record RosterParse(RosterHeader header, List<RosterRow> rows, List<RowRejection> rejections,
    List<DuplicateRow> duplicates, boolean cancelled) {
  public RosterParse {
    rows = List.copyOf(rows);
    rejections = List.copyOf(rejections);
    duplicates = List.copyOf(duplicates);
  }

  public Charset charset() {
    return header.charset();
  }

  public Map<String, RosterField> columns() {
    return header.columns();
  }

  public List<String> unknownHeaders() {
    return header.unknownHeaders();
  }

  public List<IgnoredColumn> ignoredHeaders() {
    return header.ignoredHeaders();
  }
}

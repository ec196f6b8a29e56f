package org.yiping.elder.roster;

/** Receives a roster row by row while it is read (see {@link RosterReader#read(java.io.InputStream, String,
 * RosterSink, java.util.function.BooleanSupplier)}). Called on the reading thread. */
public interface RosterSink {
  /** Once, before any row. */
  default void header(RosterHeader header) {
  }

  void row(RosterRow row);

  void rejected(RowRejection rejection);

  void duplicate(DuplicateRow duplicate);

  /** Every {@value RosterReader#PROGRESS_EVERY} data rows and once at the end: data rows read so far. */
  default void progress(int rowsRead) {
  }
}

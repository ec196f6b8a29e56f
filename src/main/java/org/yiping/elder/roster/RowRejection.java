package org.yiping.elder.roster;

/**
 * A roster row that was not imported.
 *
 * @param row the spreadsheet row number the user sees (header = 1, first data row = 2)
 * @param reason what to fix, in the reader's language; several problems are joined with "；"
 */
public record RowRejection(int row, String reason) {
}

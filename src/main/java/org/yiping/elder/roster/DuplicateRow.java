package org.yiping.elder.roster;

/**
 * A row whose citizen ID number already appeared earlier in the same file; it is not imported.
 *
 * @param row the later row (spreadsheet numbering)
 * @param firstRow the earlier row with the same ID number
 * @param reason the user-facing sentence
 */
public record DuplicateRow(int row, int firstRow, String reason) {
}

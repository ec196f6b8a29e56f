package org.yiping.elder.roster;

/**
 * A header the reader recognised but does not import.
 *
 * @param header the header as written
 * @param reason why, in the reader's language
 */
public record IgnoredColumn(String header, String reason) {
}

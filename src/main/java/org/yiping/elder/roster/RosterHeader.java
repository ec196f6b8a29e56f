package org.yiping.elder.roster;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * What the reader made of a roster's header.
 *
 * @param charset the detected encoding (UTF-8 with or without BOM, GB18030 for GBK files, UTF-16 with a BOM)
 * @param headerRow the spreadsheet row of the header (1 unless title rows come first)
 * @param columns recognised headers as written → field, in column order
 * @param unknownHeaders headers that mean nothing to the reader; their columns are ignored
 * @param ignoredHeaders headers recognised but not imported, with the reason
 */
public record RosterHeader(Charset charset, int headerRow, Map<String, RosterField> columns,
    List<String> unknownHeaders, List<IgnoredColumn> ignoredHeaders) {
  public RosterHeader {
    columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    unknownHeaders = List.copyOf(unknownHeaders);
    ignoredHeaders = List.copyOf(ignoredHeaders);
  }
}

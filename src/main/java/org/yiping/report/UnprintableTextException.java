package org.yiping.report;

import java.util.List;
import java.util.stream.Collectors;
import org.yiping.core.UserFacingException;

/**
 * Text for a report holds characters the bundled font cannot draw. A report is refused rather than printed with a
 * blank or a box in a person's name: the message names the field and each character with its code point (U+20000),
 * which is what someone needs to report the gap or to correct a typing mistake.
 */
public final class UnprintableTextException extends UserFacingException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final List<Integer> codePoints;

  public UnprintableTextException(String field, List<Integer> codePoints) {
    super("report.problem.missingGlyphs", field, describe(codePoints));
    this.field = field;
    this.codePoints = List.copyOf(codePoints);
  }

  /** The label of the field that holds the characters, e.g. 姓名. */
  public String field() {
    return field;
  }

  /** The missing characters as code points, in order of first appearance. */
  public List<Integer> codePoints() {
    return codePoints;
  }

  /** {@code 𠀀 (U+20000)、… }: the character itself for a reader whose screen has it, the code point for everyone. */
  static String describe(List<Integer> codePoints) {
    return codePoints.stream()
        .map(cp -> new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")")
        .collect(Collectors.joining(ReportText.LIST_SEPARATOR));
  }
}

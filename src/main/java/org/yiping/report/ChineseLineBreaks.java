package org.yiping.report;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese may break. OpenPDF breaks after any CJK character, which can start a line with "，" or
 * "）" and end one with "（". Chinese typesetting (GB/T 15834 on punctuation) keeps closing punctuation with the
 * character before it and opening punctuation with the one after; everything else is as OpenPDF does it.
 */
final class ChineseLineBreaks implements SplitCharacter {
  static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

  /** Never at the start of a line. */
  private static final String CLOSING = "，。、；：！？）》」』】〕〉’”％,.;:!?)]}…·";
  /** Never at the end of a line. */
  private static final String OPENING = "（《「『【〔〈‘“([{";

  private ChineseLineBreaks() {}

  /** Whether a line may end right after the character at {@code current}. */
  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = cc[current];
    char next = current + 1 < end ? cc[current + 1] : 0;
    if (next != 0 && CLOSING.indexOf(next) >= 0) {
      return false;
    }
    if (OPENING.indexOf(c) >= 0) {
      return false;
    }
    if (CLOSING.indexOf(c) >= 0 && c > 0x2000) {
      return true;
    }
    return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
  }
}

package org.yiping.report.bed;

/** How a name shows on a label that hangs in a home where visitors see it: the first and last character only. */
public final class BedLabelsNames {
  private BedLabelsNames() {}

  /**
   * {@code 张秀兰 → 张*兰}, {@code 王芳 → 王*}, {@code 欧阳喆堃 → 欧**堃}; a name of one character is hidden whole.
   * Counts characters, not UTF-16 units, so a rare character beyond the BMP is one star. A separator dot
   * (艾力·买买提) is kept so the shape of the name stays readable.
   */
  public static String mask(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    int[] cps = name.strip().codePoints().toArray();
    if (cps.length == 1) {
      return "*";
    }
    StringBuilder b = new StringBuilder().appendCodePoint(cps[0]);
    int last = cps.length == 2 ? -1 : cps.length - 1;
    for (int i = 1; i < cps.length; i++) {
      if (i == last) {
        b.appendCodePoint(cps[i]);
      } else if (cps[i] == '·' || cps[i] == '•' || cps[i] == '.') {
        b.appendCodePoint(cps[i]);
      } else {
        b.append('*');
      }
    }
    return b.toString();
  }
}

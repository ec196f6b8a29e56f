package org.yiping.testdata;

import java.util.List;

/** The 26 scored items of GB/T 42195 and their maxima (full marks: 90, level 0), for tests that fill a form. */
public final class GbtItems {
  public static final List<String> ITEMS = List.of("B.1.1", "B.1.2", "B.1.3", "B.1.4", "B.1.5", "B.1.6", "B.1.7",
      "B.1.8", "B.2.1", "B.2.2", "B.2.3", "B.2.4", "B.3.1", "B.3.2", "B.3.3", "B.3.4", "B.3.5", "B.3.6", "B.3.7",
      "B.3.8", "B.3.9", "B.4.1", "B.4.2", "B.4.3", "B.4.4", "B.4.5");
  public static final List<Integer> MAXIMA = List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 1, 1, 2,
      2, 2, 4, 3, 4);

  private GbtItems() {}
}

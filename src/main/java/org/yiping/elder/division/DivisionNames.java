package org.yiping.elder.division;

import org.yiping.core.validation.TextNormalizer;

/**
 * Matching keys for division names as rosters spell them. Two names denote the same division when their keys are
 * equal. The key drops blanks, makes full-width forms half-width (so （ and ( agree), and unifies the usual suffix
 * variants:
 *
 * <ul>
 *   <li>村民委员会, 村委会 → 村</li>
 *   <li>社区居民委员会, 社区居委会, 社区居委, 居民委员会, 居委会 → 社区</li>
 *   <li>街道办事处, 办事处 → 街道; 镇人民政府 → 镇; 乡人民政府 → 乡</li>
 * </ul>
 *
 * 镇, 乡 and 街道 are otherwise kept as written: 阿克苏乡 and 阿克苏镇 are different keys. A name written with no
 * suffix at all (燕儿窝 for 燕儿窝街道) is matched through the {@link #bareKey bare key}, which drops the final
 * 村/社区/街道/镇/乡.
 */
public final class DivisionNames {
  private static final String[][] REWRITES = {
      {"社区居民委员会", "社区"}, {"社区居委会", "社区"}, {"社区居委", "社区"}, {"村民委员会", "村"},
      {"村委会", "村"}, {"居民委员会", "社区"}, {"居委会", "社区"}, {"街道办事处", "街道"}, {"办事处", "街道"},
      {"镇人民政府", "镇"}, {"乡人民政府", "乡"}};
  private static final String[] SUFFIXES = {"社区", "街道", "村", "镇", "乡"};

  private DivisionNames() {
  }

  /** The matching key of {@code name}; empty for a blank name. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = TextNormalizer.removeBlanks(TextNormalizer.toHalfWidth(name));
    s = s.replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')');
    for (String[] r : REWRITES) {
      if (s.endsWith(r[0]) && s.length() > r[0].length()) {
        return s.substring(0, s.length() - r[0].length()) + r[1];
      }
    }
    return s;
  }

  /** Whether the key ends with one of the type suffixes 村, 社区, 街道, 镇, 乡. */
  public static boolean hasSuffix(String key) {
    for (String suffix : SUFFIXES) {
      if (key.endsWith(suffix) && key.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  /** {@code key} without its final type suffix (村, 社区, 街道, 镇, 乡), if it has one. */
  public static String bareKey(String key) {
    for (String suffix : SUFFIXES) {
      if (key.endsWith(suffix) && key.length() > suffix.length()) {
        return key.substring(0, key.length() - suffix.length());
      }
    }
    return key;
  }
}

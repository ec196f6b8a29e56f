package org.yiping.elder.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.yiping.core.validation.TextNormalizer;

/**
 * Pinyin search keys of a name: tone-less, lower-case, ü written {@code v}.
 *
 * <ul>
 *   <li>{@link #full()}: whole-name pinyin, e.g. 张秀兰 → {@code zhangxiulan};</li>
 *   <li>{@link #initials()}: first letters, e.g. {@code zxl};</li>
 *   <li>{@link #fullTails()} / {@link #initialTails()}: the same strings starting at a later syllable ({@code xiulan},
 *       {@code lan}; {@code xl}), so a user may type the given name only.</li>
 * </ul>
 *
 * Polyphonic characters give one combination per reading, at most {@link #MAX_COMBINATIONS}, first readings first;
 * a surname in the first position gets its surname reading first (单 shan, 曾 zeng, 解 xie, …). Uyghur and other
 * transcribed names work the same way; separator dots (·•・.) and blanks are ignored, Latin letters are kept
 * (lower-cased, one "syllable" per run), other characters are dropped. The first element of {@link #full()} is the
 * {@link #primary()} reading, used for sorting.
 */
public final class PinyinKeys {
  public static final int MAX_COMBINATIONS = 16;

  /** Surnames whose reading as a surname is not the first one pinyin4j lists. */
  private static final Map<Character, String> SURNAME_READINGS = Map.ofEntries(
      Map.entry('单', "shan"), Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('仇', "qiu"),
      Map.entry('朴', "piao"), Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('盖', "ge"),
      Map.entry('乐', "yue"), Map.entry('尉', "yu"), Map.entry('覃', "qin"), Map.entry('翟', "zhai"),
      Map.entry('员', "yun"), Map.entry('万', "wan"), Map.entry('重', "chong"),
      Map.entry('缪', "miao"), Map.entry('繁', "po"), Map.entry('宓', "mi"),
      Map.entry('召', "shao"), Map.entry('那', "na"), Map.entry('折', "she"), Map.entry('沈', "shen"),
      Map.entry('秘', "bi"), Map.entry('藏', "zang"), Map.entry('牟', "mou"), Map.entry('纪', "ji"));

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
  private static final Map<Character, String[]> CACHE = new ConcurrentHashMap<>(8192);
  private static final String[] NONE = new String[0];

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private final List<String> full;
  private final List<String> initials;
  private final List<String> fullTails;
  private final List<String> initialTails;

  private PinyinKeys(List<String> full, List<String> initials, List<String> fullTails, List<String> initialTails) {
    this.full = full;
    this.initials = initials;
    this.fullTails = fullTails;
    this.initialTails = initialTails;
  }

  /** The keys of {@code name}; empty lists for a blank name or one without Han characters or Latin letters. */
  public static PinyinKeys of(String name) {
    List<String[]> syllables = syllables(name);
    if (syllables.isEmpty()) {
      return new PinyinKeys(List.of(), List.of(), List.of(), List.of());
    }
    // Combinations, first readings first, capped.
    List<List<String>> combos = new ArrayList<>();
    combos.add(new ArrayList<>());
    for (String[] readings : syllables) {
      List<List<String>> next = new ArrayList<>(Math.min(MAX_COMBINATIONS, combos.size() * readings.length));
      outer:
      for (String reading : readings) {
        for (List<String> c : combos) {
          if (next.size() >= MAX_COMBINATIONS) {
            break outer;
          }
          List<String> n = new ArrayList<>(c.size() + 1);
          n.addAll(c);
          n.add(reading);
          next.add(n);
        }
      }
      combos = next;
    }
    Set<String> full = new LinkedHashSet<>();
    Set<String> initials = new LinkedHashSet<>();
    Set<String> fullTails = new LinkedHashSet<>();
    Set<String> initialTails = new LinkedHashSet<>();
    for (List<String> c : combos) {
      StringBuilder f = new StringBuilder();
      StringBuilder i = new StringBuilder();
      for (String s : c) {
        f.append(s);
        i.append(s.charAt(0));
      }
      full.add(f.toString());
      initials.add(i.toString());
      int offset = 0;
      for (int k = 0; k < c.size() - 1; k++) {
        offset += c.get(k).length();
        fullTails.add(f.substring(offset));
        if (c.size() - 1 - k >= 2) {
          initialTails.add(i.substring(k + 1));
        }
      }
    }
    return new PinyinKeys(List.copyOf(full), List.copyOf(initials), List.copyOf(fullTails),
        List.copyOf(initialTails));
  }

  /** Per Han character or Latin run, its distinct readings (preferred first). */
  static List<String[]> syllables(String name) {
    List<String[]> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    String s = TextNormalizer.toHalfWidth(name);
    boolean first = true;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        int j = i;
        while (j < s.length() && isLatin(s.charAt(j))) {
          j++;
        }
        out.add(new String[] {s.substring(i, j).toLowerCase(java.util.Locale.ROOT)});
        first = false;
        i = j;
        continue;
      }
      String[] readings = readings(c);
      if (readings.length > 0) {
        String surname = first ? SURNAME_READINGS.get(c) : null;
        if (surname != null) {
          LinkedHashSet<String> r = new LinkedHashSet<>();
          r.add(surname);
          r.addAll(List.of(readings));
          readings = r.toArray(NONE);
        }
        out.add(readings);
        first = false;
      }
      i++;
    }
    return out;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Distinct tone-less readings of one Han character, in pinyin4j's order; empty for other characters. */
  static String[] readings(char c) {
    if (c < '\u3400') {
      return NONE;
    }
    return CACHE.computeIfAbsent(c, PinyinKeys::lookup);
  }

  private static String[] lookup(char c) {
    String[] raw;
    try {
      raw = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
    if (raw == null || raw.length == 0) {
      return NONE;
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String r : raw) {
      if (r != null && !r.isEmpty() && r.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
        distinct.add(r);
      }
    }
    return distinct.toArray(NONE);
  }

  public List<String> full() {
    return full;
  }

  public List<String> initials() {
    return initials;
  }

  public List<String> fullTails() {
    return fullTails;
  }

  public List<String> initialTails() {
    return initialTails;
  }

  /** The preferred whole-name reading, or "" when there is none. */
  public String primary() {
    return full.isEmpty() ? "" : full.get(0);
  }
}

package org.yiping.elder.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.yiping.core.validation.TextNormalizer;
import org.yiping.elder.HardshipFlag;

/**
 * In-memory search-as-you-type over the elders of one installation (designed for 100,000 and more).
 *
 * <h2>Matching</h2>
 * The query text is made half-width and lower-case and split at blanks; every term must match (AND). Per term:
 * <ul>
 *   <li>Han characters (or any text): the name contains it (dots and blanks in names are ignored, so 阿依古丽买买提
 *       finds 阿依古丽·买买提), or the village name contains it;</li>
 *   <li>Latin letters: a pinyin reading or the initials of the name start with it ({@code zxl}, {@code zhangxiu}), or
 *       start with it from a later syllable on ({@code xiulan});</li>
 *   <li>digits, optionally ending in x: the ID number contains it (so typing the last digits works) or the phone
 *       number contains it.</li>
 * </ul>
 * Results are ordered by relevance (per term: exact 0, prefix 1, contains 2, village 3; summed over the terms) and
 * then by the name's pinyin, name and id, so equal queries always give the same order.
 *
 * <h2>Concurrency</h2>
 * Reads never lock: they scan an immutable snapshot (a sorted array) held in a volatile field. Writes are serialised
 * and publish a new snapshot (copy-on-write; a single put copies one reference array, {@link #putAll} re-sorts).
 * Personal data never leaves the index other than through the returned records.
 */
public final class ElderSearchIndex {
  private static final char SEP = '\u0001';
  private static final int MAX_TERMS = 8;
  private static final int RANK_EXACT = 0;
  private static final int RANK_PREFIX = 1;
  private static final int RANK_CONTAINS = 2;
  private static final int RANK_WEAK = 3;
  private static final int NO_MATCH = -1;

  private static final Comparator<Entry> ORDER = Comparator.<Entry, String>comparing(e -> e.sortKey)
      .thenComparing(e -> e.elder.id());

  private final Object writeLock = new Object();
  private final Map<UUID, Entry> byId = new HashMap<>(); // guarded by writeLock
  private volatile Entry[] snapshot = new Entry[0];

  /** Adds or replaces elders (by id) in one step; readers see all of them at once. */
  public void putAll(Collection<IndexedElder> elders) {
    List<Entry> fresh = new ArrayList<>(elders.size());
    for (IndexedElder e : elders) {
      fresh.add(new Entry(e));
    }
    synchronized (writeLock) {
      for (Entry e : fresh) {
        byId.put(e.elder.id(), e);
      }
      Entry[] next = byId.values().toArray(new Entry[0]);
      Arrays.sort(next, ORDER);
      snapshot = next;
    }
  }

  /** Every elder of a township (null: all), in list order, from the current snapshot. */
  public List<IndexedElder> all(String townshipCode) {
    Entry[] entries = snapshot;
    List<IndexedElder> out = new ArrayList<>(townshipCode == null ? entries.length : 256);
    for (Entry e : entries) {
      if (townshipCode == null || townshipCode.equals(e.elder.townshipCode())) {
        out.add(e.elder);
      }
    }
    return out;
  }

  /** Adds or replaces one elder (by id). */
  public void put(IndexedElder elder) {
    Entry entry = new Entry(Objects.requireNonNull(elder, "elder"));
    synchronized (writeLock) {
      Entry old = byId.put(elder.id(), entry);
      Entry[] current = snapshot;
      Entry[] base = old == null ? current : without(current, old);
      int pos = Arrays.binarySearch(base, entry, ORDER);
      int at = pos >= 0 ? pos : -pos - 1;
      Entry[] next = new Entry[base.length + 1];
      System.arraycopy(base, 0, next, 0, at);
      next[at] = entry;
      System.arraycopy(base, at, next, at + 1, base.length - at);
      snapshot = next;
    }
  }

  /** Removes the elder with {@code id}, if present. */
  public void remove(UUID id) {
    synchronized (writeLock) {
      Entry old = byId.remove(id);
      if (old != null) {
        snapshot = without(snapshot, old);
      }
    }
  }

  /** Removes everybody. */
  public void clear() {
    synchronized (writeLock) {
      byId.clear();
      snapshot = new Entry[0];
    }
  }

  public int size() {
    return snapshot.length;
  }

  private static Entry[] without(Entry[] array, Entry old) {
    int i = Arrays.binarySearch(array, old, ORDER);
    if (i < 0 || array[i] != old) {
      // Should not happen; fall back to a scan.
      i = -1;
      for (int k = 0; k < array.length; k++) {
        if (array[k] == old) {
          i = k;
          break;
        }
      }
      if (i < 0) {
        return array;
      }
    }
    Entry[] next = new Entry[array.length - 1];
    System.arraycopy(array, 0, next, 0, i);
    System.arraycopy(array, i + 1, next, i, array.length - i - 1);
    return next;
  }

  /**
   * The matches of {@code q} from {@code offset}, at most {@code limit} of them, with the total count.
   *
   * @throws IllegalArgumentException for a negative offset or limit
   */
  public SearchPage search(SearchQuery q, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    Entry[] entries = snapshot;
    Filter filter = new Filter(q);
    Term[] terms = Term.parse(q.text());

    if (terms.length == 0) {
      int total = 0;
      List<IndexedElder> page = new ArrayList<>(Math.min(limit, 256));
      for (Entry e : entries) {
        if (filter.accepts(e)) {
          if (total >= offset && page.size() < limit) {
            page.add(e.elder);
          }
          total++;
        }
      }
      return new SearchPage(page, total, offset, limit);
    }

    int buckets = RANK_WEAK * terms.length + 1;
    int[][] hits = new int[buckets][];
    int[] counts = new int[buckets];
    for (int i = 0; i < entries.length; i++) {
      Entry e = entries[i];
      if (!filter.accepts(e)) {
        continue;
      }
      int rank = 0;
      for (Term t : terms) {
        int r = t.rank(e);
        if (r == NO_MATCH) {
          rank = NO_MATCH;
          break;
        }
        rank += r;
      }
      if (rank == NO_MATCH) {
        continue;
      }
      int[] bucket = hits[rank];
      if (bucket == null) {
        bucket = hits[rank] = new int[64];
      } else if (counts[rank] == bucket.length) {
        bucket = hits[rank] = Arrays.copyOf(bucket, bucket.length * 2);
      }
      bucket[counts[rank]++] = i;
    }
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    List<IndexedElder> page = new ArrayList<>(Math.max(0, Math.min(limit, total - offset)));
    int skip = offset;
    for (int b = 0; b < buckets && page.size() < limit; b++) {
      int n = counts[b];
      if (skip >= n) {
        skip -= n;
        continue;
      }
      for (int k = skip; k < n && page.size() < limit; k++) {
        page.add(entries[hits[b][k]].elder);
      }
      skip = 0;
    }
    return new SearchPage(page, total, offset, limit);
  }

  /** Lower-case, half-width, without blanks and name separator dots. */
  static String simplify(String s) {
    if (s == null) {
      return "";
    }
    String h = TextNormalizer.toHalfWidth(s);
    StringBuilder sb = new StringBuilder(h.length());
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (TextNormalizer.isBlank(c) || isDot(c)) {
        continue;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  private static boolean isDot(char c) {
    return c == '·' || c == '•' || c == '・' || c == '.' || c == '\u2027' || c == '\u30FB' || c == '\u2022'
        || c == '\u00B7' || c == '\uFF65';
  }

  private static String joined(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    sb.append(SEP);
    for (String p : parts) {
      sb.append(p).append(SEP);
    }
    return sb.toString();
  }

  private static int letterMask(String s) {
    int m = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        m |= 1 << (c - 'a');
      }
    }
    return m;
  }

  /** An elder with precomputed, lower-case search keys. */
  private static final class Entry {
    final IndexedElder elder;
    final String sortKey;
    final String nameKey;
    final String villageKey;
    /** {@code \1full1\1full2\1initials1\1...\1}: exact = contains \1term\1, prefix = contains \1term. */
    final String pinyinHeads;
    /** Later-syllable tails, same layout. */
    final String pinyinTails;
    final int letters;
    final String idKey;
    final String phoneDigits;
    final String townshipCode;
    final String villageCode;
    final int flags;
    final long birthEpochDay;
    final int economicStatus;

    Entry(IndexedElder e) {
      this.elder = e;
      this.nameKey = simplify(e.name());
      this.villageKey = simplify(e.villageName());
      PinyinKeys keys = PinyinKeys.of(e.name());
      List<String> heads = new ArrayList<>(keys.full().size() + keys.initials().size());
      heads.addAll(keys.full());
      heads.addAll(keys.initials());
      List<String> tails = new ArrayList<>(keys.fullTails().size() + keys.initialTails().size());
      tails.addAll(keys.fullTails());
      tails.addAll(keys.initialTails());
      this.pinyinHeads = joined(heads);
      this.pinyinTails = tails.isEmpty() ? "" : joined(tails);
      this.letters = letterMask(pinyinHeads) | letterMask(pinyinTails) | letterMask(nameKey);
      this.sortKey = keys.primary() + '\u0000' + e.name();
      this.idKey = e.idNumber() == null ? "" : simplify(e.idNumber());
      this.phoneDigits = e.phone() == null ? "" : e.phone().replaceAll("[^0-9]", "");
      this.townshipCode = e.townshipCode();
      this.villageCode = e.villageCode();
      int f = 0;
      for (HardshipFlag flag : e.flags()) {
        f |= 1 << flag.ordinal();
      }
      this.flags = f;
      this.birthEpochDay = e.birthDate() == null ? Long.MAX_VALUE : e.birthDate().toEpochDay();
      this.economicStatus = e.economicStatus() == null ? -1 : e.economicStatus().ordinal();
    }
  }

  /** The non-text part of a query, precomputed. */
  private static final class Filter {
    final String codePrefix;
    final int flags;
    final boolean advancedAge;
    final long advancedAgeCutoff;
    final int economicStatus;

    Filter(SearchQuery q) {
      this.codePrefix = q.townshipCode() == null || q.townshipCode().isBlank() ? null
          : significantPrefix(q.townshipCode().strip());
      int f = 0;
      for (HardshipFlag flag : q.flags()) {
        if (flag != HardshipFlag.ADVANCED_AGE) {
          f |= 1 << flag.ordinal();
        }
      }
      this.flags = f;
      this.advancedAge = q.flags().contains(HardshipFlag.ADVANCED_AGE);
      LocalDate cutoff = q.today().minusYears(80);
      this.advancedAgeCutoff = cutoff.toEpochDay();
      this.economicStatus = q.economicStatus() == null ? -1 : q.economicStatus().ordinal();
    }

    boolean accepts(Entry e) {
      if ((e.flags & flags) != flags) {
        return false;
      }
      if (economicStatus >= 0 && e.economicStatus != economicStatus) {
        return false;
      }
      if (advancedAge && e.birthEpochDay > advancedAgeCutoff) {
        return false;
      }
      if (codePrefix != null) {
        return (e.townshipCode != null && e.townshipCode.startsWith(codePrefix))
            || (e.villageCode != null && e.villageCode.startsWith(codePrefix));
      }
      return true;
    }

    /** 650102015000 → 650102015; 650102000000 → 650102; 650100000000 → 6501. */
    private static String significantPrefix(String code) {
      if (code.length() != 12) {
        return code;
      }
      if (!code.endsWith("000")) {
        return code;
      }
      if (!code.endsWith("000000")) {
        return code.substring(0, 9);
      }
      if (!code.endsWith("00000000")) {
        return code.substring(0, 6);
      }
      if (!code.endsWith("0000000000")) {
        return code.substring(0, 4);
      }
      return code.substring(0, 2);
    }
  }

  /** One blank-separated term of the query text. */
  private static final class Term {
    enum Kind { LATIN, DIGITS, OTHER }

    final String text;
    final Kind kind;
    final String exactNeedle;
    final String prefixNeedle;
    final int letters;

    private Term(String text) {
      this.text = text;
      boolean latin = true;
      boolean digits = true;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        latin &= c >= 'a' && c <= 'z';
        digits &= (c >= '0' && c <= '9') || (c == 'x' && i == text.length() - 1 && i > 0);
      }
      this.kind = latin ? Kind.LATIN : digits ? Kind.DIGITS : Kind.OTHER;
      this.exactNeedle = SEP + text + SEP;
      this.prefixNeedle = SEP + text;
      this.letters = letterMask(text);
    }

    static Term[] parse(String raw) {
      String s = TextNormalizer.toHalfWidth(raw == null ? "" : raw).toLowerCase(Locale.ROOT);
      List<Term> terms = new ArrayList<>();
      for (String part : s.split("[\\s\\u00A0\\u3000]+")) {
        String t = simplify(part);
        if (!t.isEmpty() && terms.size() < MAX_TERMS) {
          terms.add(new Term(t));
        }
      }
      return terms.toArray(new Term[0]);
    }

    int rank(Entry e) {
      switch (kind) {
        case DIGITS: {
          int best = NO_MATCH;
          String id = e.idKey;
          if (!id.isEmpty()) {
            int at = id.indexOf(text);
            if (at >= 0) {
              best = at == 0 ? (id.length() == text.length() ? RANK_EXACT : RANK_PREFIX) : RANK_CONTAINS;
            }
          }
          if (best != RANK_EXACT && !e.phoneDigits.isEmpty()) {
            int at = e.phoneDigits.indexOf(text);
            if (at >= 0) {
              int r = at == 0 ? (e.phoneDigits.length() == text.length() ? RANK_EXACT : RANK_PREFIX) : RANK_CONTAINS;
              best = best == NO_MATCH ? r : Math.min(best, r);
            }
          }
          return best;
        }
        case LATIN: {
          if ((e.letters & letters) != letters) {
            return NO_MATCH;
          }
          int best = nameRank(e);
          if (best == RANK_EXACT) {
            return best;
          }
          if (e.pinyinHeads.contains(prefixNeedle)) {
            int r = e.pinyinHeads.contains(exactNeedle) ? RANK_EXACT : RANK_PREFIX;
            return best == NO_MATCH ? r : Math.min(best, r);
          }
          if (best == NO_MATCH && !e.pinyinTails.isEmpty() && e.pinyinTails.contains(prefixNeedle)) {
            return RANK_CONTAINS;
          }
          return best;
        }
        default: {
          int best = nameRank(e);
          if (best == NO_MATCH && !e.villageKey.isEmpty() && e.villageKey.contains(text)) {
            return RANK_WEAK;
          }
          return best;
        }
      }
    }

    private int nameRank(Entry e) {
      String n = e.nameKey;
      int at = n.indexOf(text);
      if (at < 0) {
        return NO_MATCH;
      }
      if (at > 0) {
        return RANK_CONTAINS;
      }
      return n.length() == text.length() ? RANK_EXACT : RANK_PREFIX;
    }
  }
}

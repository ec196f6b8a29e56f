package org.yiping.elder.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions of Xinjiang (自治区 → 地州市 → 县市区 → 乡镇街道 → 村社区), loaded once from the
 * bundled resource {@value #RESOURCE} (2023 statistical codes, see {@code divisions/SOURCE.md}). Immutable and
 * safe to share between threads.
 *
 * <p>Unknown codes never throw: {@link #find} is empty, {@link #children} and {@link #path} are empty lists and
 * {@link #fullName} gives the code back, so records carrying a code from an older edition still display.
 */
public final class DivisionCatalog {
  public static final String RESOURCE = "/divisions/xinjiang-divisions.tsv";
  public static final String ROOT_CODE = "650000000000";

  private final Division[] all; // sorted by code
  private final Map<String, Integer> indexByCode;
  private final Map<String, List<Division>> childrenByCode;
  private final Map<String, List<Division>> townshipsByKey;
  private final Map<String, List<Division>> townshipsByBareKey;
  private final String[] keys; // DivisionNames.key per entry of all
  private final String[] bareKeys;
  private final String[] altKeys; // "东村村" (东村村委会) is also written "东村"; null when there is no such variant

  private static final class Holder {
    static final DivisionCatalog XINJIANG = loadBundled();
  }

  /** The bundled Xinjiang catalog, loaded on first use. */
  public static DivisionCatalog xinjiang() {
    return Holder.XINJIANG;
  }

  private static DivisionCatalog loadBundled() {
    try (InputStream in = DivisionCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a catalog in the resource's format ({@code code12<TAB>name<TAB>level<TAB>parentCode12}, UTF-8). */
  public static DivisionCatalog load(InputStream in) throws IOException {
    List<Division> list = new ArrayList<>(16_384);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      int t1 = line.indexOf('\t');
      int t2 = line.indexOf('\t', t1 + 1);
      int t3 = line.indexOf('\t', t2 + 1);
      if (t1 < 0 || t2 < 0 || t3 < 0) {
        throw new IOException("malformed division line " + lineNo);
      }
      String parent = line.substring(t3 + 1);
      list.add(new Division(line.substring(0, t1), line.substring(t1 + 1, t2),
          Integer.parseInt(line, t2 + 1, t3, 10), parent.isEmpty() ? null : parent));
    }
    return new DivisionCatalog(list);
  }

  private DivisionCatalog(List<Division> list) {
    all = list.toArray(new Division[0]);
    Arrays.sort(all, (a, b) -> a.code().compareTo(b.code()));
    indexByCode = new HashMap<>(all.length * 2);
    childrenByCode = new HashMap<>(4096);
    townshipsByKey = new HashMap<>(4096);
    townshipsByBareKey = new HashMap<>(4096);
    keys = new String[all.length];
    bareKeys = new String[all.length];
    altKeys = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      Division d = all[i];
      indexByCode.put(d.code(), i);
      if (d.parentCode() != null) {
        childrenByCode.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
      }
      if (d.level() >= Division.TOWNSHIP) {
        keys[i] = DivisionNames.key(d.name());
        bareKeys[i] = DivisionNames.bareKey(keys[i]);
        if (keys[i].endsWith("村村")) {
          altKeys[i] = keys[i].substring(0, keys[i].length() - 1);
        }
        if (d.level() == Division.TOWNSHIP) {
          townshipsByKey.computeIfAbsent(keys[i], k -> new ArrayList<>(1)).add(d);
          townshipsByBareKey.computeIfAbsent(bareKeys[i], k -> new ArrayList<>(1)).add(d);
        }
      }
    }
    childrenByCode.replaceAll((k, v) -> List.copyOf(v)); // already in code order
    townshipsByKey.replaceAll((k, v) -> List.copyOf(v));
    townshipsByBareKey.replaceAll((k, v) -> List.copyOf(v));
  }

  /** 新疆维吾尔自治区. */
  public Division root() {
    return all[indexByCode.get(ROOT_CODE)];
  }

  public int size() {
    return all.length;
  }

  public Optional<Division> find(String code12) {
    Integer i = code12 == null ? null : indexByCode.get(code12);
    return i == null ? Optional.empty() : Optional.of(all[i]);
  }

  /** The direct children of {@code code12}, sorted by code; empty for a village or an unknown code. */
  public List<Division> children(String code12) {
    List<Division> c = code12 == null ? null : childrenByCode.get(code12);
    return c == null ? List.of() : c;
  }

  /** All divisions of one level (1–5), sorted by code. */
  public List<Division> ofLevel(int level) {
    List<Division> out = new ArrayList<>();
    for (Division d : all) {
      if (d.level() == level) {
        out.add(d);
      }
    }
    return out;
  }

  /** All divisions of {@code level} inside {@code withinCode} (or in the whole region when it is null). */
  public List<Division> descendants(String withinCode, int level) {
    List<Division> out = new ArrayList<>();
    int[] range = range(withinCode);
    for (int i = range[0]; i < range[1]; i++) {
      if (all[i].level() == level) {
        out.add(all[i]);
      }
    }
    return out;
  }

  /** From 自治区 down to {@code code12} inclusive; empty for an unknown code. */
  public List<Division> path(String code12) {
    List<Division> out = new ArrayList<>(5);
    Optional<Division> d = find(code12);
    while (d.isPresent()) {
      out.add(d.get());
      d = find(d.get().parentCode());
    }
    Collections.reverse(out);
    return out;
  }

  /** The names along {@link #path}, separated by blanks, e.g. "新疆维吾尔自治区 乌鲁木齐市 天山区"; the code if unknown. */
  public String fullName(String code12) {
    List<Division> p = path(code12);
    if (p.isEmpty()) {
      return code12;
    }
    StringBuilder sb = new StringBuilder();
    for (Division d : p) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(d.name());
    }
    return sb.toString();
  }

  /** Whether {@code code12} is {@code ancestorCode} or lies inside it. */
  public boolean isWithin(String code12, String ancestorCode) {
    return find(ancestorCode).map(a -> a.contains(code12)).orElse(false);
  }

  /**
   * Finds a township (乡、镇、街道) by the name a roster gives, tolerant of blanks, full-width parentheses and suffix
   * variants (see {@link DivisionNames}). A 9- or 12-digit township code is accepted too.
   *
   * @param withinCode a county or prefecture (or region) code to narrow the search; null for all of Xinjiang
   * @throws IllegalArgumentException if {@code withinCode} is not a known code
   */
  public Resolution resolveTownship(String name, String withinCode) {
    Division within = within(withinCode);
    Optional<Division> byCode = byCode(name, Division.TOWNSHIP);
    if (byCode.isPresent()) {
      return within == null || within.contains(byCode.get().code())
          ? Resolution.of(List.of(byCode.get())) : Resolution.notFound();
    }
    String key = DivisionNames.key(name);
    if (key.isEmpty()) {
      return Resolution.notFound();
    }
    List<Division> candidates = townshipsByKey.getOrDefault(key, List.of());
    if (candidates.isEmpty() && !DivisionNames.hasSuffix(key)) {
      candidates = townshipsByBareKey.getOrDefault(key, List.of());
    }
    if (within != null) {
      List<Division> inside = new ArrayList<>(candidates.size());
      for (Division d : candidates) {
        if (within.contains(d.code())) {
          inside.add(d);
        }
      }
      candidates = inside;
    }
    return Resolution.of(candidates);
  }

  /**
   * Finds a village or community (村、社区) by name inside a township, tolerant of the suffix variants 村 / 村委会 /
   * 村民委员会 (and 东村 for 东村村委会) and 社区 / 社区居委会 / 社区居民委员会, blanks and parentheses. A 12-digit village code is accepted
   * too. {@code townshipCode} may also be a county or prefecture code, to look across its townships.
   *
   * @throws IllegalArgumentException if {@code townshipCode} is not a known code
   */
  public Resolution resolveVillage(String townshipCode, String name) {
    Division within = within(townshipCode);
    if (within == null) {
      throw new IllegalArgumentException("township code required");
    }
    Optional<Division> byCode = byCode(name, Division.VILLAGE);
    if (byCode.isPresent()) {
      return within.contains(byCode.get().code()) ? Resolution.of(List.of(byCode.get())) : Resolution.notFound();
    }
    String key = DivisionNames.key(name);
    if (key.isEmpty()) {
      return Resolution.notFound();
    }
    int[] range = range(within.code());
    List<Division> exact = new ArrayList<>(1);
    List<Division> bare = new ArrayList<>(1);
    boolean tryBare = !DivisionNames.hasSuffix(key);
    for (int i = range[0]; i < range[1]; i++) {
      if (all[i].level() != Division.VILLAGE) {
        continue;
      }
      if (keys[i].equals(key) || key.equals(altKeys[i])) {
        exact.add(all[i]);
      } else if (tryBare && bareKeys[i].equals(key)) {
        bare.add(all[i]);
      }
    }
    return Resolution.of(exact.isEmpty() ? bare : exact);
  }

  private Division within(String code) {
    if (code == null) {
      return null;
    }
    return find(code).orElseThrow(() -> new IllegalArgumentException("unknown division code"));
  }

  private Optional<Division> byCode(String name, int level) {
    if (name == null) {
      return Optional.empty();
    }
    String s = name.strip();
    if (s.length() == 9 && s.chars().allMatch(Character::isDigit)) {
      s = s + "000";
    }
    if (s.length() != 12 || !s.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return find(s).filter(d -> d.level() == level);
  }

  /** Index range [from, to) of {@code code} and all its descendants in the sorted array; all for null. */
  private int[] range(String code) {
    if (code == null) {
      return new int[] {0, all.length};
    }
    Integer from = indexByCode.get(code);
    if (from == null) {
      return new int[] {0, 0};
    }
    String prefix = all[from].codePrefix();
    int to = from + 1;
    while (to < all.length && all[to].code().startsWith(prefix)) {
      to++;
    }
    return new int[] {from, to};
  }
}

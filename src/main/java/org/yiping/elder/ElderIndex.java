package org.yiping.elder;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.elder.search.ElderSearchIndex;
import org.yiping.elder.search.IndexedElder;
import org.yiping.elder.search.SearchPage;
import org.yiping.elder.search.SearchQuery;

/**
 * The in-memory search index of every live file, filled from the store once per session and then kept current by
 * {@link ElderService}. Search as you type never touches the database (see docs/benchmarks.md for its speed).
 */
public final class ElderIndex {
  /** 高龄: 80 and over. */
  public static final int ADVANCED_AGE = 80;

  private final ElderSearchIndex index = new ElderSearchIndex();
  private final DivisionCatalog divisions;
  private volatile boolean loaded;

  public ElderIndex(DivisionCatalog divisions) {
    this.divisions = divisions;
  }

  synchronized void loadIfNeeded(Supplier<List<ElderRepository.IndexRow>> rows) {
    if (loaded) {
      return;
    }
    long t0 = System.nanoTime();
    index.putAll(rows.get().stream().map(this::indexed).toList());
    loaded = true;
    org.slf4j.LoggerFactory.getLogger("org.yiping.timing").info("elder index of {} loaded in {} ms", index.size(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** Puts these files in again as {@code rows} has them; those of {@code ids} missing from it are gone (removed). */
  synchronized void refresh(java.util.Set<UUID> ids, List<ElderRepository.IndexRow> rows) {
    java.util.Set<UUID> live = new java.util.HashSet<>();
    rows.forEach(r -> live.add(r.id()));
    index.putAll(rows.stream().map(this::indexed).toList());
    ids.stream().filter(id -> !live.contains(id)).forEach(index::remove);
  }

  public boolean loaded() {
    return loaded;
  }

  /** Every indexed elder of a township (null: all); only meaningful once {@link #loaded()}. */
  java.util.List<org.yiping.elder.search.IndexedElder> all(String townshipCode) {
    return index.all(townshipCode);
  }

  public SearchPage search(SearchQuery query, int offset, int limit) {
    return index.search(query, offset, limit);
  }

  void put(ElderFile f) {
    if (loaded) {
      index.put(indexed(f));
    }
  }

  /** Many at once (an import): one rebuild of the index instead of one per file. */
  void putAll(List<ElderFile> files) {
    if (loaded && !files.isEmpty()) {
      index.putAll(files.stream().map(this::indexed).toList());
    }
  }

  private IndexedElder indexed(ElderFile f) {
    return new IndexedElder(f.id(), f.name(), f.idNumber(), f.phone(), f.townshipCode(), f.divisionCode(),
        villageName(f.divisionCode()), f.economicStatus(), f.flags(), f.birthDate(), f.sex());
  }

  void remove(UUID id) {
    index.remove(id);
  }

  private IndexedElder indexed(ElderRepository.IndexRow r) {
    return new IndexedElder(r.id(), r.name(), r.idNumber(), r.phone(), r.townshipCode(), r.villageCode(),
        villageName(r.villageCode()), r.economicStatus(), EnumSetText.read(HardshipFlag.class, r.flags()),
        r.birthDate(), r.sex());
  }

  private String villageName(String code) {
    // A file placed only down to the township has no village.
    return code == null ? null : divisions.find(code).filter(d -> d.level() == 5).map(d -> d.name()).orElse(null);
  }
}

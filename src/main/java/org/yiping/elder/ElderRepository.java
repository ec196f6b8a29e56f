package org.yiping.elder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yiping.store.Work;

/** Elders in the store. */
final class ElderRepository {
  private final Work work;

  ElderRepository(Work work) {
    this.work = work;
  }

  Optional<Elder> byId(UUID id) {
    return Optional.ofNullable(work.em().find(Elder.class, id)).filter(e -> !e.deleted());
  }

  /** Including deleted files: an ID number stays taken by its tombstone until sync clears it. */
  Optional<Elder> byIdNumber(String idNumber) {
    return work.em().createQuery("select e from Elder e where e.idNumber = :n", Elder.class)
        .setParameter("n", idNumber).getResultStream().findFirst();
  }

  /** Which of these ID numbers already have a file, mapped to that file's id and name. */
  Map<String, Existing> existing(Collection<String> idNumbers) {
    if (idNumbers.isEmpty()) {
      return Map.of();
    }
    return work.em().createQuery(
            "select e.idNumber, e.id, e.name from Elder e"
                + " where e.idNumber in :ns", Existing.class)
        .setParameter("ns", idNumbers).getResultStream()
        .collect(Collectors.toMap(Existing::idNumber, Function.identity()));
  }

  record Existing(String idNumber, UUID id, String name) {}

  Map<UUID, String> names(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return work.em().createQuery("select e.id, e.name from Elder e where e.id in :ids", Object[].class)
        .setParameter("ids", ids).getResultStream()
        .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
  }

  /**
   * The facts figures are counted from, for a township (null: all): only the columns they need and in no order, so a
   * store-wide count over 100,000 files reads as little as it can (a sort by name alone costs more than the rest).
   */
  List<FactsRow> factsOf(String townshipCode) {
    return work.em().createQuery("select e.id, e.name, e.townshipCode, e.villageCode, e.economicStatus,"
            + " e.hardshipFlags, e.birthDate from Elder e where e.deleted = false"
            + " and (:t is null or e.townshipCode = :t)", FactsRow.class)
        .setParameter("t", townshipCode).getResultList();
  }

  /**
   * Live files per combination of flags and economic status, with how many were born on or before {@code born}; each
   * row: flags text, status name, count, count born by then. One pass over the table (SQL, because the grouped
   * expression holds a date); a township is read through its index.
   */
  List<Object[]> profile(String townshipCode, java.time.LocalDate born) {
    String sql = "SELECT hardship_flags, economic_status, COUNT(*), SUM(CASE WHEN birth_date <= ?1 THEN 1 ELSE 0 END)"
        + " FROM elder WHERE deleted = FALSE" + (townshipCode == null ? "" : " AND township_code = ?2")
        + " GROUP BY hardship_flags, economic_status";
    var q = work.em().createNativeQuery(sql, Object[].class).setParameter(1, born);
    if (townshipCode != null) {
      q.setParameter(2, townshipCode);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows;
  }

  /** The ids of a township's live files. */
  List<UUID> idsIn(String townshipCode) {
    return work.em().createQuery("select e.id from Elder e where e.deleted = false and e.townshipCode = :t",
        UUID.class).setParameter("t", townshipCode).getResultList();
  }

  /** Which of {@code ids} are live files. */
  List<UUID> liveAmong(java.util.Collection<UUID> ids) {
    return work.em().createQuery("select e.id from Elder e where e.deleted = false and e.id in :ids", UUID.class)
        .setParameter("ids", ids).getResultList();
  }

  /** The facts of the live files among {@code ids}. */
  List<FactsRow> factsOf(java.util.Collection<UUID> ids) {
    return work.em().createQuery("select e.id, e.name, e.townshipCode, e.villageCode, e.economicStatus,"
            + " e.hardshipFlags, e.birthDate from Elder e where e.deleted = false and e.id in :ids", FactsRow.class)
        .setParameter("ids", ids).getResultList();
  }

  record FactsRow(UUID id, String name, String townshipCode, String villageCode, EconomicStatus economicStatus,
      String flags, java.time.LocalDate birthDate) {}

  /** The townships that have at least one elder on file, for report and filter pickers. */
  List<String> townshipsInUse() {
    return work.em().createQuery("select distinct e.townshipCode from Elder e where e.deleted = false"
        + " and e.townshipCode is not null order by e.townshipCode", String.class).getResultList();
  }

  void add(Elder e) {
    work.em().persist(e);
  }

  private static final String INDEX_ROWS = "select e.id, e.name, e.idNumber, e.phone, e.townshipCode,"
      + " e.villageCode, e.economicStatus, e.hardshipFlags, e.birthDate, e.sex from Elder e where e.deleted = false";

  /** Every live file, as the columns the search index needs, in one streamed query. */
  List<IndexRow> indexRows() {
    return work.em().createQuery(
            INDEX_ROWS, IndexRow.class)
        .getResultList();
  }

  /** The same, for some files only (those a sync changed): the ones deleted or not here are left out. */
  List<IndexRow> indexRows(java.util.Collection<UUID> ids) {
    List<IndexRow> out = new java.util.ArrayList<>();
    List<UUID> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 1000) {
      out.addAll(work.em().createQuery(
              INDEX_ROWS + " and e.id in :ids", IndexRow.class)
          .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000)))
          .getResultList());
    }
    return out;
  }

  record IndexRow(UUID id, String name, String idNumber, String phone, String townshipCode, String villageCode,
      EconomicStatus economicStatus, String flags, java.time.LocalDate birthDate, org.yiping.core.Sex sex) {}

  long countLive() {
    return work.em().createQuery("select count(e) from Elder e where e.deleted = false", Long.class)
        .getSingleResult();
  }
}

package org.yiping.adaptation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** Adaptation cases and their steps in the store. */
final class AdaptationRepository {
  private final Work work;

  AdaptationRepository(Work work) {
    this.work = work;
  }

  Optional<AdaptationCase> byId(UUID id) {
    return Optional.ofNullable(work.em().find(AdaptationCase.class, id)).filter(c -> !c.deleted());
  }

  /** An open case of this elder (a household has one at a time). */
  Optional<AdaptationCase> openCaseOf(UUID elderId) {
    return work.em().createQuery("select c from AdaptationCase c where c.elderId = :e and c.deleted = false"
            + " and c.state not in :closed", AdaptationCase.class)
        .setParameter("e", elderId).setParameter("closed", List.of(CaseState.ARCHIVED, CaseState.TERMINATED))
        .getResultStream().findFirst();
  }

  List<AdaptationCase> cases(String townshipCode, Integer year) {
    return work.em().createQuery("select c from AdaptationCase c where c.deleted = false"
            + " and (:t is null or c.townshipCode = :t) and (:y is null or c.targetYear = :y)"
            + " order by c.appliedAt", AdaptationCase.class)
        .setParameter("t", townshipCode).setParameter("y", year).getResultList();
  }

  /** An elder's cases, oldest application first (through the elder index). */
  List<AdaptationCase> casesOf(java.util.UUID elderId) {
    return work.em().createQuery("select c from AdaptationCase c where c.deleted = false and c.elderId = :e"
            + " order by c.appliedAt", AdaptationCase.class).setParameter("e", elderId).getResultList();
  }

  /** Cases of a township (null: all) in a year, counted per state. */
  java.util.Map<CaseState, Long> countByState(String townshipCode, int year) {
    java.util.Map<CaseState, Long> out = new java.util.EnumMap<>(CaseState.class);
    work.em().createQuery("select c.state, count(c) from AdaptationCase c where c.deleted = false"
            + " and (:t is null or c.townshipCode = :t) and c.targetYear = :y group by c.state", Object[].class)
        .setParameter("t", townshipCode).setParameter("y", year)
        .getResultStream().forEach(r -> out.put((CaseState) r[0], (Long) r[1]));
    return out;
  }

  List<AdaptationStep> steps(UUID caseId) {
    return work.em().createQuery("select s from AdaptationStep s where s.caseId = :c and s.deleted = false"
        + " order by s.doneAt, s.id", AdaptationStep.class).setParameter("c", caseId).getResultList();
  }

  List<CasePhoto> photos(UUID caseId) {
    return work.em().createQuery("select p.id, p.caseId, p.itemCode, p.phase, p.width, p.height, p.thumbnail,"
            + " p.addedAt from AdaptationPhoto p where p.caseId = :c and p.deleted = false"
            + " order by p.itemCode, p.phase, p.addedAt", Object[].class).setParameter("c", caseId)
        .getResultStream().map(r -> new CasePhoto((UUID) r[0], (UUID) r[1], (String) r[2], (Phase) r[3],
            (Integer) r[4], (Integer) r[5], (byte[]) r[6], (java.time.Instant) r[7]))
        .toList();
  }

  Optional<AdaptationPhoto> photo(UUID id) {
    return Optional.ofNullable(work.em().find(AdaptationPhoto.class, id)).filter(p -> !p.deleted());
  }

  List<AdaptationSignature> signatures(UUID caseId) {
    List<AdaptationSignature> list = new java.util.ArrayList<>(work.em().createQuery(
        "select s from AdaptationSignature s where s.caseId = :c and s.deleted = false", AdaptationSignature.class)
        .setParameter("c", caseId).getResultList());
    list.sort(java.util.Comparator.comparing(AdaptationSignature::role));
    return list;
  }

  void add(Object o) {
    work.em().persist(o);
  }
}

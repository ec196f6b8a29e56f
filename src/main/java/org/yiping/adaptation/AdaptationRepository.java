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

  void add(Object o) {
    work.em().persist(o);
  }
}

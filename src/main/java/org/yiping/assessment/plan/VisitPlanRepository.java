package org.yiping.assessment.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** Planned visits in the store. */
final class VisitPlanRepository {
  private final Work work;

  VisitPlanRepository(Work work) {
    this.work = work;
  }

  /** An assessor's visits planned up to {@code day} and not started yet, earliest first. */
  List<PlannedVisit> openUpTo(String assessor, LocalDate day) {
    return work.em().createQuery("select p from PlannedVisit p where p.assessor = :u and p.plannedOn <= :d"
            + " and p.visitId is null and p.deleted = false order by p.plannedOn, p.id", PlannedVisit.class)
        .setParameter("u", assessor).setParameter("d", day).getResultList();
  }

  /** Planned visits between two days (inclusive), for one assessor or all. */
  List<PlannedVisit> between(LocalDate from, LocalDate to, String assessor) {
    return work.em().createQuery("select p from PlannedVisit p where p.plannedOn between :f and :t"
            + " and (:u is null or p.assessor = :u) and p.deleted = false order by p.plannedOn, p.assessor",
            PlannedVisit.class)
        .setParameter("f", from).setParameter("t", to).setParameter("u", assessor).getResultList();
  }

  Optional<PlannedVisit> byId(UUID id) {
    return Optional.ofNullable(work.em().find(PlannedVisit.class, id)).filter(p -> !p.deleted());
  }

  boolean elderExists(UUID elderId) {
    return work.em().createQuery("select count(e) from Elder e where e.id = :id and e.deleted = false", Long.class)
        .setParameter("id", elderId).getSingleResult() > 0;
  }

  boolean activeAssessor(String username) {
    return work.em().createQuery("select count(u) from AppUser u where u.username = :u and u.disabled = false"
        + " and u.role = org.yiping.security.Role.ASSESSOR", Long.class).setParameter("u", username)
        .getSingleResult() > 0;
  }

  void add(PlannedVisit p) {
    work.em().persist(p);
  }
}

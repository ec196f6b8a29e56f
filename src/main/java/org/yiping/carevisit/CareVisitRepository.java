package org.yiping.carevisit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** Care visits and visitor assignments in the store. */
final class CareVisitRepository {
  private final Work work;

  CareVisitRepository(Work work) {
    this.work = work;
  }

  /** Every visit of a month (a month has at most a few visits per elder; no IN list of 100,000 ids). */
  List<CareVisit> visitsIn(String month) {
    return work.em().createQuery("select v from CareVisit v where v.visitMonth = :m and v.deleted = false"
        + " order by v.visitedOn", CareVisit.class).setParameter("m", month).getResultList();
  }

  /** The elders visited at least once in {@code month}. */
  List<UUID> elderIdsVisitedIn(String month) {
    return work.em().createQuery("select distinct v.elderId from CareVisit v where v.visitMonth = :m"
        + " and v.deleted = false", UUID.class).setParameter("m", month).getResultList();
  }

  List<CareAssignment> assignments() {
    return work.em().createQuery("select a from CareAssignment a where a.deleted = false", CareAssignment.class)
        .getResultList();
  }

  Optional<CareAssignment> assignmentOf(UUID elderId) {
    return work.em().createQuery("select a from CareAssignment a where a.elderId = :e", CareAssignment.class)
        .setParameter("e", elderId).getResultStream().findFirst();
  }

  boolean activeUser(String username) {
    return work.em().createQuery("select count(u) from AppUser u where u.username = :u and u.disabled = false",
        Long.class).setParameter("u", username).getSingleResult() > 0;
  }

  List<Visitor> activeUsers() {
    return work.em().createQuery("select new org.yiping.carevisit.Visitor(u.username, u.displayName)"
        + " from AppUser u where u.disabled = false order by u.username", Visitor.class).getResultList();
  }

  boolean elderExists(UUID elderId) {
    return work.em().createQuery("select count(e) from Elder e where e.id = :id and e.deleted = false", Long.class)
        .setParameter("id", elderId).getSingleResult() > 0;
  }

  void add(Object o) {
    work.em().persist(o);
  }
}

package org.yiping.bed;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** Family beds and their logs in the store. */
final class BedRepository {
  private final Work work;

  BedRepository(Work work) {
    this.work = work;
  }

  Optional<FamilyBed> byId(UUID id) {
    return Optional.ofNullable(work.em().find(FamilyBed.class, id)).filter(b -> !b.deleted());
  }

  Optional<FamilyBed> openBedOf(UUID elderId) {
    return work.em().createQuery("select b from FamilyBed b where b.elderId = :e and b.closedOn is null"
        + " and b.deleted = false", FamilyBed.class).setParameter("e", elderId).getResultStream().findFirst();
  }

  List<FamilyBed> beds(String townshipCode, boolean openOnly) {
    return work.em().createQuery("select b from FamilyBed b where b.deleted = false"
            + " and (:t is null or b.townshipCode = :t) and (:all = true or b.closedOn is null)"
            + " order by b.openedOn", FamilyBed.class)
        .setParameter("t", townshipCode).setParameter("all", !openOnly).getResultList();
  }

  long openCount(String townshipCode) {
    return work.em().createQuery("select count(b) from FamilyBed b where b.deleted = false and b.closedOn is null"
        + " and (:t is null or b.townshipCode = :t)", Long.class).setParameter("t", townshipCode).getSingleResult();
  }

  /** Service visits of beds of a township (null: all) between two days, inclusive. */
  long servicesBetween(String townshipCode, java.time.LocalDate from, java.time.LocalDate to) {
    return work.em().createQuery("select count(e) from BedEvent e, FamilyBed b where e.bedId = b.id"
            + " and e.kind = :k and e.happenedOn between :f and :to and e.deleted = false"
            + " and (:t is null or b.townshipCode = :t)", Long.class)
        .setParameter("k", EventKind.SERVICE).setParameter("f", from).setParameter("to", to)
        .setParameter("t", townshipCode).getSingleResult();
  }

  List<BedEvent> events(UUID bedId) {
    return work.em().createQuery("select e from BedEvent e where e.bedId = :b and e.deleted = false"
        + " order by e.happenedOn, e.id", BedEvent.class).setParameter("b", bedId).getResultList();
  }

  Optional<BedEvent> event(UUID id) {
    return Optional.ofNullable(work.em().find(BedEvent.class, id)).filter(e -> !e.deleted());
  }

  void add(Object o) {
    work.em().persist(o);
  }
}

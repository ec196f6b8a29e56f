package org.yiping.assessment.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** External results in the store. */
final class ExternalResultRepository {
  private final Work work;

  ExternalResultRepository(Work work) {
    this.work = work;
  }

  List<ExternalResult> ofElder(UUID elderId) {
    return work.em().createQuery("select r from ExternalResult r where r.elderId = :e and r.deleted = false",
        ExternalResult.class).setParameter("e", elderId).getResultList();
  }

  Optional<ExternalResult> byId(UUID id) {
    return Optional.ofNullable(work.em().find(ExternalResult.class, id)).filter(r -> !r.deleted());
  }

  boolean elderExists(UUID elderId) {
    return work.em().createQuery("select count(e) from Elder e where e.id = :id and e.deleted = false", Long.class)
        .setParameter("id", elderId).getSingleResult() > 0;
  }

  void add(ExternalResult r) {
    work.em().persist(r);
  }
}

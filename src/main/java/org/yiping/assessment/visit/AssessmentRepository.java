package org.yiping.assessment.visit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** Assessments in the store. */
final class AssessmentRepository {
  private final Work work;

  AssessmentRepository(Work work) {
    this.work = work;
  }

  Optional<Assessment> byId(UUID id) {
    return Optional.ofNullable(work.em().find(Assessment.class, id)).filter(a -> !a.deleted());
  }

  boolean elderExists(UUID elderId) {
    return work.em().createQuery("select count(e) from Elder e where e.id = :id and e.deleted = false", Long.class)
        .setParameter("id", elderId).getSingleResult() > 0;
  }

  void add(Assessment a) {
    work.em().persist(a);
  }

  List<Assessment> byStatusAndAssessor(AssessmentStatus status, String assessor) {
    return work.em().createQuery("select a from Assessment a where a.status = :s and a.assessor = :u"
            + " and a.deleted = false order by a.startedAt desc", Assessment.class)
        .setParameter("s", status).setParameter("u", assessor).getResultList();
  }

  List<Assessment> byStatus(AssessmentStatus status) {
    return work.em().createQuery("select a from Assessment a where a.status = :s and a.deleted = false"
            + " order by a.finalizedAt", Assessment.class)
        .setParameter("s", status).getResultList();
  }

  List<Assessment> ofElder(UUID elderId) {
    return work.em().createQuery("select a from Assessment a where a.elderId = :e and a.deleted = false"
            + " order by a.startedAt desc", Assessment.class)
        .setParameter("e", elderId).getResultList();
  }
}

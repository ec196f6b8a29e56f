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

  /** Every locked, current result (finalized or approved; superseded ones are left out). */
  List<Assessment> currentResults() {
    return work.em().createQuery("select a from Assessment a where a.status in :s and a.deleted = false",
            Assessment.class)
        .setParameter("s", List.of(AssessmentStatus.FINALIZED, AssessmentStatus.APPROVED)).getResultList();
  }

  /** Name and township of these elders, for reassessment lists. */
  java.util.Map<UUID, String[]> elderPlaces(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<UUID, String[]> out = new java.util.HashMap<>();
    work.em().createQuery("select e.id, e.name, e.townshipCode from Elder e where e.id in :ids and e.deleted = false",
            Object[].class).setParameter("ids", ids).getResultStream()
        .forEach(r -> out.put((UUID) r[0], new String[] {(String) r[1], (String) r[2]}));
    return out;
  }

  List<Assessment> ofVisit(UUID visitId) {
    return work.em().createQuery("select a from Assessment a where a.visitId = :v and a.deleted = false",
        Assessment.class).setParameter("v", visitId).getResultList();
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

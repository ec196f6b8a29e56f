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

  /** A locked, current result without its answers: what lists and statistics need, cheap for 100,000 rows. */
  record ResultRow(UUID id, UUID elderId, String formId, String assessor, Integer finalLevel,
      java.time.Instant finalizedAt) {}

  /** Every locked, current result as a {@link ResultRow} (no answers read). */
  List<ResultRow> currentResultRows() {
    return work.em().createQuery("select a.id, a.elderId, a.formId, a.assessor, a.finalLevel, a.finalizedAt"
            + " from Assessment a where a.status in :s and a.deleted = false", ResultRow.class)
        .setParameter("s", List.of(AssessmentStatus.FINALIZED, AssessmentStatus.APPROVED)).getResultList();
  }

  /** (elder, form) of each assessment locked in [from, to), including those since returned or corrected. */
  List<Object[]> finalizedBetween(java.time.Instant from, java.time.Instant to) {
    return work.em().createQuery("select a.elderId, a.formId from Assessment a where a.finalizedAt >= :f"
            + " and a.finalizedAt < :t and a.deleted = false", Object[].class)
        .setParameter("f", from).setParameter("t", to).getResultList();
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

package org.yiping.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.assessment.visit.AssessmentStatus;
import org.yiping.store.Work;

/**
 * The few read-only queries reports need across features: which assessments belong to a visit, which approved ones a
 * batch covers, and the rows monthly statistics count. Projections only (ids, dates, codes): the content of a report
 * comes from the features' services.
 */
final class ReportingRepository {
  private final Work work;

  ReportingRepository(Work work) {
    this.work = work;
  }

  /** An assessment's elder and visit, and the ids of every assessment of that visit (itself included). */
  record VisitRef(UUID elderId, UUID visitId, List<UUID> members) {}

  Optional<VisitRef> visitOf(UUID assessmentId) {
    List<Object[]> rows = work.em().createQuery("select a.elderId, a.visitId from Assessment a"
            + " where a.id = :id and a.deleted = false", Object[].class)
        .setParameter("id", assessmentId).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    UUID elderId = (UUID) rows.get(0)[0];
    UUID visitId = (UUID) rows.get(0)[1];
    List<UUID> members = work.em().createQuery("select a.id from Assessment a where a.visitId = :v"
            + " and a.deleted = false order by a.id", UUID.class)
        .setParameter("v", visitId).getResultList();
    return Optional.of(new VisitRef(elderId, visitId, members));
  }

  /** The finalized correction that superseded {@code assessmentId}, if any. */
  Optional<UUID> correctionOf(UUID assessmentId) {
    return work.em().createQuery("select a.id from Assessment a where a.supersedesId = :id"
            + " and a.finalizedAt is not null and a.deleted = false order by a.finalizedAt desc", UUID.class)
        .setParameter("id", assessmentId).setMaxResults(1).getResultStream().findFirst();
  }

  /** One approved assessment of a batch and its visit. */
  record BatchItem(UUID assessmentId, UUID visitId) {}

  /**
   * Approved assessments finalized in {@code [from, to)} of elders whose file is live (in {@code townshipCode}, or
   * anywhere for {@code null}), oldest first.
   */
  List<BatchItem> approvedBetween(String townshipCode, Instant from, Instant to) {
    var q = work.em().createQuery("select a.id, a.visitId from Assessment a where a.status = :s"
            + " and a.deleted = false and a.finalizedAt >= :from and a.finalizedAt < :to"
            + " and a.elderId in (select e.id from Elder e where e.deleted = false"
            + (townshipCode == null ? "" : " and e.townshipCode = :t") + ")"
            + " order by a.finalizedAt, a.id", Object[].class)
        .setParameter("s", AssessmentStatus.APPROVED).setParameter("from", from).setParameter("to", to);
    if (townshipCode != null) {
      q.setParameter("t", townshipCode);
    }
    List<BatchItem> out = new ArrayList<>();
    q.getResultStream().forEach(r -> out.add(new BatchItem((UUID) r[0], (UUID) r[1])));
    return out;
  }

  /** What monthly statistics need of a live elder's file. */
  record ElderRow(UUID id, String townshipCode, LocalDate birthDate, String flags, Instant createdAt) {}

  List<ElderRow> elders(String townshipCode) {
    var q = work.em().createQuery("select e.id, e.townshipCode, e.birthDate, e.hardshipFlags, e.createdAt"
        + " from Elder e where e.deleted = false" + (townshipCode == null ? "" : " and e.townshipCode = :t"),
        Object[].class);
    if (townshipCode != null) {
      q.setParameter("t", townshipCode);
    }
    List<ElderRow> out = new ArrayList<>();
    q.getResultStream().forEach(r -> out.add(new ElderRow((UUID) r[0], (String) r[1], (LocalDate) r[2],
        (String) r[3], (Instant) r[4])));
    return out;
  }

  /**
   * What monthly statistics need of a locked assessment (drafts are never results).
   *
   * @param returned whether the township office sent it back (a return always carries a comment, an approval never)
   */
  record AssessmentRow(UUID id, UUID elderId, String formId, Instant finalizedAt, Integer finalLevel,
      UUID supersedesId, Instant reviewedAt, boolean returned) {}

  List<AssessmentRow> lockedAssessments(String townshipCode) {
    var q = work.em().createQuery("select a.id, a.elderId, a.formId, a.finalizedAt, a.finalLevel, a.supersedesId,"
            + " a.reviewedAt, case when a.reviewComment is null then 0 else 1 end from Assessment a"
            + " where a.deleted = false and a.finalizedAt is not null"
            + " and a.elderId in (select e.id from Elder e where e.deleted = false"
            + (townshipCode == null ? "" : " and e.townshipCode = :t") + ")", Object[].class);
    if (townshipCode != null) {
      q.setParameter("t", townshipCode);
    }
    List<AssessmentRow> out = new ArrayList<>();
    q.getResultStream().forEach(r -> out.add(new AssessmentRow((UUID) r[0], (UUID) r[1], (String) r[2],
        (Instant) r[3], (Integer) r[4], (UUID) r[5], (Instant) r[6], ((Number) r[7]).intValue() == 1)));
    return out;
  }

  /** Every township code any file (live or deleted) has had: the candidates of a statistics code. */
  List<String> townshipCodes() {
    return work.em().createQuery("select distinct e.townshipCode from Elder e where e.townshipCode is not null",
        String.class).getResultList();
  }

  /** When the first file was made: no statistics can be older. */
  Optional<Instant> firstFileCreated() {
    return Optional.ofNullable(work.em().createQuery("select min(e.createdAt) from Elder e", Instant.class)
        .getSingleResult());
  }

  /** The home adaptation cases of an elder's household, oldest application first. */
  List<UUID> casesOf(UUID elderId) {
    return work.em().createQuery("select c.id from AdaptationCase c where c.elderId = :e and c.deleted = false"
        + " order by c.appliedAt, c.id", UUID.class).setParameter("e", elderId).getResultList();
  }

  /** The family beds of an elder, first set up first. */
  List<UUID> bedsOf(UUID elderId) {
    return work.em().createQuery("select b.id from FamilyBed b where b.elderId = :e and b.deleted = false"
        + " order by b.openedOn, b.id", UUID.class).setParameter("e", elderId).getResultList();
  }
}

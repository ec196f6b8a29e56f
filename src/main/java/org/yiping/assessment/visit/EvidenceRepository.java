package org.yiping.assessment.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yiping.store.Work;

/** Photos and signatures in the store. */
final class EvidenceRepository {
  private final Work work;

  EvidenceRepository(Work work) {
    this.work = work;
  }

  long photoCount(UUID assessmentId) {
    return work.em().createQuery("select count(p) from AssessmentPhoto p where p.assessmentId = :a"
        + " and p.deleted = false", Long.class).setParameter("a", assessmentId).getSingleResult();
  }

  /** Photo rows without the full image, which lists never need. */
  List<PhotoRecord> photoRecords(UUID assessmentId) {
    return work.em().createQuery("select p.id, p.assessmentId, p.caption, p.width, p.height, p.sha256,"
            + " p.thumbnail, p.addedAt from AssessmentPhoto p where p.assessmentId = :a and p.deleted = false"
            + " order by p.addedAt, p.id", Object[].class).setParameter("a", assessmentId).getResultStream()
        .map(r -> new PhotoRecord((UUID) r[0], (UUID) r[1], (String) r[2], (Integer) r[3], (Integer) r[4],
            (String) r[5], (byte[]) r[6], (Instant) r[7]))
        .toList();
  }

  List<AssessmentPhoto> photos(UUID assessmentId) {
    return work.em().createQuery("select p from AssessmentPhoto p where p.assessmentId = :a and p.deleted = false",
        AssessmentPhoto.class).setParameter("a", assessmentId).getResultList();
  }

  List<String> photoDigests(UUID assessmentId) {
    return work.em().createQuery("select p.sha256 from AssessmentPhoto p where p.assessmentId = :a"
        + " and p.deleted = false order by p.sha256", String.class).setParameter("a", assessmentId).getResultList();
  }

  Optional<AssessmentPhoto> photo(UUID id) {
    return Optional.ofNullable(work.em().find(AssessmentPhoto.class, id)).filter(p -> !p.deleted());
  }

  /** The live signatures of an assessment, in the order of {@link SignerRole}. */
  List<AssessmentSignature> signatures(UUID assessmentId) {
    List<AssessmentSignature> list = new ArrayList<>(work.em().createQuery("select s from AssessmentSignature s"
        + " where s.assessmentId = :a and s.deleted = false", AssessmentSignature.class)
        .setParameter("a", assessmentId).getResultList());
    list.sort(Comparator.comparing(AssessmentSignature::role));
    return list;
  }

  Optional<AssessmentSignature> signature(UUID assessmentId, SignerRole role) {
    return signatures(assessmentId).stream().filter(s -> s.role() == role).findFirst();
  }

  void add(Object evidence) {
    work.em().persist(evidence);
  }
}

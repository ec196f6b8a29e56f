package org.yiping.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.visit.AssessmentRecord;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.assessment.visit.AssessmentStatus;
import org.yiping.assessment.visit.EvidenceService;
import org.yiping.assessment.visit.SignatureRecord;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.core.UserFacingException;
import org.yiping.elder.ElderFile;
import org.yiping.elder.ElderService;
import org.yiping.report.ReportText;
import org.yiping.report.SignatureStrokes;
import org.yiping.report.assessment.AssessmentPart;
import org.yiping.report.assessment.AssessmentReportData;
import org.yiping.report.assessment.AssessorInfo;
import org.yiping.report.assessment.ElderInfo;
import org.yiping.report.assessment.IdNumberPrinting;
import org.yiping.report.assessment.ReportStatus;
import org.yiping.security.Accounts;
import org.yiping.store.Transactions;

/**
 * Gathers what an assessment report prints from the features' services (none of which audits these reads: the
 * report service audits the report) into an {@link AssessmentReportData}.
 */
final class AssessmentReports {
  /** Locked results that a combined visit prints beside the one asked for. */
  private static final Set<AssessmentStatus> RESULTS = EnumSet.of(AssessmentStatus.FINALIZED,
      AssessmentStatus.APPROVED);

  private final Transactions tx;
  private final ElderService elders;
  private final AssessmentService assessments;
  private final EvidenceService evidence;
  private final Accounts accounts;
  private final Supplier<FormRegistry> forms;
  private final ContentHashes hashes;
  private final ZoneId zone;
  private final ScoringEngine engine = new ScoringEngine();

  AssessmentReports(Transactions tx, ElderService elders, AssessmentService assessments, EvidenceService evidence,
      Accounts accounts, Supplier<FormRegistry> forms, ContentHashes hashes, ZoneId zone) {
    this.tx = tx;
    this.elders = elders;
    this.assessments = assessments;
    this.evidence = evidence;
    this.accounts = accounts;
    this.forms = forms;
    this.hashes = hashes;
    this.zone = zone;
  }

  /** The report's data, and the record asked for with the content hash its code carries. */
  record Made(AssessmentReportData data, AssessmentRecord record, String contentHash) {}

  /** The assessment as stored, with the hash its printed code carries (stored, or of a draft's current content). */
  record Current(AssessmentRecord record, String contentHash) {}

  Current current(UUID assessmentId) {
    ReportingRepository.VisitRef ref = visit(assessmentId);
    AssessmentRecord r = assessments.history(ref.elderId()).stream().filter(a -> a.id().equals(assessmentId))
        .findFirst().orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
    return new Current(r, contentHash(r));
  }

  Made make(UUID assessmentId, IdNumberPrinting printing) {
    return make(assessmentId, printing, new java.util.HashMap<>());
  }

  /**
   * @param names user name → display name, filled as needed: a batch passes one map for all its reports, which
   *     are assessed and reviewed by a handful of people
   */
  Made make(UUID assessmentId, IdNumberPrinting printing, Map<String, String> names) {
    ReportingRepository.VisitRef ref = visit(assessmentId);
    Map<UUID, AssessmentRecord> all = new LinkedHashMap<>();
    assessments.history(ref.elderId()).forEach(a -> all.put(a.id(), a));
    AssessmentRecord main = all.get(assessmentId);
    if (main == null) {
      throw new UserFacingException("assessment.problem.notFound");
    }
    List<AssessmentRecord> records = new ArrayList<>();
    records.add(main);
    if (RESULTS.contains(main.status())) {
      // A combined visit: the current result of each other form of the same visit prints in the same PDF.
      Map<String, AssessmentRecord> others = new LinkedHashMap<>();
      for (UUID id : ref.members()) {
        AssessmentRecord o = all.get(id);
        if (o != null && !o.formId().equals(main.formId()) && RESULTS.contains(o.status())) {
          others.merge(o.formId(), o, (x, y) -> x.finalizedAt().isAfter(y.finalizedAt()) ? x : y);
        }
      }
      records.addAll(others.values());
    }
    // GB/T 42195 before LTC 2021, whichever was asked for: the same paper either way.
    records.sort(Comparator.comparing(AssessmentRecord::formId));

    List<SignatureRecord> signatures = new ArrayList<>(evidence.signatures(main.id()));
    Set<SignerRole> signed = new HashSet<>();
    signatures.forEach(s -> signed.add(s.role()));
    for (AssessmentRecord r : records) {
      if (!r.id().equals(main.id())) {
        for (SignatureRecord s : evidence.signatures(r.id())) {
          if (signed.add(s.role())) {
            signatures.add(s);
          }
        }
      }
    }

    String mainHash = null;
    List<AssessmentPart> parts = new ArrayList<>();
    for (AssessmentRecord r : records) {
      String hash = r.id().equals(main.id()) ? contentHash(r, signatures) : contentHash(r);
      if (r.id().equals(main.id())) {
        mainHash = hash;
      }
      parts.add(part(r, hash));
    }

    ElderFile file = elders.fileForReport(ref.elderId());
    LocalDate visitDay = main.startedAt().atZone(zone).toLocalDate();
    ElderInfo elder = new ElderInfo(file.name(), file.sex(), file.idNumber(), file.birthDate(),
        file.ageOn(visitDay), ElderTexts.address(file), ElderTexts.details(file, false));

    Set<String> users = new HashSet<>();
    users.add(main.assessor());
    if (main.reviewedBy() != null) {
      users.add(main.reviewedBy());
    }
    users.removeAll(names.keySet());
    if (!users.isEmpty()) {
      Map<String, String> found = accounts.displayNames(users);
      // A user name without an account (removed since) prints as itself.
      users.forEach(u -> names.put(u, found.getOrDefault(u, u)));
    }
    String assessorName = names.getOrDefault(main.assessor(), main.assessor());

    AssessmentReportData.Builder b = AssessmentReportData.builder(elder)
        .reason(main.reason() == null ? null : main.reason().chinese())
        .assessor(new AssessorInfo(main.assessor(), assessorName, main.certificateNumber()))
        .secondAssessor(main.secondAssessor())
        .place(main.visitPlace())
        .visitedAt(main.startedAt())
        .finalizedAt(main.finalizedAt())
        .reviewed(main.reviewedBy() == null ? null : names.getOrDefault(main.reviewedBy(), main.reviewedBy()),
            main.reviewedAt())
        .idNumberPrinting(printing);
    parts.forEach(b::part);
    boolean elderSigned = signed.contains(SignerRole.ELDER);
    for (SignatureRecord s : signatures) {
      b.signature(new SignatureStrokes(roleLabel(s.role(), elderSigned), s.signerName(), s.width(), s.height(),
          s.strokes()));
    }
    return new Made(b.build(), main, mainHash);
  }

  /**
   * The printed role of a signature: the elder signs in the 老年人或信息提供者 box; a guardian signs there too when the
   * elder did not (the usual case: the guardian answered for them), and in a box of their own when both signed.
   */
  static String roleLabel(SignerRole role, boolean elderSigned) {
    return switch (role) {
      case ASSESSOR -> ReportText.ASSESSOR;
      case SECOND_ASSESSOR -> ReportText.SECOND_ASSESSOR;
      case ELDER -> ReportText.INFORMANT;
      case GUARDIAN -> elderSigned ? ReportText.GUARDIAN : ReportText.INFORMANT;
    };
  }

  private AssessmentPart part(AssessmentRecord r, String hash) {
    FormDefinition form = forms.get().find(r.formId(), r.formVersion())
        .orElseThrow(() -> new UserFacingException("assessment.problem.unknownForm", r.formId()));
    String remark = null;
    if (r.status() == AssessmentStatus.RETURNED && r.reviewComment() != null) {
      remark = String.format(ReportText.REMARK_RETURNED, r.reviewComment());
    } else if (r.correctionReason() != null) {
      remark = String.format(ReportText.REMARK_CORRECTION, r.correctionReason());
    }
    return new AssessmentPart(r.id(), hash, ReportStatus.valueOf(r.status().name()), form, r.answers(),
        engine.score(form, r.answers()), remark);
  }

  /** The stored hash of a locked assessment, or the hash of a draft's current content. */
  private String contentHash(AssessmentRecord r) {
    return r.contentHash() != null ? r.contentHash() : contentHash(r, evidence.signatures(r.id()));
  }

  private String contentHash(AssessmentRecord r, List<SignatureRecord> signaturesOfVisit) {
    if (r.contentHash() != null) {
      return r.contentHash();
    }
    List<SignatureRecord> own = signaturesOfVisit.stream().filter(s -> s.assessmentId().equals(r.id())).toList();
    return hashes.draft(r, own, evidence.photos(r.id()));
  }

  private ReportingRepository.VisitRef visit(UUID assessmentId) {
    return tx.read(w -> new ReportingRepository(w).visitOf(assessmentId))
        .orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
  }
}

package org.yiping.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.history.ResultHistoryService;
import org.yiping.assessment.visit.AssessmentRecord;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.assessment.visit.AssessmentStatus;
import org.yiping.assessment.visit.EvidenceService;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.UserFacingException;
import org.yiping.elder.ElderService;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.report.ReportBundle;
import org.yiping.report.ReportFiles;
import org.yiping.report.ReportFonts;
import org.yiping.report.ReportKind;
import org.yiping.report.ReportText;
import org.yiping.report.VerificationCode;
import org.yiping.report.assessment.AssessmentReport;
import org.yiping.report.assessment.IdNumberPrinting;
import org.yiping.report.elder.ElderSummaryData;
import org.yiping.report.elder.ElderSummaryReport;
import org.yiping.report.adaptation.AdaptationCaseData;
import org.yiping.report.adaptation.AdaptationCaseSheet;
import org.yiping.report.adaptation.AdaptationPlanSheet;
import org.yiping.report.adaptation.AdaptationText;
import org.yiping.report.bed.BedLabelData;
import org.yiping.report.bed.BedLabels;
import org.yiping.report.stats.MonthlyStatisticsData;
import org.yiping.report.stats.MonthlyStatisticsReport;
import org.yiping.security.Accounts;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;

/**
 * Reports made from the store: an assessment (with the other forms of its visit), an elder's file summary, a
 * township's monthly statistics, batches of approved assessments, and the check of a printed verification code.
 *
 * <p>Making a report for the screen needs {@link Permission#VIEW_ELDERS} and is audited as REPORT_VIEWED; putting it
 * on paper or into a file needs {@link Permission#PRINT} and is audited by {@link #recordOutput} (or once for a whole
 * batch). Audit details name the report kind, record ids, codes, counts and township codes, never a person. Blocking
 * and thread-agnostic like every service: screens call it through {@code Background}.
 */
public final class ReportService {
  /** How a report left the app. */
  public enum Output { PRINTED, SAVED }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final String TARGET_ASSESSMENT = "assessment";
  private static final String TARGET_ELDER = "elder";
  private static final String TARGET_STATISTICS = "statistics";
  private static final String TARGET_BATCH = "township";
  private static final String TARGET_CASE = "adaptation_case";
  private static final String TARGET_BED = "family_bed";

  private final Transactions tx;
  private final Session session;
  private final Clock clock;
  private final ZoneId zone;
  private final ContentHashes hashes;
  private final AssessmentReports assessmentReports;
  private final ElderSummaries summaries;
  private final MonthlyStatistics statistics;
  private final DivisionCatalog divisions;
  private final AdaptationCaseReports caseReports;
  private final BedLabelReports bedLabels;
  private volatile Renderers renderers;

  /** The case services the adaptation documents and bed labels are made from. */
  public record Cases(org.yiping.adaptation.AdaptationService adaptation,
      org.yiping.adaptation.AdaptationEvidenceService adaptationEvidence, org.yiping.bed.BedService beds) {}

  public ReportService(Transactions tx, Session session, ElderService elders, AssessmentService assessments,
      EvidenceService evidence, ResultHistoryService results, Accounts accounts, DivisionCatalog divisions,
      Supplier<FormRegistry> forms, ObjectMapper json, Clock clock, Cases cases) {
    this.tx = tx;
    this.session = session;
    this.clock = clock;
    // Dates (the month, the batch's range, validity) are the app's dates, as in every other service; printed
    // times are Beijing time.
    this.zone = clock.getZone();
    this.divisions = divisions;
    this.hashes = new ContentHashes(json);
    this.assessmentReports = new AssessmentReports(tx, elders, assessments, evidence, accounts, forms, hashes, zone);
    this.summaries = new ElderSummaries(elders, results, accounts, forms,
        new CaseLines(tx, cases.adaptation(), cases.beds(), zone));
    this.statistics = new MonthlyStatistics(tx, assessments, divisions, forms, zone);
    this.caseReports = new AdaptationCaseReports(cases.adaptation(), cases.adaptationEvidence(), elders, accounts,
        divisions, forms, zone);
    this.bedLabels = new BedLabelReports(cases.beds(), elders, divisions);
  }

  /** The renderers share the bundled fonts (21 MB, read in a few hundred ms): made on the first report, not at sign-in. */
  private record Renderers(AssessmentReport assessment, ElderSummaryReport summary, MonthlyStatisticsReport stats,
      AdaptationCaseSheet caseSheet, AdaptationPlanSheet planSheet, BedLabels labels) {}

  private Renderers renderers() {
    Renderers r = renderers;
    if (r == null) {
      ReportFonts fonts = ReportFonts.bundled();
      r = new Renderers(new AssessmentReport(fonts, clock, AssessmentReport.BEIJING_TIME),
          new ElderSummaryReport(fonts, clock, AssessmentReport.BEIJING_TIME),
          new MonthlyStatisticsReport(fonts, clock, AssessmentReport.BEIJING_TIME),
          new AdaptationCaseSheet(fonts, clock, AssessmentReport.BEIJING_TIME),
          new AdaptationPlanSheet(fonts, clock, AssessmentReport.BEIJING_TIME), new BedLabels(fonts));
      renderers = r;
    }
    return r;
  }

  // ------------------------------------------------------------------------------------------ single reports

  /**
   * The report of one assessment. When it is a current result (finalized or approved) and its visit has current
   * results on other forms (GB/T 42195 and LTC 2021 of one visit), they print in the same PDF, each with its own
   * code. A draft prints alone, stamped, with a code of its current content. Needs VIEW_ELDERS; audited.
   *
   * @throws org.yiping.report.UnprintableTextException if a text holds a character the font lacks
   */
  public Report assessmentReport(UUID assessmentId, IdNumberPrinting printing) {
    session.require(Permission.VIEW_ELDERS);
    Report report = assessment(assessmentId, printing == null ? IdNumberPrinting.MASKED : printing);
    audit(AuditAction.REPORT_VIEWED, TARGET_ASSESSMENT, assessmentId.toString(), detail(report)
        + (printing == IdNumberPrinting.FULL ? " idNumber=full" : ""));
    return report;
  }

  private Report assessment(UUID assessmentId, IdNumberPrinting printing) {
    return assessment(assessmentId, printing, new java.util.HashMap<>());
  }

  private Report assessment(UUID assessmentId, IdNumberPrinting printing, Map<String, String> names) {
    AssessmentReports.Made made = assessmentReports.make(assessmentId, printing, names);
    byte[] pdf = renderers().assessment().render(made.data());
    AssessmentRecord r = made.record();
    Instant day = r.finalizedAt() != null ? r.finalizedAt() : r.startedAt();
    String file = String.format(ReportText.FILE_ASSESSMENT, DAY.format(day.atZone(zone)), fileId(r.id()));
    return new Report(ReportKind.ASSESSMENT, r.id(), AssessmentReport.title(made.data()), file, pdf,
        VerificationCode.of(ReportKind.ASSESSMENT, r.id(), made.contentHash()).text());
  }

  /**
   * 一人一档: the elder's identity (ID number masked), hardship flags, contacts, every result from every standard
   * with its validity, and the home adaptation cases and family beds, one line each (暂无 for none). Needs VIEW_ELDERS; audited.
   */
  public Report elderSummary(UUID elderId) {
    session.require(Permission.VIEW_ELDERS);
    ElderSummaryData data = summaries.make(elderId, LocalDate.now(clock));
    String hash = hashes.of(data.content());
    VerificationCode code = VerificationCode.of(ReportKind.ELDER_SUMMARY, elderId, hash);
    byte[] pdf = renderers().summary().render(data, code);
    Report report = new Report(ReportKind.ELDER_SUMMARY, elderId, ReportText.ELDER_SUMMARY_TITLE,
        String.format(ReportText.FILE_ELDER_SUMMARY, DAY.format(data.printedOn()), fileId(elderId)), pdf,
        code.text());
    audit(AuditAction.REPORT_VIEWED, TARGET_ELDER, elderId.toString(), detail(report));
    return report;
  }

  /**
   * A township's figures for a month (every township of the store for {@code null}): elders by final level and by
   * hardship flag, assessments done in the month, results overdue for reassessment at its end, with bar charts.
   * Counted as the store stood at the month's end, or today while the month runs. Needs VIEW_ELDERS; audited.
   *
   * @throws UserFacingException for an unknown township code or a month that has not begun
   */
  public Report monthlyStatistics(String townshipCode, YearMonth month) {
    session.require(Permission.VIEW_ELDERS);
    String township = township(townshipCode);
    LocalDate today = LocalDate.now(clock);
    if (month == null || month.isAfter(YearMonth.from(today))) {
      throw new UserFacingException("reporting.problem.futureMonth", month == null ? "" : month.toString());
    }
    MonthlyStatisticsData data = statistics.make(township, month, today);
    UUID id = ContentHashes.statisticsId(township, month);
    VerificationCode code = VerificationCode.of(ReportKind.MONTHLY_STATISTICS, id, hashes.of(data.content()));
    byte[] pdf = renderers().stats().render(data, code);
    Report report = new Report(ReportKind.MONTHLY_STATISTICS, id, ReportText.STATS_TITLE,
        String.format(ReportText.FILE_STATISTICS, township == null ? ReportText.FILE_ALL : township, month), pdf,
        code.text());
    audit(AuditAction.REPORT_VIEWED, TARGET_STATISTICS, id.toString(), detail(report) + " township="
        + (township == null ? "*" : township) + " month=" + month);
    return report;
  }

  /**
   * 居家适老化改造案卷: the household (ID number masked), the eligibility or the override and its reason, the plan
   * with its totals, every step with who, when and why, the before and after photos of each item (the stored
   * thumbnails), the acceptance signatures as drawn, and a verification code of what is printed. An open case is
   * stamped 办理中, a terminated one 已终止. Needs VIEW_ELDERS; audited (no names).
   *
   * @throws UserFacingException for an unknown case, or (UnprintableTextException) a character the font lacks
   */
  public Report adaptationCaseSheet(UUID caseId) {
    session.require(Permission.VIEW_ELDERS);
    AdaptationCaseData data = caseReports.make(caseId, LocalDate.now(clock), true);
    VerificationCode code = VerificationCode.of(ReportKind.ADAPTATION_CASE, caseId, hashes.of(data.caseContent()));
    byte[] pdf = renderers().caseSheet().render(data, code);
    Report report = new Report(ReportKind.ADAPTATION_CASE, caseId, AdaptationText.CASE_TITLE,
        String.format(AdaptationText.FILE_CASE, DAY.format(data.printedOn()), fileId(caseId)), pdf, code.text());
    audit(AuditAction.REPORT_VIEWED, TARGET_CASE, caseId.toString(), detail(report));
    return report;
  }

  /**
   * 居家适老化改造方案确认书: the plan for the family to sign before the works: the items needed, the totals and
   * what the family pays, what they agree to, and empty boxes with date lines for the elder or family, the township
   * office and the contractor. Printable at any step once a plan is recorded. Needs VIEW_ELDERS; audited.
   *
   * @throws UserFacingException for an unknown case or a case without any item needed yet
   */
  public Report adaptationPlanForSigning(UUID caseId) {
    session.require(Permission.VIEW_ELDERS);
    AdaptationCaseData data = caseReports.make(caseId, LocalDate.now(clock), false);
    if (data.neededItems().isEmpty()) {
      throw new UserFacingException("reporting.problem.noPlan");
    }
    VerificationCode code = VerificationCode.of(ReportKind.ADAPTATION_PLAN, caseId, hashes.of(data.planContent()));
    byte[] pdf = renderers().planSheet().render(data, code);
    Report report = new Report(ReportKind.ADAPTATION_PLAN, caseId, AdaptationText.PLAN_TITLE,
        String.format(AdaptationText.FILE_PLAN, DAY.format(data.printedOn()), fileId(caseId)), pdf, code.text());
    audit(AuditAction.REPORT_VIEWED, TARGET_CASE, caseId.toString(), detail(report));
    return report;
  }

  /**
   * 一床一码 labels, one per page of 100 × 70 mm label stock, in the order given (a bed named twice prints once): the
   * bed code as a QR code holding the code itself and as text, the elder's name masked (张*兰), the provider, the
   * township, and a line for the emergency hotline. {@link Report#recordId()} is the bed's id for one label, else a
   * name-based id of the beds; there is no verification code. Needs VIEW_ELDERS; audited with the bed ids.
   *
   * @throws UserFacingException for no beds or an unknown bed
   */
  public Report bedLabels(List<UUID> bedIds) {
    session.require(Permission.VIEW_ELDERS);
    List<UUID> ids = bedIds == null ? List.of() : bedIds.stream().filter(java.util.Objects::nonNull).distinct()
        .toList();
    if (ids.isEmpty()) {
      throw new UserFacingException("reporting.problem.noBeds");
    }
    List<BedLabelData> labels = new ArrayList<>();
    for (UUID id : ids) {
      labels.add(bedLabels.make(id));
    }
    byte[] pdf = renderers().labels().render(labels);
    UUID recordId = ids.size() == 1 ? ids.get(0) : UUID.nameUUIDFromBytes(("yiping bed labels|" + ids)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String file = ids.size() == 1 ? String.format(BedLabels.FILE_ONE, labels.get(0).bedCode())
        : String.format(BedLabels.FILE_MANY, ids.size(), DAY.format(LocalDate.now(clock)));
    Report report = new Report(ReportKind.BED_LABEL, recordId, BedLabels.DOCUMENT_TITLE, file, pdf, null);
    audit(AuditAction.REPORT_VIEWED, TARGET_BED, recordId.toString(), detail(report) + " beds="
        + ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",")));
    return report;
  }

  /**
   * Records that a report left the app: printed on paper or saved as a file. Needs PRINT (the township office's
   * role): an assessor may preview a report but not hand it out. Audited with the kind, the record id and the code.
   */
  public void recordOutput(Report report, Output how) {
    session.require(Permission.PRINT);
    audit(how == Output.PRINTED ? AuditAction.REPORT_PRINTED : AuditAction.REPORT_SAVED, target(report.kind()),
        report.recordId().toString(), detail(report));
  }

  // ------------------------------------------------------------------------------------------ batch

  /**
   * How many reports a batch of the approved assessments of a township ({@code null}: all) finalized from
   * {@code from} to {@code to} (both included) makes: a combined visit is one report. For the screen to show
   * before starting. Needs PRINT; not audited (nothing is made).
   */
  public int batchSize(String townshipCode, LocalDate from, LocalDate to) {
    session.require(Permission.PRINT);
    return batchVisits(township(townshipCode), from, to).size();
  }

  /**
   * Writes the reports of {@link #batchSize}'s assessments into the folder {@code out}: one PDF per report, each
   * written whole or not at all (a temporary file moved into place), or ({@code oneFile}) one combined PDF, which
   * is removed again if the batch is cancelled or fails. {@code progress} is told after each report; the batch
   * stops before the next report once {@code cancelled} says so (files already written stay). One report at a
   * time: memory stays flat however many there are. A report that cannot be made (a name with a character the font
   * lacks) is skipped and listed in {@link BatchResult#refused()}; any other failure stops the batch.
   *
   * <p>Needs PRINT; audited once (REPORT_BATCH: township, dates, count), even when cancelled or failed.
   *
   * @throws UserFacingException if {@code out} is not a folder or a file cannot be written
   */
  public BatchResult batch(String townshipCode, LocalDate from, LocalDate to, Path out, boolean oneFile,
      BatchProgress progress, BooleanSupplier cancelled) {
    session.require(Permission.PRINT);
    String township = township(townshipCode);
    if (out == null || !Files.isDirectory(out)) {
      throw new UserFacingException("reporting.problem.notFolder", String.valueOf(out));
    }
    BatchProgress tell = progress == null ? BatchProgress.NONE : progress;
    BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
    List<UUID> reports = batchVisits(township, from, to);
    Batch batch = new Batch(reports.size());
    try {
      if (reports.isEmpty()) {
        return batch.result();
      }
      if (oneFile) {
        Path target = out.resolve(String.format(ReportText.FILE_BATCH, township == null ? ReportText.FILE_ALL
            : township, DAY.format(from), DAY.format(to)));
        try {
          ReportFiles.writeAtomically(target, stream -> {
            ReportBundle bundle = new ReportBundle(stream, ReportText.BATCH_TITLE);
            for (UUID id : reports) {
              if (stop.getAsBoolean()) {
                throw new Cancelled();
              }
              Report r = batchReport(batch, id);
              if (r != null) {
                bundle.append(r.pdf());
                batch.written++;
              }
              tell.update(++batch.done, batch.total);
            }
            if (bundle.pages() == 0) {
              throw new Cancelled(); // every report refused: no file at all
            }
            bundle.close();
          });
          batch.files.add(target);
        } catch (Cancelled c) {
          batch.cancelled = batch.done < batch.total;
          batch.written = 0;
        }
      } else {
        for (UUID id : reports) {
          if (stop.getAsBoolean()) {
            batch.cancelled = true;
            break;
          }
          Report r = batchReport(batch, id);
          if (r != null) {
            Path file = out.resolve(r.suggestedFileName());
            ReportFiles.writeAtomically(file, o -> o.write(r.pdf()));
            batch.files.add(file);
            batch.written++;
          }
          tell.update(++batch.done, batch.total);
        }
      }
      return batch.result();
    } catch (IOException e) {
      throw new UserFacingException(e, "reporting.problem.cannotWrite", out.toString());
    } finally {
      audit(AuditAction.REPORT_BATCH, TARGET_BATCH, township == null ? "*" : township,
          "from=" + from + " to=" + to + (oneFile ? " oneFile" : " files") + " written=" + batch.written
              + " total=" + batch.total + " refused=" + batch.refused.size()
              + (batch.cancelled ? " cancelled" : ""));
    }
  }

  private Report batchReport(Batch batch, UUID assessmentId) {
    try {
      return assessment(assessmentId, IdNumberPrinting.MASKED, batch.names);
    } catch (UserFacingException e) {
      batch.refused.add(new BatchResult.Refusal(assessmentId, e));
      return null;
    }
  }

  /** Thrown inside the combined file's writer to stop it: the temporary file is then removed. */
  private static final class Cancelled extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static final class Batch {
    final int total;
    final List<Path> files = new ArrayList<>();
    final List<BatchResult.Refusal> refused = new ArrayList<>();
    final Map<String, String> names = new java.util.HashMap<>();
    int done;
    int written;
    boolean cancelled;

    Batch(int total) {
      this.total = total;
    }

    BatchResult result() {
      return new BatchResult(written, total, cancelled, files, refused);
    }
  }

  /** One assessment per visit (the first approved one, oldest first): its report prints the visit's other forms. */
  private List<UUID> batchVisits(String township, LocalDate from, LocalDate to) {
    if (from == null || to == null || from.isAfter(to)) {
      throw new UserFacingException("reporting.problem.dateRange");
    }
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Map<UUID, UUID> firstOfVisit = new LinkedHashMap<>();
    tx.read(w -> new ReportingRepository(w).approvedBetween(township, start, end))
        .forEach(i -> firstOfVisit.putIfAbsent(i.visitId(), i.assessmentId()));
    return new ArrayList<>(firstOfVisit.values());
  }

  // ------------------------------------------------------------------------------------------ verify

  /**
   * Checks a verification code as typed or scanned: finds the record it names and compares the content hash (the
   * stored one of a locked assessment; recomputed for a draft, an elder summary or a month's statistics). Needs
   * VIEW_ELDERS; audited with the outcome.
   *
   * @throws org.yiping.report.InvalidVerificationCodeException (a {@link UserFacingException}) saying what is wrong
   *     with a code that cannot be read
   */
  public Verification verify(String code) {
    session.require(Permission.VIEW_ELDERS);
    VerificationCode c = VerificationCode.parse(code);
    Verification v = switch (c.kind()) {
      case ASSESSMENT -> verifyAssessment(c);
      case ELDER_SUMMARY -> verifyElder(c);
      case MONTHLY_STATISTICS -> verifyStatistics(c);
      case ADAPTATION_CASE, ADAPTATION_PLAN -> verifyCase(c);
      case BED_LABEL -> new Verification(Verification.Outcome.NOT_FOUND, c.kind(), c.recordId(), null, null);
      case ANSWERS_FILE -> new Verification(Verification.Outcome.UNREGISTERED, c.kind(), c.recordId(), null, null);
    };
    audit(AuditAction.REPORT_VERIFIED, target(c.kind()), c.recordId().toString(),
        "kind=" + c.kind() + " outcome=" + v.outcome());
    return v;
  }

  private Verification verifyAssessment(VerificationCode c) {
    AssessmentReports.Current now;
    try {
      now = assessmentReports.current(c.recordId());
    } catch (UserFacingException notFound) {
      return new Verification(Verification.Outcome.NOT_FOUND, c.kind(), c.recordId(), null, null);
    }
    AssessmentStatus status = now.record().status();
    if (!c.matches(ReportKind.ASSESSMENT, c.recordId(), now.contentHash())) {
      return new Verification(Verification.Outcome.CHANGED_SINCE_PRINTED, c.kind(), c.recordId(), status.name(),
          null);
    }
    if (status == AssessmentStatus.SUPERSEDED) {
      UUID by = tx.read(w -> new ReportingRepository(w).correctionOf(c.recordId())).orElse(null);
      return new Verification(Verification.Outcome.MATCHES_SUPERSEDED, c.kind(), c.recordId(), status.name(), by);
    }
    return new Verification(Verification.Outcome.MATCHES, c.kind(), c.recordId(), status.name(), null);
  }

  private Verification verifyElder(VerificationCode c) {
    ElderSummaryData data;
    try {
      data = summaries.make(c.recordId(), LocalDate.now(clock));
    } catch (UserFacingException notFound) {
      return new Verification(Verification.Outcome.NOT_FOUND, c.kind(), c.recordId(), null, null);
    }
    boolean same = c.matches(ReportKind.ELDER_SUMMARY, c.recordId(), hashes.of(data.content()));
    return new Verification(same ? Verification.Outcome.MATCHES : Verification.Outcome.CHANGED_SINCE_PRINTED,
        c.kind(), c.recordId(), "ELDER", null);
  }

  /** A case sheet or plan confirmation: the hash of what it would print now; detail is the case's step. */
  private Verification verifyCase(VerificationCode c) {
    AdaptationCaseData data;
    try {
      data = caseReports.make(c.recordId(), LocalDate.now(clock), c.kind() == ReportKind.ADAPTATION_CASE);
    } catch (UserFacingException notFound) {
      return new Verification(Verification.Outcome.NOT_FOUND, c.kind(), c.recordId(), null, null);
    }
    String hash = hashes.of(c.kind() == ReportKind.ADAPTATION_CASE ? data.caseContent() : data.planContent());
    boolean same = c.matches(c.kind(), c.recordId(), hash);
    return new Verification(same ? Verification.Outcome.MATCHES : Verification.Outcome.CHANGED_SINCE_PRINTED,
        c.kind(), c.recordId(), "CASE " + caseReports.stateOf(c.recordId()), null);
  }

  private Verification verifyStatistics(VerificationCode c) {
    LocalDate today = LocalDate.now(clock);
    for (YearMonth month : statistics.months(YearMonth.from(today))) {
      for (String township : statistics.townships()) {
        if (ContentHashes.statisticsId(township, month).equals(c.recordId())) {
          MonthlyStatisticsData data = statistics.make(township, month, today);
          boolean same = c.matches(ReportKind.MONTHLY_STATISTICS, c.recordId(), hashes.of(data.content()));
          return new Verification(same ? Verification.Outcome.MATCHES : Verification.Outcome.CHANGED_SINCE_PRINTED,
              c.kind(), c.recordId(), (township == null ? "*" : township) + " " + month, null);
        }
      }
    }
    return new Verification(Verification.Outcome.NOT_FOUND, c.kind(), c.recordId(), null, null);
  }

  // ------------------------------------------------------------------------------------------ helpers

  /** A township code as given, checked: 12 digits naming a township (乡、镇、街道) of the catalogue. */
  private String township(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip();
    boolean known = c.matches("\\d{12}") && divisions.find(c).map(d -> d.level() == Division.TOWNSHIP).orElse(false);
    if (!known) {
      throw new UserFacingException("reporting.problem.township", c);
    }
    return c;
  }

  private static String target(ReportKind kind) {
    return switch (kind) {
      case ASSESSMENT, ANSWERS_FILE -> TARGET_ASSESSMENT;
      case ELDER_SUMMARY -> TARGET_ELDER;
      case MONTHLY_STATISTICS -> TARGET_STATISTICS;
      case ADAPTATION_CASE, ADAPTATION_PLAN -> TARGET_CASE;
      case BED_LABEL -> TARGET_BED;
    };
  }

  private static String detail(Report r) {
    return "kind=" + r.kind() + " code=" + r.verificationCode();
  }

  /**
   * The whole record id: unique in a folder of a thousand (the first digits of a time-ordered id are the same for
   * everything made within a minute), and what someone types to find the record.
   */
  private static String fileId(UUID id) {
    return id.toString().toLowerCase(Locale.ROOT);
  }

  private void audit(AuditAction action, String targetType, String targetId, String detail) {
    Instant now = clock.instant();
    tx.writeVoid(w -> new AuditLog(w).append(now, session.username(), action, targetType, targetId, detail));
  }
}

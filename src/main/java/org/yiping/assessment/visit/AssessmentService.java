package org.yiping.assessment.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiping.assessment.engine.Problem;
import org.yiping.assessment.engine.ProblemText;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import static org.yiping.core.Texts.blankToNull;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.Outbox;

/**
 * The home-visit assessment: start on an elder's file, save every answer the moment it is given, finalize (only
 * complete, only by an assessor whose certificate is valid that day; then locked and hashed), review (approve or
 * return with a comment), and correct by a new version that supersedes the old. Every step is audited.
 */
public final class AssessmentService {
  private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() {};

  private final Transactions tx;
  private final Session session;
  private final Supplier<FormRegistry> forms;
  private final ScoringEngine engine = new ScoringEngine();
  private final ObjectMapper json;
  private final Clock clock;

  public AssessmentService(Transactions tx, Session session, Supplier<FormRegistry> forms, ObjectMapper json,
      Clock clock) {
    this.tx = tx;
    this.session = session;
    this.forms = forms;
    this.json = json;
    this.clock = clock;
  }

  /** Starts a draft on the latest version of {@code formId}; the draft keeps that version forever. */
  public AssessmentProgress start(UUID elderId, String formId, AssessmentReason reason) {
    return startVisit(elderId, reason, List.of(formId)).get(0);
  }

  /**
   * Starts one home visit with a draft per form (e.g. GB/T 42195 and LTC 2021), sharing a visit id so that the
   * items both forms ask can be suggested from one to the other ({@link #suggestions}).
   */
  public List<AssessmentProgress> startVisit(UUID elderId, AssessmentReason reason, List<String> formIds) {
    session.require(Permission.ASSESS);
    List<FormDefinition> chosen = new java.util.ArrayList<>();
    for (String formId : formIds) {
      FormDefinition form = forms.get().latest(formId)
          .orElseThrow(() -> new UserFacingException("assessment.problem.unknownForm", formId));
      if (form.scoring() == null) {
        throw new UserFacingException("assessment.problem.notScored", formId);
      }
      chosen.add(form);
    }
    Instant now = clock.instant();
    UUID visitId = Ids.newId();
    List<AssessmentRecord> records = tx.write(w -> {
      AssessmentRepository repo = new AssessmentRepository(w);
      if (!repo.elderExists(elderId)) {
        throw new UserFacingException("elder.problem.notFound");
      }
      List<AssessmentRecord> out = new java.util.ArrayList<>();
      for (FormDefinition form : chosen) {
        Assessment a = new Assessment(Ids.newId(), visitId, elderId, form.id(), form.version(), form.contentHash(),
            reason, session.username(), session.certificateNumber(), now, "{}", null, null);
        a.touch(now, session.username(), session.deviceId());
        repo.add(a);
        new Outbox(w).recordCreated(Assessment.RECORD_TYPE, a, now);
        new AuditLog(w).append(now, session.username(), AuditAction.ASSESSMENT_STARTED, Assessment.RECORD_TYPE,
            a.id().toString(), form.key());
        out.add(a.toRecord(Map.of()));
      }
      return out;
    });
    return records.stream().map(this::progress).toList();
  }

  /**
   * A suggested answer for an unanswered item, for the assessor to confirm: from another form of the same visit, or
   * ({@code previousOn} set) the elder's last locked assessment on this form, for items the form marks
   * {@code carryOver} (chronic diagnoses; never the 30-day events).
   */
  public record Suggestion(String item, Object value, List<Object> candidates, String fromForm, String fromItem,
      LocalDate previousOn) {
    public Suggestion(String item, Object value, List<Object> candidates, String fromForm, String fromItem) {
      this(item, value, candidates, fromForm, fromItem, null);
    }
  }

  /**
   * Suggestions for the unanswered items of {@code id} that another assessment of the same visit already answered
   * (the pairs of assessment-forms/mappings). {@code value} is set only when exactly one answer fits; otherwise
   * {@code candidates} lists the possible ones. Nothing is filled in until the assessor confirms.
   */
  public Map<String, Suggestion> suggestions(UUID id) {
    session.require(Permission.ASSESS);
    return tx.read(w -> {
      AssessmentRepository repo = new AssessmentRepository(w);
      Assessment target = repo.byId(id).orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
      Map<String, Object> own = parse(target.answersJson());
      Map<String, Suggestion> out = new LinkedHashMap<>();
      carriedOver(repo, target, own, out);
      for (Assessment other : repo.ofVisit(target.visitId())) {
        if (other.id().equals(id)) {
          continue;
        }
        forms.get().mapping(target.formId(), other.formId()).ifPresent(mapping -> {
          for (var p : mapping.prefill(other.formId(), parse(other.answersJson()))) {
            if (!own.containsKey(p.targetItem()) && !p.candidates().isEmpty()) {
              out.put(p.targetItem(), new Suggestion(p.targetItem(), p.suggested(), p.candidates(), other.formId(),
                  p.sourceItem()));
            }
          }
        });
      }
      return out;
    });
  }

  /** What the elder's last locked assessment on the same form answered to the items the form carries over. */
  private void carriedOver(AssessmentRepository repo, Assessment target, Map<String, Object> own,
      Map<String, Suggestion> out) {
    FormDefinition form = form(target);
    List<String> items = form.sections().stream().flatMap(s -> s.items().stream())
        .filter(i -> Boolean.TRUE.equals(i.attributes().get("carryOver"))).map(i -> i.code())
        .filter(code -> !own.containsKey(code)).toList();
    if (items.isEmpty()) {
      return;
    }
    repo.ofElder(target.elderId()).stream()
        .filter(a -> a.formId().equals(target.formId()) && !a.id().equals(target.id()))
        .filter(a -> a.status() == AssessmentStatus.FINALIZED || a.status() == AssessmentStatus.APPROVED)
        .max(java.util.Comparator.comparing(Assessment::finalizedAt))
        .ifPresent(last -> {
          Map<String, Object> before = parse(last.answersJson());
          LocalDate on = last.finalizedAt().atZone(clock.getZone()).toLocalDate();
          for (String code : items) {
            Object value = before.get(code);
            if (value != null) {
              out.put(code, new Suggestion(code, value, List.of(value), target.formId(), code, on));
            }
          }
        });
  }

  /**
   * Saves one answer at once (its own transaction: a power cut loses nothing given before it) and returns the live
   * result. {@code value} is what the engine reads: an Integer score, a Boolean, or a list of codes; null clears it.
   */
  public AssessmentProgress answer(UUID id, String item, Object value) {
    session.require(Permission.ASSESS);
    Instant now = clock.instant();
    AssessmentRecord r = tx.write(w -> {
      Assessment a = mine(new AssessmentRepository(w), id);
      if (a.status() != AssessmentStatus.DRAFT) {
        throw new UserFacingException("assessment.problem.locked");
      }
      FormDefinition form = form(a);
      Map<String, Object> answers = parse(a.answersJson());
      if (value == null) {
        answers.remove(item);
      } else {
        List<Problem> problems = engine.scorer(form).validate(Map.of(item, value)).stream()
            .filter(p -> item.equals(p.item())).toList();
        if (!problems.isEmpty()) {
          throw new UserFacingException("assessment.problem.answer", ProblemText.render(problems.get(0)));
        }
        answers.put(item, value);
      }
      a.saveAnswers(write(answers), item);
      a.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(Assessment.RECORD_TYPE, a, now);
      return a.toRecord(answers);
    });
    return progress(r);
  }

  /** Opens an assessment with its live result; every opening is audited. */
  public AssessmentProgress open(UUID id) {
    session.require(Permission.VIEW_ELDERS);
    Instant now = clock.instant();
    AssessmentRecord r = tx.write(w -> {
      Assessment a = new AssessmentRepository(w).byId(id)
          .orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
      new AuditLog(w).append(now, session.username(), AuditAction.ASSESSMENT_VIEWED, Assessment.RECORD_TYPE,
          id.toString(), null);
      return a.toRecord(parse(a.answersJson()));
    });
    return progress(r);
  }

  /** The signed-in assessor's drafts, newest first, each at the item where it stopped. */
  public List<AssessmentRecord> myDrafts() {
    session.require(Permission.ASSESS);
    return tx.read(w -> new AssessmentRepository(w).byStatusAndAssessor(AssessmentStatus.DRAFT, session.username())
        .stream().map(a -> a.toRecord(parse(a.answersJson()))).toList());
  }

  /** Assessments the township office sent back to the signed-in assessor, with its comment. */
  public List<AssessmentRecord> returnedToMe() {
    session.require(Permission.ASSESS);
    return tx.read(w -> new AssessmentRepository(w).byStatusAndAssessor(AssessmentStatus.RETURNED,
        session.username()).stream().map(a -> a.toRecord(parse(a.answersJson()))).toList());
  }

  /** The township office's queue: finalized assessments waiting for review, oldest first. */
  public List<AssessmentRecord> reviewQueue() {
    session.require(Permission.REVIEW);
    return tx.read(w -> new AssessmentRepository(w).byStatus(AssessmentStatus.FINALIZED).stream()
        .map(a -> a.toRecord(parse(a.answersJson()))).toList());
  }

  /** Every assessment of one elder, newest first (superseded versions included, marked as such). */
  public List<AssessmentRecord> history(UUID elderId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new AssessmentRepository(w).ofElder(elderId).stream()
        .map(a -> a.toRecord(parse(a.answersJson()))).toList());
  }

  /**
   * Locks a complete draft: refused with the list of what is missing until complete, and refused unless the signed-in
   * assessor's certificate is valid today. The locked content is hashed; a version it corrects becomes superseded.
   */
  public AssessmentProgress finalizeAssessment(UUID id, String secondAssessor, String visitPlace) {
    session.require(Permission.ASSESS);
    LocalDate today = LocalDate.now(clock);
    if (!session.certificateValidOn(today)) {
      throw new UserFacingException("assessment.problem.certificate",
          session.certificateExpiry() == null ? "-" : session.certificateExpiry().toString());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AssessmentRecord r = tx.write(w -> {
      AssessmentRepository repo = new AssessmentRepository(w);
      Assessment a = mine(repo, id);
      if (a.status() != AssessmentStatus.DRAFT) {
        throw new UserFacingException("assessment.problem.locked");
      }
      Map<String, Object> answers = parse(a.answersJson());
      ScoringResult result = engine.score(form(a), answers);
      if (!result.complete()) {
        throw new AssessmentIncompleteException(result.missing());
      }
      if (blankToNull(secondAssessor) == null && new org.yiping.store.Settings(w).get(SECOND_ASSESSOR_SETTING)
          .map(Boolean::parseBoolean).orElse(false)) {
        throw new UserFacingException("assessment.problem.secondAssessor");
      }
      a.setVisit(blankToNull(secondAssessor), blankToNull(visitPlace));
      a.lock(now, session.certificateNumber(), result.total(), result.finalLevel(),
          contentHash(a, answers, result, now, secondAssessor, visitPlace, EvidenceService.digests(w, a.id())));
      a.touch(now, session.username(), session.deviceId());
      if (a.supersedesId() != null) {
        repo.byId(a.supersedesId()).ifPresent(old -> {
          old.supersede();
          old.touch(now, session.username(), session.deviceId());
          new Outbox(w).recordChange(Assessment.RECORD_TYPE, old, now);
        });
      }
      new Outbox(w).recordChange(Assessment.RECORD_TYPE, a, now);
      new AuditLog(w).append(now, session.username(), AuditAction.ASSESSMENT_FINALIZED, Assessment.RECORD_TYPE,
          id.toString(), "level=" + result.finalLevel());
      return a.toRecord(answers);
    });
    return progress(r);
  }

  /** Township office: accepts a finalized assessment. */
  public AssessmentRecord approve(UUID id) {
    return review(id, AssessmentStatus.APPROVED, null, AuditAction.ASSESSMENT_APPROVED);
  }

  /** Township office: sends a finalized assessment back with a comment the assessor sees. */
  public AssessmentRecord returnForCorrection(UUID id, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new UserFacingException("assessment.problem.commentNeeded");
    }
    return review(id, AssessmentStatus.RETURNED, comment.strip(), AuditAction.ASSESSMENT_RETURNED);
  }

  private AssessmentRecord review(UUID id, AssessmentStatus outcome, String comment, AuditAction action) {
    session.require(Permission.REVIEW);
    Instant now = clock.instant();
    return tx.write(w -> {
      Assessment a = new AssessmentRepository(w).byId(id)
          .orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
      if (a.status() != AssessmentStatus.FINALIZED) {
        throw new UserFacingException("assessment.problem.notFinalized");
      }
      a.review(outcome, session.username(), now, comment);
      a.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(Assessment.RECORD_TYPE, a, now);
      new AuditLog(w).append(now, session.username(), action, Assessment.RECORD_TYPE, id.toString(), null);
      return a.toRecord(parse(a.answersJson()));
    });
  }

  /**
   * Corrects a locked assessment: a new draft with the same answers and form version, carrying the reason. The old
   * one stays readable; it is marked superseded when the correction is finalized.
   */
  public AssessmentProgress correct(UUID id, String reason) {
    session.require(Permission.ASSESS);
    if (reason == null || reason.isBlank()) {
      throw new UserFacingException("assessment.problem.reasonNeeded");
    }
    Instant now = clock.instant();
    AssessmentRecord r = tx.write(w -> {
      AssessmentRepository repo = new AssessmentRepository(w);
      Assessment old = repo.byId(id).orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
      if (old.status() == AssessmentStatus.DRAFT || old.status() == AssessmentStatus.SUPERSEDED) {
        throw new UserFacingException("assessment.problem.notCorrectable");
      }
      AssessmentRecord o = old.toRecord(Map.of());
      Assessment a = new Assessment(Ids.newId(), old.visitId(), o.elderId(), o.formId(), o.formVersion(),
          o.formHash(), o.reason(), session.username(), session.certificateNumber(), now, old.answersJson(), old.id(),
          reason.strip());
      a.touch(now, session.username(), session.deviceId());
      repo.add(a);
      new Outbox(w).recordCreated(Assessment.RECORD_TYPE, a, now);
      EvidenceService.copyEvidence(w, old.id(), a.id(), now, session);
      new AuditLog(w).append(now, session.username(), AuditAction.ASSESSMENT_CORRECTED, Assessment.RECORD_TYPE,
          a.id().toString(), "supersedes=" + id);
      return a.toRecord(parse(a.answersJson()));
    });
    return progress(r);
  }

  /** Months a result stays valid (GB/T 42195 practice: 12); a region can change the setting. */
  public static final int DEFAULT_VALIDITY_MONTHS = 12;
  /** The setting that holds the validity in months. */
  public static final String VALIDITY_SETTING = "assessment.validityMonths";
  /** The setting that exempts 能力完全丧失 (GB/T 42195 level 4) from routine reassessment when "true". */
  public static final String EXEMPT_COMPLETE_LOSS_SETTING = "assessment.exemptCompleteLoss";
  /** The GB/T 42195 form and its 能力完全丧失 level, the only result the exemption applies to. */
  static final String GBT_FORM = "gbt42195-2022";
  static final int COMPLETE_LOSS = 4;

  /** The newest locked result per elder and form, keyed "elder|form". */
  private static Map<String, AssessmentRepository.ResultRow> latestResults(AssessmentRepository repo) {
    Map<String, AssessmentRepository.ResultRow> latest = new java.util.HashMap<>();
    for (AssessmentRepository.ResultRow a : repo.currentResultRows()) {
      latest.merge(a.elderId() + "|" + a.formId(), a, (x, y) -> x.finalizedAt().isAfter(y.finalizedAt()) ? x : y);
    }
    return latest;
  }

  /**
   * The final level of each elder's newest locked result on {@code formId} (elders without one are absent): what the
   * dashboard counts by level. No answers are read, so it stays quick for 100,000 elders.
   */
  public Map<UUID, Integer> latestLevels(String formId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> {
      Map<UUID, Integer> out = new java.util.HashMap<>();
      latestResults(new AssessmentRepository(w)).values().stream().filter(r -> r.formId().equals(formId))
          .filter(r -> r.finalLevel() != null).forEach(r -> out.put(r.elderId(), r.finalLevel()));
      return out;
    });
  }

  /**
   * Assessments locked in [from, to) (including those since returned or corrected), per form; only of
   * {@code elders} when given (null: all).
   */
  public Map<String, Long> finalizedBetween(Instant from, Instant to, java.util.Set<UUID> elders) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> {
      Map<String, Long> out = new java.util.TreeMap<>();
      for (Object[] r : new AssessmentRepository(w).finalizedBetween(from, to)) {
        if (elders == null || elders.contains((UUID) r[0])) {
          out.merge((String) r[1], 1L, Long::sum);
        }
      }
      return out;
    });
  }

  /** The setting that makes a second assessor's name required to finalize, where a region assesses in pairs. */
  public static final String SECOND_ASSESSOR_SETTING = "assessment.requireSecondAssessor";

  /** Whether this region requires a second assessor's name on every finalized assessment. */
  public boolean secondAssessorRequired() {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new org.yiping.store.Settings(w).get(SECOND_ASSESSOR_SETTING).map(Boolean::parseBoolean)
        .orElse(false));
  }

  /** Admin: require (or not) a second assessor's name to finalize. Audited. */
  public void requireSecondAssessor(boolean required) {
    session.require(Permission.CHANGE_SETTINGS);
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      new org.yiping.store.Settings(w).put(SECOND_ASSESSOR_SETTING, Boolean.toString(required));
      new AuditLog(w).append(now, session.username(), AuditAction.SETTINGS_CHANGED, "setting",
          SECOND_ASSESSOR_SETTING, Boolean.toString(required));
    });
  }

  /** How long results stay valid in this region; read by lists and the elder's results history. */
  public Validity validity() {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(this::validity);
  }

  private Validity validity(org.yiping.store.Work w) {
    org.yiping.store.Settings settings = new org.yiping.store.Settings(w);
    int months = settings.get(VALIDITY_SETTING).map(Integer::parseInt).orElse(DEFAULT_VALIDITY_MONTHS);
    boolean exempt = settings.get(EXEMPT_COMPLETE_LOSS_SETTING).map(Boolean::parseBoolean).orElse(false);
    return new Validity(months, exempt);
  }

  /** Admin: the validity in months (1 to 60) and whether 能力完全丧失 is exempt from reassessment. Audited. */
  public void changeValidity(int months, boolean exemptCompleteLoss) {
    session.require(Permission.CHANGE_SETTINGS);
    if (months < 1 || months > 60) {
      throw new UserFacingException("settings.problem.validityMonths", 1, 60);
    }
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      org.yiping.store.Settings settings = new org.yiping.store.Settings(w);
      settings.put(VALIDITY_SETTING, Integer.toString(months));
      settings.put(EXEMPT_COMPLETE_LOSS_SETTING, Boolean.toString(exemptCompleteLoss));
      new AuditLog(w).append(now, session.username(), AuditAction.SETTINGS_CHANGED, "setting", VALIDITY_SETTING,
          months + " months, exemptCompleteLoss=" + exemptCompleteLoss);
    });
  }

  /** The region's validity rule for results. */
  public record Validity(int months, boolean exemptCompleteLoss) {
    /** The last day {@code formId}'s result at {@code level} holds, or null when it is exempt (never due). */
    public LocalDate validUntil(String formId, Integer level, LocalDate decidedOn) {
      if (exemptCompleteLoss && GBT_FORM.equals(formId) && level != null && level == COMPLETE_LOSS) {
        return null;
      }
      return decidedOn.plusMonths(months);
    }
  }

  /**
   * Results overdue for reassessment, and those falling due within {@code dueWithinDays}, most overdue first.
   * {@code townshipCode} and {@code assessor} narrow the list when given (null for all). Results the region exempts
   * (能力完全丧失, when set) are never listed.
   */
  public List<Reassessment> reassessments(LocalDate today, int dueWithinDays, String townshipCode,
      String assessor) {
    session.require(Permission.VIEW_ELDERS);
    java.time.ZoneId zone = clock.getZone();
    return tx.read(w -> {
      AssessmentRepository repo = new AssessmentRepository(w);
      Validity validity = validity(w);
      Map<String, AssessmentRepository.ResultRow> latest = latestResults(repo);
      Map<UUID, String[]> places = repo.elderPlaces(latest.values().stream()
          .map(AssessmentRepository.ResultRow::elderId).collect(java.util.stream.Collectors.toSet()));
      return latest.values().stream()
          .map(a -> {
            LocalDate on = a.finalizedAt().atZone(zone).toLocalDate();
            LocalDate until = validity.validUntil(a.formId(), a.finalLevel(), on);
            String[] place = places.getOrDefault(a.elderId(), new String[] {"?", null});
            return until == null ? null : new Reassessment(a.id(), a.elderId(), place[0], place[1], a.formId(),
                a.assessor(), a.finalLevel(), on, until, until.isBefore(today));
          })
          .filter(java.util.Objects::nonNull)
          .filter(r -> !r.validUntil().isAfter(today.plusDays(dueWithinDays)))
          .filter(r -> townshipCode == null || townshipCode.equals(r.townshipCode()))
          .filter(r -> assessor == null || assessor.equals(r.assessor()))
          .sorted(java.util.Comparator.comparing(Reassessment::validUntil))
          .toList();
    });
  }

  private AssessmentProgress progress(AssessmentRecord r) {
    FormDefinition form = forms.get().find(r.formId(), r.formVersion())
        .orElseThrow(() -> new UserFacingException("assessment.problem.unknownForm", r.formId()));
    return new AssessmentProgress(r, engine.score(form, r.answers()));
  }

  private Assessment mine(AssessmentRepository repo, UUID id) {
    Assessment a = repo.byId(id).orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
    if (!a.assessor().equals(session.username())) {
      throw new UserFacingException("assessment.problem.notYours", a.assessor());
    }
    return a;
  }

  /** The exact version the assessment was filled on, forever, even after a newer one ships. */
  private FormDefinition form(Assessment a) {
    return forms.get().find(a.formId(), a.formVersion())
        .orElseThrow(() -> new UserFacingException("assessment.problem.unknownForm", a.formId()));
  }

  private String contentHash(Assessment a, Map<String, Object> answers, ScoringResult result, Instant at,
      String second, String place, List<String> evidence) {
    Map<String, Object> content = new LinkedHashMap<>();
    AssessmentRecord r = a.toRecord(Map.of());
    content.put("id", r.id().toString());
    content.put("elderId", r.elderId().toString());
    content.put("form", r.formId() + "@" + r.formVersion());
    content.put("formHash", r.formHash());
    content.put("reason", r.reason().name());
    content.put("answers", new TreeMap<>(answers));
    content.put("assessor", r.assessor());
    content.put("certificate", session.certificateNumber());
    content.put("secondAssessor", blankToNull(second));
    content.put("visitPlace", blankToNull(place));
    content.put("evidence", evidence);
    content.put("finalizedAt", at.toString());
    content.put("total", result.total());
    content.put("finalLevel", result.finalLevel());
    try {
      byte[] canonical = json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> parse(String answersJson) {
    try {
      return json.readValue(answersJson, ANSWERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("answers unreadable", e);
    }
  }

  private String write(Map<String, Object> answers) {
    try {
      return json.writeValueAsString(answers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

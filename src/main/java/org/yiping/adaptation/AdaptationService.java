package org.yiping.adaptation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Item;
import org.yiping.assessment.history.ExternalResultKind;
import org.yiping.assessment.history.ResultHistoryService;
import org.yiping.assessment.history.ResultRow;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import static org.yiping.core.Texts.blankToNull;
import org.yiping.elder.ElderFile;
import org.yiping.elder.ElderService;
import org.yiping.elder.HardshipFlag;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.store.Work;
import org.yiping.sync.Outbox;

/**
 * Home adaptation cases (适老化改造): apply with the eligibility checked from the elder's file (or overridden with a
 * reason), record the home assessment as a costed plan on the 30-item checklist, and move the case step by step, each
 * step by the role that owns it, each kept and audited.
 */
public final class AdaptationService {
  /** The checklist form the plan is written on. */
  public static final String CHECKLIST = "home-adaptation-2020";
  static final int MAX_QUANTITY = 99;
  static final long MAX_UNIT_COST_FEN = 100_000_00L;
  private static final TypeReference<List<PlanLine>> LINES = new TypeReference<>() {};

  private final Transactions tx;
  private final Session session;
  private final ElderService elders;
  private final ResultHistoryService results;
  private final Supplier<FormRegistry> forms;
  private final ObjectMapper json;
  private final Clock clock;

  public AdaptationService(Transactions tx, Session session, ElderService elders, ResultHistoryService results,
      Supplier<FormRegistry> forms, ObjectMapper json, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.elders = elders;
    this.results = results;
    this.forms = forms;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The eligibility rule of the national programme (民发〔2020〕86号: special-hardship households with an elder who is
   * old, disabled or handicapped), checked on the file and the latest results. Reasons are codes the screen words:
   * {@code economic:TEKUN}, {@code age:84}, {@code level:3}, {@code flag:DISABLED}, {@code certificate},
   * {@code missing:economic}, {@code missing:need}.
   */
  public Eligibility eligibility(UUID elderId) {
    ElderFile file = elders.get(elderId);
    return eligibility(file, results.history(elderId, LocalDate.now(clock)));
  }

  private Eligibility eligibility(ElderFile file, List<ResultRow> history) {
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (file.economicStatus() != null && file.economicStatus().hardship()) {
      found.add("economic:" + file.economicStatus().name());
    } else {
      missing.add("missing:economic");
    }
    List<String> need = new ArrayList<>();
    int age = file.ageOn(LocalDate.now(clock));
    if (age >= 80) {
      need.add("age:" + age);
    }
    for (HardshipFlag f : file.flags()) {
      if (f == HardshipFlag.DISABLED || f == HardshipFlag.SEVERE_DISABILITY) {
        need.add("flag:" + f.name());
      }
    }
    history.stream()
        .filter(r -> r.state() == ResultRow.State.CURRENT || r.state() == ResultRow.State.IN_REVIEW)
        .filter(r -> r.source() == ResultRow.Source.OWN ? "gbt42195-2022".equals(r.standard())
            : ExternalResultKind.CAPABILITY_LEVEL.name().equals(r.standard()))
        .findFirst().filter(r -> r.level() != null && r.level() >= 1).ifPresent(r -> need.add("level:" + r.level()));
    if (history.stream().anyMatch(r -> r.state() == ResultRow.State.CURRENT
        && ExternalResultKind.DISABILITY_CERTIFICATE.name().equals(r.standard()))) {
      need.add("certificate");
    }
    if (need.isEmpty()) {
      missing.add("missing:need");
    }
    found.addAll(need);
    boolean eligible = missing.isEmpty();
    return new Eligibility(eligible, eligible ? found : missing);
  }

  /**
   * Opens a case for the elder's household in {@code year}. An ineligible household needs {@code overrideReason}
   * (kept on the case and audited); a household has one open case at a time.
   */
  public CaseRecord apply(UUID elderId, int year, String overrideReason) {
    session.require(Permission.EDIT_ELDERS);
    ElderFile file = elders.get(elderId);
    Eligibility e = eligibility(file, results.history(elderId, LocalDate.now(clock)));
    String override = blankToNull(overrideReason);
    if (!e.eligible() && override == null) {
      throw new UserFacingException("adaptation.problem.notEligible", String.join(";", e.reasons()));
    }
    if (override != null && override.length() > 500) {
      throw new UserFacingException("adaptation.problem.tooLong", 500);
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (year < thisYear - 1 || year > thisYear + 1) {
      throw new UserFacingException("adaptation.problem.year", thisYear - 1, thisYear + 1);
    }
    FormDefinition checklist = checklist();
    Instant now = clock.instant();
    return tx.write(w -> {
      AdaptationRepository repo = new AdaptationRepository(w);
      if (repo.openCaseOf(elderId).isPresent()) {
        throw new UserFacingException("adaptation.problem.openCase");
      }
      AdaptationCase c = new AdaptationCase(Ids.newId(), elderId, file.townshipCode(), year, e,
          e.eligible() ? null : override, checklist.version(), now);
      c.touch(now, session.username(), session.deviceId());
      repo.add(c);
      new Outbox(w).recordCreated(AdaptationCase.RECORD_TYPE, c, now);
      step(w, c, null, CaseState.APPLIED, AdaptationStep.Action.APPLY, e.eligible() ? null : "override", now);
      new AuditLog(w).append(now, session.username(), AuditAction.ADAPTATION_APPLIED, AdaptationCase.RECORD_TYPE,
          c.id().toString(), e.eligible() ? "eligible" : "override");
      return c.toRecord(List.of());
    });
  }

  /**
   * Records the home assessment as a plan: for each checklist item needed, the quantity, unit cost and payer. Only
   * before the township office approves the plan; the totals per payer are computed here, never typed.
   */
  public CaseRecord plan(UUID caseId, List<PlanLine> lines) {
    if (!session.may(Permission.ASSESS)) {
      session.require(Permission.REVIEW);
    }
    List<PlanLine> clean = check(lines);
    long subsidy = clean.stream().filter(l -> l.payer() == Payer.SUBSIDY).mapToLong(PlanLine::totalFen).sum();
    long family = clean.stream().filter(l -> l.payer() == Payer.FAMILY).mapToLong(PlanLine::totalFen).sum();
    String planJson = write(clean);
    Instant now = clock.instant();
    return tx.write(w -> {
      AdaptationCase c = find(w, caseId);
      if (c.state() != CaseState.APPLIED && c.state() != CaseState.HOME_ASSESSED) {
        throw new UserFacingException("adaptation.problem.planLocked");
      }
      c.plan(planJson, subsidy, family);
      c.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(AdaptationCase.RECORD_TYPE, c, now);
      new AuditLog(w).append(now, session.username(), AuditAction.ADAPTATION_PLANNED, AdaptationCase.RECORD_TYPE,
          caseId.toString(), clean.stream().filter(PlanLine::needed).count() + " items");
      return c.toRecord(clean);
    });
  }

  /** Moves the case to its next step, by the role that owns the current one. */
  public CaseRecord advance(UUID caseId, String note) {
    Instant now = clock.instant();
    return tx.write(w -> {
      AdaptationCase c = find(w, caseId);
      CaseState from = c.state();
      if (from.closed()) {
        throw new UserFacingException("adaptation.problem.closed");
      }
      session.require(from.toAdvance());
      List<PlanLine> lines = read(c.planJson());
      if (from == CaseState.APPLIED && lines.stream().noneMatch(PlanLine::needed)) {
        throw new UserFacingException("adaptation.problem.noPlan");
      }
      CaseState to = from.next();
      c.moveTo(to, null);
      c.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(AdaptationCase.RECORD_TYPE, c, now);
      step(w, c, from, to, AdaptationStep.Action.ADVANCE, blankToNull(note), now);
      new AuditLog(w).append(now, session.username(), AuditAction.ADAPTATION_ADVANCED, AdaptationCase.RECORD_TYPE,
          caseId.toString(), from + "->" + to);
      return c.toRecord(lines);
    });
  }

  /** 退回: the township office sends a case back one step, with the reason the previous owner sees. */
  public CaseRecord sendBack(UUID caseId, String reason) {
    return close(caseId, reason, AdaptationStep.Action.SEND_BACK);
  }

  /** 终止: the township office ends a case at any step, with a reason (the elder moved, died, declined…). */
  public CaseRecord terminate(UUID caseId, String reason) {
    return close(caseId, reason, AdaptationStep.Action.TERMINATE);
  }

  private CaseRecord close(UUID caseId, String reason, AdaptationStep.Action action) {
    session.require(Permission.REVIEW);
    String why = blankToNull(reason);
    if (why == null) {
      throw new UserFacingException("adaptation.problem.reasonNeeded");
    }
    if (why.length() > 500) {
      throw new UserFacingException("adaptation.problem.tooLong", 500);
    }
    Instant now = clock.instant();
    return tx.write(w -> {
      AdaptationCase c = find(w, caseId);
      CaseState from = c.state();
      if (from.closed()) {
        throw new UserFacingException("adaptation.problem.closed");
      }
      if (action == AdaptationStep.Action.SEND_BACK && from == CaseState.APPLIED) {
        throw new UserFacingException("adaptation.problem.firstStep");
      }
      CaseState to = action == AdaptationStep.Action.TERMINATE ? CaseState.TERMINATED : from.previous();
      c.moveTo(to, action == AdaptationStep.Action.TERMINATE ? why : null);
      c.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(AdaptationCase.RECORD_TYPE, c, now);
      step(w, c, from, to, action, why, now);
      new AuditLog(w).append(now, session.username(), action == AdaptationStep.Action.TERMINATE
          ? AuditAction.ADAPTATION_TERMINATED : AuditAction.ADAPTATION_SENT_BACK, AdaptationCase.RECORD_TYPE,
          caseId.toString(), from + "->" + to);
      return c.toRecord(read(c.planJson()));
    });
  }

  public CaseRecord get(UUID caseId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> {
      AdaptationCase c = find(w, caseId);
      return c.toRecord(read(c.planJson()));
    });
  }

  /** Who moved the case, from where to where, when and why, oldest first. */
  public List<AdaptationStep.StepRecord> steps(UUID caseId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new AdaptationRepository(w).steps(caseId).stream().map(AdaptationStep::toRecord).toList());
  }

  /** Cases of a township (null: all) and year (null: all), oldest application first. */
  public List<CaseRecord> cases(String townshipCode, Integer year) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new AdaptationRepository(w).cases(townshipCode, year).stream()
        .map(c -> c.toRecord(read(c.planJson()))).toList());
  }

  /** One elder's cases, oldest application first: what a bed set-up can rely on. */
  public List<CaseRecord> casesOf(UUID elderId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new AdaptationRepository(w).casesOf(elderId).stream()
        .map(c -> c.toRecord(read(c.planJson()))).toList());
  }

  /** Cases of a township (null: all) with {@code year} as their target year, per state: the dashboard's figures. */
  public java.util.Map<CaseState, Long> countByState(String townshipCode, int year) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new AdaptationRepository(w).countByState(townshipCode, year));
  }

  /** The setting that holds a year's target number of homes adapted in this store's area, e.g. "adaptation.target.2026". */
  public static String targetSetting(int year) {
    return "adaptation.target." + year;
  }

  /** The year's target (homes to adapt) entered by the admin, or null when none was set. */
  public Integer target(int year) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new org.yiping.store.Settings(w).get(targetSetting(year)).map(Integer::parseInt).orElse(null));
  }

  /** Admin: this area's target of homes adapted in {@code year} (0 to 100,000). Audited. */
  public void setTarget(int year, int homes) {
    session.require(Permission.CHANGE_SETTINGS);
    if (homes < 0 || homes > 100_000) {
      throw new UserFacingException("adaptation.problem.target", 0, 100_000);
    }
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      new org.yiping.store.Settings(w).put(targetSetting(year), Integer.toString(homes));
      new AuditLog(w).append(now, session.username(), AuditAction.SETTINGS_CHANGED, "setting", targetSetting(year),
          Integer.toString(homes));
    });
  }

  private void step(Work w, AdaptationCase c, CaseState from, CaseState to, AdaptationStep.Action action,
      String note, Instant now) {
    AdaptationStep s = new AdaptationStep(Ids.newId(), c.id(), from, to, action, note, session.username(), now);
    s.touch(now, session.username(), session.deviceId());
    new AdaptationRepository(w).add(s);
    new Outbox(w).recordCreated(AdaptationStep.RECORD_TYPE, s, now);
  }

  private AdaptationCase find(Work w, UUID caseId) {
    return new AdaptationRepository(w).byId(caseId)
        .orElseThrow(() -> new UserFacingException("adaptation.problem.notFound"));
  }

  private FormDefinition checklist() {
    return forms.get().latest(CHECKLIST)
        .orElseThrow(() -> new UserFacingException("assessment.problem.unknownForm", CHECKLIST));
  }

  /** Each line names a checklist item once, with a sensible quantity and cost; says which line is wrong. */
  private List<PlanLine> check(List<PlanLine> lines) {
    FormDefinition checklist = checklist();
    Map<String, Item> items = new java.util.HashMap<>();
    checklist.sections().forEach(s -> s.items().forEach(i -> items.put(i.code(), i)));
    Set<String> seen = new HashSet<>();
    List<PlanLine> out = new ArrayList<>();
    for (PlanLine l : lines) {
      if (l == null || l.item() == null || !items.containsKey(l.item())) {
        throw new UserFacingException("adaptation.problem.unknownItem", l == null ? "-" : l.item());
      }
      String label = items.get(l.item()).label();
      if (!seen.add(l.item())) {
        throw new UserFacingException("adaptation.problem.duplicateItem", label);
      }
      if (l.needed() && (l.quantity() < 1 || l.quantity() > MAX_QUANTITY)) {
        throw new UserFacingException("adaptation.problem.quantity", label, 1, MAX_QUANTITY);
      }
      if (l.unitCostFen() < 0 || l.unitCostFen() > MAX_UNIT_COST_FEN) {
        throw new UserFacingException("adaptation.problem.cost", label, MAX_UNIT_COST_FEN / 100);
      }
      if (l.needed() && l.payer() == null) {
        throw new UserFacingException("adaptation.problem.payer", label);
      }
      String note = blankToNull(l.note());
      if (note != null && note.length() > 200) {
        throw new UserFacingException("adaptation.problem.tooLong", 200);
      }
      out.add(new PlanLine(l.item(), l.needed(), l.needed() ? l.quantity() : 0, l.unitCostFen(),
          l.needed() ? l.payer() : null, note));
    }
    return out;
  }

  private String write(List<PlanLine> lines) {
    try {
      return json.writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<PlanLine> read(String planJson) {
    try {
      return json.readValue(planJson, LINES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("adaptation plan unreadable", e);
    }
  }
}

package org.yiping.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yiping.adaptation.AcceptanceRole;
import org.yiping.adaptation.AcceptanceSignature;
import org.yiping.adaptation.AdaptationEvidenceService;
import org.yiping.adaptation.AdaptationService;
import org.yiping.adaptation.AdaptationStep;
import org.yiping.adaptation.CasePhoto;
import org.yiping.adaptation.CaseRecord;
import org.yiping.adaptation.CaseState;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.Phase;
import org.yiping.adaptation.PlanLine;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Item;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.ElderFile;
import org.yiping.elder.ElderService;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.report.ReportText;
import org.yiping.report.SignatureStrokes;
import org.yiping.report.adaptation.AdaptationCaseData;
import org.yiping.report.adaptation.AdaptationText;
import org.yiping.report.assessment.IdNumberPrinting;
import org.yiping.security.Accounts;

/**
 * Gathers a home adaptation case for its documents from the case, its steps, photos and signatures and the elder's
 * file, through reads that audit nothing (the report's own entry records what was seen). Words every code.
 */
final class AdaptationCaseReports {
  /** Printed documents are Chinese only; the words are the screens' (one wording for a step or a reason). */
  private static final Messages WORDS = Messages.chinese();

  private final AdaptationService cases;
  private final AdaptationEvidenceService evidence;
  private final ElderService elders;
  private final Accounts accounts;
  private final DivisionCatalog divisions;
  private final Supplier<FormRegistry> forms;
  private final ZoneId zone;

  AdaptationCaseReports(AdaptationService cases, AdaptationEvidenceService evidence, ElderService elders,
      Accounts accounts, DivisionCatalog divisions, Supplier<FormRegistry> forms, ZoneId zone) {
    this.cases = cases;
    this.evidence = evidence;
    this.elders = elders;
    this.accounts = accounts;
    this.divisions = divisions;
    this.forms = forms;
    this.zone = zone;
  }

  /**
   * The case as printed on {@code today}.
   *
   * @param withEvidence also the steps, photos and signatures (the case sheet); the plan confirmation needs none
   * @throws org.yiping.core.UserFacingException if the case or the elder's file is not found
   */
  AdaptationCaseData make(UUID caseId, LocalDate today, boolean withEvidence) {
    CaseRecord c = cases.get(caseId);
    ElderFile f = elders.fileForReport(c.elderId());
    FormDefinition checklist = forms.get().find(AdaptationService.CHECKLIST, c.formVersion())
        .or(() -> forms.get().latest(AdaptationService.CHECKLIST)).orElse(null);
    Map<String, Item> items = new HashMap<>();
    if (checklist != null) {
      checklist.sections().forEach(s -> s.items().forEach(i -> items.put(i.code(), i)));
    }

    List<AdaptationCaseData.PlanItem> plan = new ArrayList<>();
    for (PlanLine l : c.plan()) {
      Item item = items.get(l.item());
      String label = item == null ? l.item() : item.label();
      String tier = item == null ? null : (String) item.attributes().get("tierLabel");
      plan.add(new AdaptationCaseData.PlanItem(l.item(), label, tier, l.needed(), l.quantity(),
          AdaptationText.UNITS.get(l.item()), l.unitCostFen(), payer(l.payer()), l.totalFen(), l.note()));
    }

    List<AdaptationCaseData.StepLine> steps = new ArrayList<>();
    List<AdaptationCaseData.Photo> photos = new ArrayList<>();
    List<AdaptationCaseData.Signature> signatures = new ArrayList<>();
    if (withEvidence) {
      List<AdaptationStep.StepRecord> log = cases.steps(caseId);
      Set<String> users = new HashSet<>();
      log.forEach(s -> users.add(s.by()));
      Map<String, String> names = accounts.displayNames(users);
      for (AdaptationStep.StepRecord s : log) {
        String step = s.from() == null ? state(s.to())
            : String.format(AdaptationText.STEP_FROM_TO, state(s.from()), state(s.to()));
        String note = s.action() == AdaptationStep.Action.APPLY && "override".equals(s.note())
            ? AdaptationText.OVERRIDE_NOTE : s.note();
        steps.add(new AdaptationCaseData.StepLine(step, action(s.action()), names.getOrDefault(s.by(), s.by()),
            s.at(), note));
      }
      for (CasePhoto p : evidence.photos(caseId)) {
        Item item = items.get(p.itemCode());
        photos.add(new AdaptationCaseData.Photo(p.id(), p.itemCode(), item == null ? p.itemCode() : item.label(),
            p.phase() == Phase.AFTER, p.thumbnail(), p.addedAt()));
      }
      for (AcceptanceSignature s : evidence.signatures(caseId)) {
        signatures.add(new AdaptationCaseData.Signature(new SignatureStrokes(role(s.role()), s.signerName(),
            s.width(), s.height(), s.strokes()), s.signedAt()));
      }
    }

    String flags = f.flags().stream().filter(x -> x != HardshipFlag.ADVANCED_AGE).map(HardshipFlag::chinese)
        .collect(Collectors.joining(ReportText.LIST_SEPARATOR));
    AdaptationCaseData.Household household = new AdaptationCaseData.Household(f.name(),
        f.sex() == null ? null : f.sex().chinese(), IdNumberPrinting.MASKED.apply(f.idNumber()), f.birthDate(),
        f.birthDate() == null ? null : f.ageOn(today), f.phone(), township(c.townshipCode()),
        ElderTexts.address(f), f.economicStatus() == null ? null : f.economicStatus().chinese(),
        flags.isEmpty() ? null : flags);
    String stamp = c.state() == CaseState.ARCHIVED ? null
        : c.state() == CaseState.TERMINATED ? AdaptationText.STAMP_TERMINATED : AdaptationText.STAMP_OPEN;
    String checklistName = checklist == null ? AdaptationService.CHECKLIST + " " + c.formVersion()
        : checklist.title() + "（" + checklist.standard() + "） 版本 " + c.formVersion();
    return new AdaptationCaseData(c.id(), today, stamp, household, c.targetYear(), state(c.state()),
        c.appliedAt() == null ? null : c.appliedAt().atZone(zone).toLocalDate(), checklistName, c.eligible(),
        reasons(c.eligibilityBasis()), c.eligible() ? null : c.overrideReason(),
        c.state() == CaseState.TERMINATED ? c.closedReason() : null, plan, c.subsidyTotalFen(), c.familyTotalFen(),
        steps, photos, signatures);
  }

  /** The case's step as stored (APPLIED … ARCHIVED, TERMINATED): what a verification says it is now. */
  String stateOf(UUID caseId) {
    return cases.get(caseId).state().name();
  }

  private String township(String code) {
    if (code == null) {
      return null;
    }
    return divisions.find(code).map(Division::name).orElse(code);
  }

  /** The step's name as the screens word it ({@code enum.CaseState.*}): 申请 … 归档, 已终止. */
  static String state(CaseState s) {
    return WORDS.get("enum.CaseState." + s.name());
  }

  /** 申请, 办结, 退回, 终止 ({@code adaptation.action.*}). */
  private static String action(AdaptationStep.Action a) {
    return WORDS.get("adaptation.action." + a.name());
  }

  private static String payer(Payer p) {
    if (p == null) {
      return null;
    }
    return p == Payer.SUBSIDY ? AdaptationText.PAYER_SUBSIDY : AdaptationText.PAYER_FAMILY;
  }

  static String role(AcceptanceRole r) {
    return switch (r) {
      case FAMILY -> AdaptationText.SIGN_FAMILY;
      case CONTRACTOR -> AdaptationText.SIGN_CONTRACTOR;
      case OFFICE -> AdaptationText.SIGN_OFFICE;
    };
  }

  /** The eligibility codes of the case in words, as the screens word them ({@code cases.reason.*}). */
  private static String reasons(List<String> codes) {
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      out.add(reason(code));
    }
    return out.isEmpty() ? null : String.join(WORDS.get("cases.reason.separator"), out);
  }

  /** {@code economic:TEKUN}, {@code age:84}, {@code level:3}, {@code flag:DISABLED}, {@code certificate}, {@code missing:…}. */
  private static String reason(String code) {
    String[] p = code.split(":");
    String last = p[p.length - 1];
    String key = switch (p[0]) {
      case "economic", "flag", "age", "certificate" -> "cases.reason." + p[0];
      case "level" -> "cases.reason.capability";
      case "missing" -> "cases.reason.missing." + last;
      default -> null;
    };
    if (key == null || !WORDS.has(key)) {
      return code;
    }
    return switch (p[0]) {
      case "economic" -> WORDS.get(key, word("enum.EconomicStatus." + last, last));
      case "flag" -> WORDS.get(key, word("enum.HardshipFlag." + last, last));
      case "age" -> WORDS.get(key, last);
      case "level" -> WORDS.get(key, word("results.grade.CAPABILITY_LEVEL." + last, last), last);
      default -> WORDS.get(key);
    };
  }

  private static String word(String key, String fallback) {
    return WORDS.has(key) ? WORDS.get(key) : fallback;
  }
}

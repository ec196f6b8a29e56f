package org.yiping.reporting;

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
import org.yiping.assessment.form.Scoring;
import org.yiping.assessment.history.ResultHistoryService;
import org.yiping.assessment.history.ResultRow;
import org.yiping.elder.ElderFile;
import org.yiping.elder.ElderService;
import org.yiping.elder.HardshipFlag;
import org.yiping.report.ReportText;
import org.yiping.report.assessment.IdNumberPrinting;
import org.yiping.report.elder.ElderSummaryData;
import org.yiping.security.Accounts;

/** Gathers an elder's file summary from the registry and the results history (reads that audit nothing). */
final class ElderSummaries {
  /** The forms whose level scale names the grades of the matching external results. */
  static final String CAPABILITY_FORM = "gbt42195-2022";
  static final String LTC_FORM = "ltc-2021";

  private final ElderService elders;
  private final ResultHistoryService results;
  private final Accounts accounts;
  private final Supplier<FormRegistry> forms;
  private final CaseLines caseLines;

  ElderSummaries(ElderService elders, ResultHistoryService results, Accounts accounts, Supplier<FormRegistry> forms,
      CaseLines caseLines) {
    this.elders = elders;
    this.results = results;
    this.accounts = accounts;
    this.forms = forms;
    this.caseLines = caseLines;
  }

  /** The summary as printed on {@code today}; the ID number is masked (a summary is never the filed copy). */
  ElderSummaryData make(UUID elderId, LocalDate today) {
    ElderFile f = elders.fileForReport(elderId);
    List<ResultRow> rows = results.history(elderId, today);
    Set<String> users = new HashSet<>();
    rows.stream().filter(r -> r.source() == ResultRow.Source.OWN).forEach(r -> users.add(r.decidedBy()));
    Map<String, String> names = accounts.displayNames(users);

    List<String> flags = f.flags().stream().filter(x -> x != HardshipFlag.ADVANCED_AGE)
        .map(HardshipFlag::chinese).toList();
    List<ElderSummaryData.ContactLine> contacts = f.contacts().stream()
        .map(c -> new ElderSummaryData.ContactLine(c.name(), ElderTexts.label(c.relation()), c.phone(),
            c.guardian()))
        .toList();
    List<ElderSummaryData.ResultLine> lines = new ArrayList<>();
    for (ResultRow r : rows) {
      lines.add(line(r, names));
    }
    return new ElderSummaryData(f.id(), today, f.name(), f.sex(), IdNumberPrinting.MASKED.apply(f.idNumber()),
        f.birthDate(), ElderTexts.address(f), ElderTexts.details(f, true), flags,
        f.flags().contains(HardshipFlag.ADVANCED_AGE), contacts, lines, caseLines.cases(elderId),
        caseLines.beds(elderId));
  }

  private ElderSummaryData.ResultLine line(ResultRow r, Map<String, String> names) {
    ElderSummaryData.Standing standing = switch (r.state()) {
      case SUPERSEDED -> ElderSummaryData.Standing.SUPERSEDED;
      case IN_REVIEW -> ElderSummaryData.Standing.IN_REVIEW;
      case CURRENT, EXPIRED -> ElderSummaryData.Standing.HOLDS;
    };
    if (r.source() == ResultRow.Source.OWN) {
      String standard = forms.get().latest(r.standard()).map(FormDefinition::title).orElse(r.standard());
      return new ElderSummaryData.ResultLine(standard, level(r.level(), r.levelName()), r.decidedOn(),
          r.validUntil(), names.getOrDefault(r.decidedBy(), r.decidedBy()), standing);
    }
    String standard;
    String result;
    switch (r.standard()) {
      case "DISABILITY_CERTIFICATE" -> {
        standard = ReportText.EXTERNAL_DISABILITY;
        String grade = r.level() != null && r.level() >= 1 && r.level() <= ReportText.DISABILITY_GRADES.size()
            ? ReportText.DISABILITY_GRADES.get(r.level() - 1) : String.valueOf(r.level());
        result = r.category() == null ? grade : String.format(ReportText.CATEGORY_GRADE,
            ReportText.DISABILITY_CATEGORIES.get(r.category().ordinal()), grade);
      }
      case "LTC_GRADE" -> {
        standard = ReportText.EXTERNAL_LTC;
        result = level(r.level(), levelName(LTC_FORM, r.level()));
      }
      case "CAPABILITY_LEVEL" -> {
        standard = ReportText.EXTERNAL_CAPABILITY;
        result = level(r.level(), levelName(CAPABILITY_FORM, r.level()));
      }
      default -> {
        standard = r.standard();
        result = level(r.level(), null);
      }
    }
    return new ElderSummaryData.ResultLine(standard, result, r.decidedOn(), r.validUntil(), r.decidedBy(), standing);
  }

  private String levelName(String formId, Integer level) {
    if (level == null) {
      return null;
    }
    return forms.get().latest(formId).map(FormDefinition::scoring).map(s -> s.level(level))
        .map(Scoring.LevelDef::name).orElse(null);
  }

  /** {@code 2 级 能力中度受损}, or the number alone when the scale has no name for it. */
  private static String level(Integer level, String name) {
    if (level == null) {
      return null;
    }
    return name == null ? String.valueOf(level) : String.format(ReportText.LEVEL_VALUE, level, name);
  }
}

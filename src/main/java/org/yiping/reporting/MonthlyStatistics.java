package org.yiping.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Scoring;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.elder.ElderIndex;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.report.ReportText;
import org.yiping.report.stats.MonthlyStatisticsData;
import org.yiping.report.stats.MonthlyStatisticsData.Count;
import org.yiping.reporting.ReportingRepository.AssessmentRow;
import org.yiping.reporting.ReportingRepository.ElderRow;
import org.yiping.store.Transactions;

/**
 * Counts a township's month as the store stood at the end of it (or today, while the month runs): the same month
 * counted again later gives the same figures unless a record of that time changed, which is what lets a printed
 * copy be verified.
 *
 * <ul>
 *   <li>elders: files made by then and not deleted since (a file's township and flags are as they are now: the
 *       store keeps no history of them);
 *   <li>a result stands at a time when it was finalized by then, not sent back by then, and not replaced by a
 *       correction finalized by then;
 *   <li>level: the elder's latest standing GB/T 42195 result; done: standing results finalized in the month;
 *   <li>overdue: the latest standing result of each elder and form whose validity (the region's setting, the
 *       能力完全丧失 exemption) ended before the day counted on, as the reassessment list showed it that day.
 * </ul>
 */
final class MonthlyStatistics {
  private final Transactions tx;
  private final AssessmentService assessments;
  private final DivisionCatalog divisions;
  private final Supplier<FormRegistry> forms;
  private final ZoneId zone;

  MonthlyStatistics(Transactions tx, AssessmentService assessments, DivisionCatalog divisions,
      Supplier<FormRegistry> forms, ZoneId zone) {
    this.tx = tx;
    this.assessments = assessments;
    this.divisions = divisions;
    this.forms = forms;
    this.zone = zone;
  }

  /** The name printed for a township code; {@code null} means every township. */
  String townshipName(String code) {
    if (code == null) {
      return ReportText.ALL_TOWNSHIPS;
    }
    return divisions.find(code).map(d -> d.name()).orElse(code);
  }

  MonthlyStatisticsData make(String townshipCode, YearMonth month, LocalDate today) {
    boolean complete = month.atEndOfMonth().isBefore(today);
    LocalDate asOf = complete ? month.atEndOfMonth() : today;
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();
    AssessmentService.Validity validity = assessments.validity();

    List<ElderRow> elders = new ArrayList<>();
    List<AssessmentRow> rows = new ArrayList<>();
    tx.read(w -> {
      ReportingRepository repo = new ReportingRepository(w);
      repo.elders(townshipCode).stream().filter(e -> e.createdAt().isBefore(end)).forEach(elders::add);
      rows.addAll(repo.lockedAssessments(townshipCode));
      return null;
    });
    Map<UUID, ElderRow> byId = new HashMap<>();
    elders.forEach(e -> byId.put(e.id(), e));

    // Standing results at the end of the day counted on.
    Set<UUID> supersededByThen = new HashSet<>();
    for (AssessmentRow a : rows) {
      if (a.supersedesId() != null && a.finalizedAt().isBefore(end)) {
        supersededByThen.add(a.supersedesId());
      }
    }
    List<AssessmentRow> standing = rows.stream()
        .filter(a -> byId.containsKey(a.elderId()))
        .filter(a -> a.finalizedAt().isBefore(end))
        .filter(a -> !(a.returned() && a.reviewedAt() != null && a.reviewedAt().isBefore(end)))
        .filter(a -> !supersededByThen.contains(a.id()))
        .toList();

    // The latest standing result of each elder and form.
    Map<String, AssessmentRow> latest = new HashMap<>();
    for (AssessmentRow a : standing) {
      latest.merge(a.elderId() + "|" + a.formId(), a, (x, y) -> x.finalizedAt().isAfter(y.finalizedAt()) ? x : y);
    }

    Scoring capability = forms.get().latest(ElderSummaries.CAPABILITY_FORM).map(FormDefinition::scoring)
        .orElse(null);
    Map<Integer, Integer> levelCounts = new TreeMap<>();
    int notAssessed = 0;
    for (ElderRow e : elders) {
      AssessmentRow r = latest.get(e.id() + "|" + ElderSummaries.CAPABILITY_FORM);
      if (r == null || r.finalLevel() == null) {
        notAssessed++;
      } else {
        levelCounts.merge(r.finalLevel(), 1, Integer::sum);
      }
    }
    List<Count> byLevel = new ArrayList<>();
    if (capability != null) {
      for (Scoring.LevelDef l : capability.levels()) {
        byLevel.add(new Count(String.format(ReportText.LEVEL_VALUE, l.level(), l.name()),
            levelCounts.getOrDefault(l.level(), 0)));
        levelCounts.remove(l.level());
      }
    }
    levelCounts.forEach((level, n) -> byLevel.add(new Count(String.valueOf(level), n)));
    byLevel.add(new Count(ReportText.NOT_ASSESSED, notAssessed));

    List<Count> byFlag = new ArrayList<>();
    for (HardshipFlag flag : HardshipFlag.values()) {
      int n = 0;
      for (ElderRow e : elders) {
        if (flags(e, asOf).contains(flag)) {
          n++;
        }
      }
      byFlag.add(new Count(flag.chinese(), n));
    }

    Map<String, int[]> done = new TreeMap<>();
    Map<UUID, Integer> doneByElder = new HashMap<>();
    for (AssessmentRow a : standing) {
      if (!a.finalizedAt().isBefore(start)) {
        int[] c = done.computeIfAbsent(a.formId(), k -> new int[2]);
        c[0]++;
        if (a.reviewedAt() != null && a.reviewedAt().isBefore(end) && !a.returned()) {
          c[1]++;
        }
        doneByElder.merge(a.elderId(), 1, Integer::sum);
      }
    }
    Map<String, Integer> overdue = new TreeMap<>();
    Map<UUID, Integer> overdueByElder = new HashMap<>();
    for (AssessmentRow a : latest.values()) {
      LocalDate on = a.finalizedAt().atZone(zone).toLocalDate();
      LocalDate until = validity.validUntil(a.formId(), a.finalLevel(), on);
      if (until != null && until.isBefore(asOf)) {
        overdue.merge(a.formId(), 1, Integer::sum);
        overdueByElder.merge(a.elderId(), 1, Integer::sum);
      }
    }
    Set<String> formIds = new TreeSet<>(done.keySet());
    formIds.addAll(overdue.keySet());
    List<MonthlyStatisticsData.FormCount> doneLines = new ArrayList<>();
    List<Count> overdueLines = new ArrayList<>();
    for (String formId : formIds) {
      String title = forms.get().latest(formId).map(FormDefinition::title).orElse(formId);
      int[] c = done.getOrDefault(formId, new int[2]);
      doneLines.add(new MonthlyStatisticsData.FormCount(title, c[0], c[1]));
      overdueLines.add(new Count(title, overdue.getOrDefault(formId, 0)));
    }

    List<MonthlyStatisticsData.TownshipLine> townships = new ArrayList<>();
    if (townshipCode == null) {
      Map<String, int[]> perTownship = new TreeMap<>(java.util.Comparator.nullsLast(String::compareTo));
      for (ElderRow e : elders) {
        int[] c = perTownship.computeIfAbsent(e.townshipCode(), k -> new int[3]);
        c[0]++;
        c[1] += doneByElder.getOrDefault(e.id(), 0);
        c[2] += overdueByElder.getOrDefault(e.id(), 0);
      }
      perTownship.forEach((code, c) -> townships.add(new MonthlyStatisticsData.TownshipLine(code,
          code == null ? ReportText.UNKNOWN_TOWNSHIP : townshipName(code), c[0], c[1], c[2])));
    }
    return new MonthlyStatisticsData(townshipCode, townshipName(townshipCode), month, asOf, complete,
        elders.size(), byLevel, byFlag, doneLines, overdueLines, townships);
  }

  /** The flags recorded on the file, and 高龄 when 80 or older on {@code on}. */
  private static Set<HardshipFlag> flags(ElderRow e, LocalDate on) {
    Set<HardshipFlag> out = EnumSet.noneOf(HardshipFlag.class);
    if (e.flags() != null && !e.flags().isBlank()) {
      Arrays.stream(e.flags().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> {
        try {
          out.add(HardshipFlag.valueOf(s));
        } catch (IllegalArgumentException unknown) {
          // A flag from a newer version (after sync): not one of the columns this report counts.
        }
      });
    }
    if (e.birthDate() != null && !e.birthDate().plusYears(ElderIndex.ADVANCED_AGE).isAfter(on)) {
      out.add(HardshipFlag.ADVANCED_AGE);
    } else {
      out.remove(HardshipFlag.ADVANCED_AGE);
    }
    return out;
  }

  /** Months that can have statistics: from the month of the first file to {@code today}'s. */
  List<YearMonth> months(YearMonth until) {
    Instant first = tx.read(w -> new ReportingRepository(w).firstFileCreated()).orElse(null);
    List<YearMonth> out = new ArrayList<>();
    if (first == null) {
      return out;
    }
    for (YearMonth m = YearMonth.from(first.atZone(zone)); !m.isAfter(until); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** Township codes a statistics code may name: every code on a file, and {@code null} for all of them. */
  List<String> townships() {
    List<String> out = new ArrayList<>(tx.read(w -> new ReportingRepository(w).townshipCodes()));
    out.add(null);
    return out;
  }
}

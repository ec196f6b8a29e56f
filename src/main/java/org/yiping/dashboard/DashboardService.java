package org.yiping.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.yiping.adaptation.AdaptationService;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.assessment.visit.Reassessment;
import org.yiping.bed.BedService;
import org.yiping.carevisit.CareVisitService;
import org.yiping.elder.ElderFacts;
import org.yiping.elder.ElderService;
import org.yiping.elder.HardshipFlag;
import org.yiping.security.Permission;
import org.yiping.security.Session;

/**
 * Puts the dashboard together from the features' own figures. Every figure comes from a projection or an aggregate
 * query, never from loading whole records, so it stays under a second for 100,000 elders and 10,000 cases.
 */
public final class DashboardService {
  static final String GBT = "gbt42195-2022";
  static final int DUE_WITHIN_DAYS = 30;

  private final Session session;
  private final ElderService elders;
  private final AssessmentService assessments;
  private final AdaptationService adaptation;
  private final BedService beds;
  private final CareVisitService visits;
  private final Clock clock;

  public DashboardService(Session session, ElderService elders, AssessmentService assessments,
      AdaptationService adaptation, BedService beds, CareVisitService visits, Clock clock) {
    this.session = session;
    this.elders = elders;
    this.assessments = assessments;
    this.adaptation = adaptation;
    this.beds = beds;
    this.visits = visits;
    this.clock = clock;
  }

  public Dashboard of(String townshipCode, YearMonth month) {
    session.require(Permission.VIEW_ELDERS);
    LocalDate today = LocalDate.now(clock);
    List<ElderFacts> facts = elders.facts(townshipCode);
    Map<HardshipFlag, Integer> byFlag = new EnumMap<>(HardshipFlag.class);
    for (ElderFacts e : facts) {
      for (HardshipFlag f : e.flags()) {
        byFlag.merge(f, 1, Integer::sum);
      }
      if (!e.flags().contains(HardshipFlag.ADVANCED_AGE) && e.ageOn(today) >= 80) {
        byFlag.merge(HardshipFlag.ADVANCED_AGE, 1, Integer::sum);
      }
    }
    Map<UUID, Integer> levels = assessments.latestLevels(GBT);
    Map<Integer, Integer> byLevel = new TreeMap<>();
    for (ElderFacts e : facts) {
      byLevel.merge(levels.getOrDefault(e.id(), -1), 1, Integer::sum);
    }
    ZoneId zone = clock.getZone();
    java.util.Set<UUID> inTownship = null;
    if (townshipCode != null) {
      inTownship = new java.util.HashSet<>();
      for (ElderFacts e : facts) {
        inTownship.add(e.id());
      }
    }
    Map<String, Long> done = assessments.finalizedBetween(month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), inTownship);
    List<Reassessment> due = assessments.reassessments(today, DUE_WITHIN_DAYS, townshipCode, null);
    int overdue = (int) due.stream().filter(Reassessment::overdue).count();
    return new Dashboard(townshipCode, month, today, facts.size(), byFlag, byLevel, done, overdue,
        due.size() - overdue, adaptation.countByState(townshipCode, month.getYear()),
        adaptation.target(month.getYear()), beds.openCount(townshipCode), beds.servicesIn(townshipCode, month),
        visits.coverageOf(facts, month));
  }
}

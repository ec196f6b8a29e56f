package org.yiping.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.yiping.adaptation.CaseState;
import org.yiping.carevisit.Coverage;
import org.yiping.elder.HardshipFlag;

/**
 * The figures a township head looks at, for one township (null: the whole store) and month.
 *
 * @param byLevel elders per GB/T 42195 final level of their newest result; key -1 counts those never assessed
 * @param assessmentsInMonth assessments locked in the month, per form id
 * @param adaptationByState this year's adaptation cases per state
 * @param adaptationTarget this year's target of homes adapted, null when the admin set none
 */
public record Dashboard(String townshipCode, YearMonth month, LocalDate asOf, int elders,
    Map<HardshipFlag, Integer> byFlag, Map<Integer, Integer> byLevel, Map<String, Long> assessmentsInMonth,
    int reassessmentsOverdue, int reassessmentsDueSoon, Map<CaseState, Long> adaptationByState,
    Integer adaptationTarget, long bedsOpen, long bedServicesInMonth, Coverage visits) {

  /** Homes adapted this year: cases accepted, settled or archived. */
  public long adapted() {
    return adaptationByState.getOrDefault(CaseState.ACCEPTED, 0L)
        + adaptationByState.getOrDefault(CaseState.SETTLED, 0L)
        + adaptationByState.getOrDefault(CaseState.ARCHIVED, 0L);
  }
}

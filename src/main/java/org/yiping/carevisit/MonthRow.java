package org.yiping.carevisit;

import java.util.List;
import org.yiping.elder.ElderFacts;

/**
 * One elder on a month's visit list: why they must be visited ({@code reasons}: flag or economic codes), the assigned
 * visitor (null: none yet), the visits of that month, and where the month stands for them.
 */
public record MonthRow(ElderFacts elder, List<String> reasons, String visitor, List<CareVisitRecord> visits,
    State state) {
  public MonthRow {
    reasons = List.copyOf(reasons);
    visits = List.copyOf(visits);
  }

  /** Visited this month; still to visit; the month ended without a visit. */
  public enum State { VISITED, DUE, MISSED }
}

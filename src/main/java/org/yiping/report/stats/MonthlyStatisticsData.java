package org.yiping.report.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one township's month (or of every township), as printed.
 *
 * @param townshipCode the 12-digit code, {@code null} for every township of the store
 * @param townshipName as printed (城关镇, or 全部乡镇（街道）)
 * @param asOf the day the figures are counted on: the month's last day, or today while the month is still running
 * @param monthComplete whether {@code asOf} is the month's last day and that day is over
 * @param elders elders on the register on {@code asOf}
 * @param byLevel elders by their GB/T 42195 final level on {@code asOf}, then those not assessed
 * @param byFlag elders by hardship flag (one elder may have several)
 * @param done assessments finalized in the month that stand on {@code asOf}, per form
 * @param overdue results past their validity on {@code asOf} and not reassessed, per form, in the order of
 *     {@code done}
 * @param townships one line per township when {@code townshipCode} is {@code null}, else empty
 */
public record MonthlyStatisticsData(String townshipCode, String townshipName, YearMonth month, LocalDate asOf,
    boolean monthComplete, int elders, List<Count> byLevel, List<Count> byFlag, List<FormCount> done,
    List<Count> overdue, List<TownshipLine> townships) {

  /** A label and how many. */
  public record Count(String label, int count) {}

  /** Assessments of one form done in the month, and how many of them the office has approved. */
  public record FormCount(String form, int done, int approved) {}

  /** One township of a store-wide report. */
  public record TownshipLine(String code, String name, int elders, int done, int overdue) {}

  public MonthlyStatisticsData {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(asOf, "asOf");
    byLevel = List.copyOf(byLevel);
    byFlag = List.copyOf(byFlag);
    done = List.copyOf(done);
    overdue = List.copyOf(overdue);
    if (overdue.size() != done.size()) {
      throw new IllegalArgumentException("done and overdue are counted for the same forms");
    }
    townships = townships == null ? List.of() : List.copyOf(townships);
  }

  public int doneTotal() {
    return done.stream().mapToInt(FormCount::done).sum();
  }

  public int approvedTotal() {
    return done.stream().mapToInt(FormCount::approved).sum();
  }

  public int overdueTotal() {
    return overdue.stream().mapToInt(Count::count).sum();
  }

  /** Every figure printed, in a fixed order, for the verification code's hash (canonical JSON made by the caller). */
  public Map<String, Object> content() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "monthly-statistics-1");
    m.put("townshipCode", townshipCode);
    m.put("townshipName", townshipName);
    m.put("month", month.toString());
    m.put("asOf", asOf.toString());
    m.put("monthComplete", monthComplete);
    m.put("elders", elders);
    m.put("byLevel", counts(byLevel));
    m.put("byFlag", counts(byFlag));
    List<Object> ds = new ArrayList<>();
    for (FormCount f : done) {
      ds.add(List.of(f.form(), f.done(), f.approved()));
    }
    m.put("done", ds);
    m.put("overdue", counts(overdue));
    List<Object> ts = new ArrayList<>();
    for (TownshipLine t : townships) {
      List<Object> line = new ArrayList<>();
      line.add(t.code());
      line.add(t.name());
      line.add(t.elders());
      line.add(t.done());
      line.add(t.overdue());
      ts.add(line);
    }
    m.put("townships", ts);
    return m;
  }

  private static List<Object> counts(List<Count> counts) {
    List<Object> out = new ArrayList<>();
    for (Count c : counts) {
      out.add(List.of(c.label(), c.count()));
    }
    return out;
  }
}

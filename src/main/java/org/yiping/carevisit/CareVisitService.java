package org.yiping.carevisit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.ElderFacts;
import org.yiping.elder.ElderProfile;
import org.yiping.elder.ElderService;
import org.yiping.elder.HardshipFlag;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.Outbox;

/**
 * Monthly care visits (探访关爱): who must be visited follows from the file (living alone, left behind, disabled,
 * severely handicapped, a family-planning special family, or economic hardship); each has a visitor; a visit records
 * whether the elder was well, what they need and the follow-up; at month end an elder without a visit is missed.
 */
public final class CareVisitService {
  static final Set<HardshipFlag> VISIT_FLAGS = Set.of(HardshipFlag.LIVING_ALONE, HardshipFlag.LEFT_BEHIND,
      HardshipFlag.DISABLED, HardshipFlag.SEVERE_DISABILITY, HardshipFlag.FAMILY_PLANNING_SPECIAL);

  private final Transactions tx;
  private final Session session;
  private final ElderService elders;
  private final Clock clock;

  public CareVisitService(Transactions tx, Session session, ElderService elders, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.elders = elders;
    this.clock = clock;
  }

  /** Whether an elder with these flags and economic status must be visited every month. */
  public static boolean mustBeVisited(Set<HardshipFlag> flags, EconomicStatus economicStatus) {
    return flags.stream().anyMatch(VISIT_FLAGS::contains)
        || economicStatus != null && economicStatus.hardship();
  }

  /** Why an elder must be visited every month: flag and economic codes; empty when they need not be. */
  public static List<String> reasons(ElderFacts e) {
    List<String> out = new ArrayList<>();
    e.flags().stream().filter(VISIT_FLAGS::contains).sorted().forEach(f -> out.add("flag:" + f.name()));
    if (e.economicStatus() != null && e.economicStatus().hardship()) {
      out.add("economic:" + e.economicStatus().name());
    }
    return out;
  }

  /** The township office names who visits an elder each month (any active user). Audited. */
  public void assign(UUID elderId, String visitor) {
    session.require(Permission.REVIEW);
    String who = visitor == null ? "" : visitor.strip();
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      CareVisitRepository repo = new CareVisitRepository(w);
      if (!repo.elderExists(elderId)) {
        throw new UserFacingException("elder.problem.notFound");
      }
      if (!repo.activeUser(who)) {
        throw new UserFacingException("care.problem.visitor", who);
      }
      CareAssignment a = repo.assignmentOf(elderId).orElse(null);
      if (a == null) {
        a = new CareAssignment(Ids.newId(), elderId, who);
        a.touch(now, session.username(), session.deviceId());
        repo.add(a);
        new Outbox(w).recordCreated(CareAssignment.RECORD_TYPE, a, now);
      } else {
        a.visitor(who);
        a.touch(now, session.username(), session.deviceId());
        new Outbox(w).recordChange(CareAssignment.RECORD_TYPE, a, now);
      }
      new AuditLog(w).append(now, session.username(), AuditAction.CARE_VISITOR_ASSIGNED, "elder",
          elderId.toString(), who);
    });
  }

  /**
   * Who can be named as a visitor (every active user, by user name), so the office picks from a list and the lists
   * show names rather than user names. Not audited: it reads no elder's data.
   */
  public List<Visitor> visitors() {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new CareVisitRepository(w).activeUsers());
  }

  /** Records a visit by the signed-in user; the month is the visit's own. */
  public CareVisitRecord record(UUID elderId, LocalDate visitedOn, boolean foundWell, Set<NeedKind> needs,
      String followUp) {
    session.require(Permission.EDIT_ELDERS);
    LocalDate today = LocalDate.now(clock);
    if (visitedOn == null || visitedOn.isAfter(today) || visitedOn.isBefore(today.minusMonths(3))) {
      throw new UserFacingException("care.problem.day", today.minusMonths(3));
    }
    String follow = followUp == null || followUp.isBlank() ? null : followUp.strip();
    if (!foundWell && follow == null) {
      throw new UserFacingException("care.problem.followUp");
    }
    if (follow != null && follow.length() > 500) {
      throw new UserFacingException("care.problem.tooLong", 500);
    }
    String needList = needs == null ? null : needs.stream().map(Enum::name).sorted()
        .collect(Collectors.joining(","));
    Instant now = clock.instant();
    return tx.write(w -> {
      CareVisitRepository repo = new CareVisitRepository(w);
      if (!repo.elderExists(elderId)) {
        throw new UserFacingException("elder.problem.notFound");
      }
      CareVisit v = new CareVisit(Ids.newId(), elderId, session.username(), visitedOn, foundWell,
          needList == null || needList.isEmpty() ? null : needList, follow);
      v.touch(now, session.username(), session.deviceId());
      repo.add(v);
      new Outbox(w).recordCreated(CareVisit.RECORD_TYPE, v, now);
      new AuditLog(w).append(now, session.username(), AuditAction.CARE_VISIT_RECORDED, "elder", elderId.toString(),
          foundWell ? "well" : "needs follow-up");
      return v.toRecord();
    });
  }

  /**
   * A month's visit list for a township (null: all) and, when given, one visitor: every elder who must be visited,
   * with the visits so far; after the month has ended an elder without a visit is MISSED.
   */
  public List<MonthRow> month(String townshipCode, YearMonth month, String visitor) {
    session.require(Permission.VIEW_ELDERS);
    return month(elders.facts(townshipCode), month, visitor);
  }

  private List<MonthRow> month(List<ElderFacts> facts, YearMonth month, String visitor) {
    // By name, whether the facts came from the search index or straight from the store (which reads them unordered).
    List<ElderFacts> due = facts.stream().filter(e -> mustBeVisited(e.flags(), e.economicStatus()))
        .sorted(java.util.Comparator.comparing(ElderFacts::name)).toList();
    boolean ended = LocalDate.now(clock).isAfter(month.atEndOfMonth());
    return tx.read(w -> {
      CareVisitRepository repo = new CareVisitRepository(w);
      Map<UUID, String> visitors = new HashMap<>();
      repo.assignments().forEach(a -> visitors.put(a.elderId(), a.visitor()));
      Map<UUID, List<CareVisitRecord>> visits = new HashMap<>();
      for (CareVisit v : repo.visitsIn(month.toString())) {
        visits.computeIfAbsent(v.elderId(), k -> new ArrayList<>()).add(v.toRecord());
      }
      List<MonthRow> rows = new ArrayList<>();
      for (ElderFacts e : due) {
        String who = visitors.get(e.id());
        if (visitor != null && !visitor.equals(who)) {
          continue;
        }
        List<CareVisitRecord> vs = visits.getOrDefault(e.id(), List.of());
        MonthRow.State state = !vs.isEmpty() ? MonthRow.State.VISITED
            : ended ? MonthRow.State.MISSED : MonthRow.State.DUE;
        rows.add(new MonthRow(e, reasons(e), who, vs, state));
      }
      return rows;
    });
  }

  /** The month's coverage for a township (null: all). */
  public Coverage coverage(String townshipCode, YearMonth month) {
    session.require(Permission.VIEW_ELDERS);
    return coverageOf(elders.profile(townshipCode, LocalDate.now(clock)), townshipCode, month);
  }

  /**
   * The coverage from the counts the caller already has (the dashboard reads them once for all its figures): who must
   * be visited comes from the grouped profile, who was visited from the month's visits, so a store-wide figure never
   * reads every file.
   */
  public Coverage coverageOf(ElderProfile profile, String townshipCode, YearMonth month) {
    session.require(Permission.VIEW_ELDERS);
    int due = profile.groups().stream().filter(g -> mustBeVisited(g.flags(), g.economicStatus()))
        .mapToInt(ElderProfile.Group::count).sum();
    List<UUID> visitedIds = tx.read(w -> new CareVisitRepository(w).elderIdsVisitedIn(month.toString()));
    int visited = (int) elders.factsOf(visitedIds).stream()
        .filter(e -> townshipCode == null || townshipCode.equals(e.townshipCode()))
        .filter(e -> mustBeVisited(e.flags(), e.economicStatus())).count();
    boolean ended = LocalDate.now(clock).isAfter(month.atEndOfMonth());
    return new Coverage(due, visited, ended ? due - visited : 0);
  }
}

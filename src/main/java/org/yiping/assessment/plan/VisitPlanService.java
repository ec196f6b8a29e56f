package org.yiping.assessment.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.Outbox;

/**
 * The assessor's day: visits planned for a date, by the assessor or by the township office for an assessor. A plan
 * stays on the day screen until an assessment is started from it or it is cancelled, so a missed one carries over.
 */
public final class VisitPlanService {
  private final Transactions tx;
  private final Session session;
  private final Clock clock;

  public VisitPlanService(Transactions tx, Session session, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.clock = clock;
  }

  /**
   * Plans a visit to {@code elderId} on {@code day}. An assessor plans for themself ({@code assessor} null or their
   * own name); the township office (review permission) plans for any active assessor.
   */
  public PlannedVisitRecord plan(UUID elderId, LocalDate day, AssessmentReason reason, String assessor,
      String note) {
    boolean office = session.may(Permission.REVIEW);
    if (!office) {
      session.require(Permission.ASSESS);
    }
    String who = assessor == null || assessor.isBlank() ? session.username() : assessor.strip();
    if (!office && !who.equals(session.username())) {
      throw new UserFacingException("plan.problem.onlyOwn");
    }
    if (day == null || day.isBefore(LocalDate.now(clock))) {
      throw new UserFacingException("plan.problem.pastDay");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > 300) {
      throw new UserFacingException("plan.problem.noteLong", 300);
    }
    Instant now = clock.instant();
    return tx.write(w -> {
      VisitPlanRepository repo = new VisitPlanRepository(w);
      if (!repo.elderExists(elderId)) {
        throw new UserFacingException("elder.problem.notFound");
      }
      if (!repo.activeAssessor(who)) {
        throw new UserFacingException("plan.problem.notAssessor", who);
      }
      PlannedVisit p = new PlannedVisit(Ids.newId(), elderId, who, day,
          reason == null ? AssessmentReason.ROUTINE : reason, cleanNote);
      p.touch(now, session.username(), session.deviceId());
      repo.add(p);
      new Outbox(w).recordCreated(PlannedVisit.RECORD_TYPE, p, now);
      new AuditLog(w).append(now, session.username(), AuditAction.VISIT_PLANNED, "elder", elderId.toString(),
          who + " " + day);
      return p.toRecord();
    });
  }

  /** The signed-in assessor's open plans up to {@code day}: today's and any earlier ones not yet visited. */
  public List<PlannedVisitRecord> myOpenPlans(LocalDate day) {
    session.require(Permission.ASSESS);
    return tx.read(w -> new VisitPlanRepository(w).openUpTo(session.username(), day).stream()
        .map(PlannedVisit::toRecord).toList());
  }

  /** Plans between two days for one assessor (null: all), for the township office's overview. */
  public List<PlannedVisitRecord> between(LocalDate from, LocalDate to, String assessor) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new VisitPlanRepository(w).between(from, to, assessor).stream()
        .map(PlannedVisit::toRecord).toList());
  }

  /** Links a plan to the visit started from it, which takes it off the day screen. */
  public void started(UUID planId, UUID visitId) {
    session.require(Permission.ASSESS);
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      PlannedVisit p = mine(new VisitPlanRepository(w), planId);
      p.started(visitId);
      p.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(PlannedVisit.RECORD_TYPE, p, now);
    });
  }

  /** Cancels a plan that will not happen (a tombstone; audited). */
  public void cancel(UUID planId) {
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      VisitPlanRepository repo = new VisitPlanRepository(w);
      PlannedVisit p = session.may(Permission.REVIEW)
          ? repo.byId(planId).orElseThrow(() -> new UserFacingException("plan.problem.notFound"))
          : mine(repo, planId);
      if (p.visitId() != null) {
        throw new UserFacingException("plan.problem.alreadyStarted");
      }
      p.markDeleted();
      p.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(PlannedVisit.RECORD_TYPE, p, now);
      new AuditLog(w).append(now, session.username(), AuditAction.VISIT_PLAN_CANCELLED, PlannedVisit.RECORD_TYPE,
          planId.toString(), null);
    });
  }

  private PlannedVisit mine(VisitPlanRepository repo, UUID planId) {
    session.require(Permission.ASSESS);
    PlannedVisit p = repo.byId(planId).orElseThrow(() -> new UserFacingException("plan.problem.notFound"));
    if (!p.assessor().equals(session.username())) {
      throw new UserFacingException("plan.problem.onlyOwn");
    }
    return p;
  }
}

package org.yiping.assessment.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Scoring;
import org.yiping.assessment.visit.AssessmentRecord;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.assessment.visit.AssessmentStatus;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.Outbox;

/**
 * An elder's results from every standard side by side: our own locked GB/T 42195 and LTC assessments and the
 * results other offices decided (a disability certificate, an LTC grade), each with its date and validity.
 */
public final class ResultHistoryService {
  private final Transactions tx;
  private final Session session;
  private final AssessmentService assessments;
  private final Supplier<FormRegistry> forms;
  private final Clock clock;

  public ResultHistoryService(Transactions tx, Session session, AssessmentService assessments,
      Supplier<FormRegistry> forms, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.assessments = assessments;
    this.forms = forms;
    this.clock = clock;
  }

  /** Records a result copied from another office's document. Refused, saying what to fix, when it cannot be right. */
  public ResultRow addExternal(UUID elderId, ExternalResultInput in) {
    session.require(Permission.EDIT_ELDERS);
    ExternalResultInput clean = check(in);
    Instant now = clock.instant();
    ExternalResult saved = tx.write(w -> {
      ExternalResultRepository repo = new ExternalResultRepository(w);
      if (!repo.elderExists(elderId)) {
        throw new UserFacingException("elder.problem.notFound");
      }
      ExternalResult r = new ExternalResult(Ids.newId(), elderId, clean);
      r.touch(now, session.username(), session.deviceId());
      repo.add(r);
      new Outbox(w).recordCreated(ExternalResult.RECORD_TYPE, r, now);
      new AuditLog(w).append(now, session.username(), AuditAction.EXTERNAL_RESULT_ADDED, "elder",
          elderId.toString(), clean.kind().name());
      return r;
    });
    return row(saved, LocalDate.now(clock));
  }

  /** Removes an external result entered by mistake (a tombstone; the reason goes to the audit log). */
  public void removeExternal(UUID id, String reason) {
    session.require(Permission.EDIT_ELDERS);
    if (reason == null || reason.isBlank()) {
      throw new UserFacingException("result.problem.removeReason");
    }
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      ExternalResult r = new ExternalResultRepository(w).byId(id)
          .orElseThrow(() -> new UserFacingException("result.problem.notFound"));
      r.markDeleted();
      r.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(ExternalResult.RECORD_TYPE, r, now);
      // The reason is free text and may name the elder: the log keeps only that one was given.
      new AuditLog(w).append(now, session.username(), AuditAction.EXTERNAL_RESULT_REMOVED, "elder",
          r.elderId().toString(), r.input().kind().name());
    });
  }

  /**
   * Every result of one elder, newest first: locked assessments (drafts and returned ones are not results) and
   * external results, each marked current, expired, superseded or in review on {@code today}.
   */
  public List<ResultRow> history(UUID elderId, LocalDate today) {
    session.require(Permission.VIEW_ELDERS);
    AssessmentService.Validity validity = assessments.validity();
    List<ResultRow> rows = new ArrayList<>();
    for (AssessmentRecord a : assessments.history(elderId)) {
      if (a.status() == AssessmentStatus.DRAFT || a.status() == AssessmentStatus.RETURNED) {
        continue;
      }
      LocalDate on = a.finalizedAt().atZone(clock.getZone()).toLocalDate();
      LocalDate until = validity.validUntil(a.formId(), a.finalLevel(), on);
      ResultRow.State state = switch (a.status()) {
        case SUPERSEDED -> ResultRow.State.SUPERSEDED;
        case FINALIZED -> ResultRow.State.IN_REVIEW;
        default -> until != null && until.isBefore(today) ? ResultRow.State.EXPIRED : ResultRow.State.CURRENT;
      };
      rows.add(new ResultRow(a.id(), elderId, ResultRow.Source.OWN, a.formId(), a.finalLevel(),
          levelName(a.formId(), a.formVersion(), a.finalLevel()), null, on, until, a.assessor(), null, state,
          a.correctionReason()));
    }
    for (ExternalResult r : tx.read(w -> new ExternalResultRepository(w).ofElder(elderId))) {
      rows.add(row(r, today));
    }
    rows.sort(Comparator.comparing(ResultRow::decidedOn).reversed().thenComparing(ResultRow::standard));
    return rows;
  }

  private ResultRow row(ExternalResult r, LocalDate today) {
    ExternalResultInput in = r.input();
    boolean expired = in.validUntil() != null && in.validUntil().isBefore(today);
    return new ResultRow(r.id(), r.elderId(), ResultRow.Source.EXTERNAL, in.kind().name(), in.grade(), null,
        in.category(), in.issuedOn(), in.validUntil(), in.issuer(), in.documentNumber(),
        expired ? ResultRow.State.EXPIRED : ResultRow.State.CURRENT, in.note());
  }

  private String levelName(String formId, String version, Integer level) {
    if (level == null) {
      return null;
    }
    return forms.get().find(formId, version).map(FormDefinition::scoring).map(s -> s.level(level))
        .map(Scoring.LevelDef::name).orElse(null);
  }

  private ExternalResultInput check(ExternalResultInput in) {
    if (in == null || in.kind() == null) {
      throw new UserFacingException("result.problem.kind");
    }
    if (in.grade() < in.kind().minGrade() || in.grade() > in.kind().maxGrade()) {
      throw new UserFacingException("result.problem.grade", in.kind().minGrade(), in.kind().maxGrade());
    }
    boolean certificate = in.kind() == ExternalResultKind.DISABILITY_CERTIFICATE;
    if (certificate && in.category() == null) {
      throw new UserFacingException("result.problem.category");
    }
    String issuer = in.issuer() == null ? "" : in.issuer().strip();
    if (issuer.isEmpty()) {
      throw new UserFacingException("result.problem.issuer");
    }
    if (issuer.length() > 200) {
      throw new UserFacingException("result.problem.tooLong", 200);
    }
    String number = in.documentNumber() == null || in.documentNumber().isBlank() ? null : in.documentNumber().strip();
    if (number != null && number.length() > 64) {
      throw new UserFacingException("result.problem.tooLong", 64);
    }
    if (certificate && number == null) {
      throw new UserFacingException("result.problem.certificateNumber");
    }
    LocalDate today = LocalDate.now(clock);
    if (in.issuedOn() == null || in.issuedOn().isAfter(today)) {
      throw new UserFacingException("result.problem.issuedOn");
    }
    if (in.validUntil() != null && in.validUntil().isBefore(in.issuedOn())) {
      throw new UserFacingException("result.problem.validUntil");
    }
    String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    if (note != null && note.length() > 500) {
      throw new UserFacingException("result.problem.tooLong", 500);
    }
    return new ExternalResultInput(in.kind(), certificate ? in.category() : null, in.grade(), issuer, number,
        in.issuedOn(), in.validUntil(), note);
  }
}

package org.yiping.report.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yiping.report.SignatureStrokes;

/**
 * Everything an assessment report prints, as plain data: no store, no session. The store-backed command and the
 * screens fill it from the assessment records; {@code yiping report score} fills it from an answers file.
 *
 * @param elder the person assessed
 * @param parts one assessment, or the two of a combined visit (GB/T 42195 and LTC 2021), in print order
 * @param reason 评估原因 as printed (首次评估, 常规评估, 即时评估, 复评), {@code null} if not known
 * @param assessor who assessed and signed; {@code null} on a printout from an answers file
 * @param secondAssessor the second assessor's name where the region asks for one, else {@code null}
 * @param place 评估地点
 * @param visitedAt when the visit began (the assessment was started)
 * @param finalizedAt when the assessor confirmed it, {@code null} for a draft
 * @param reviewer who reviewed it at the township office, {@code null} before review
 * @param reviewedAt when, {@code null} before review
 * @param signatures as drawn on the signing pad; roles without one get a line to sign by hand
 * @param idNumberPrinting the whole ID number (filed copy) or masked (every other copy)
 */
public record AssessmentReportData(ElderInfo elder, List<AssessmentPart> parts, String reason,
    AssessorInfo assessor, String secondAssessor, String place, Instant visitedAt, Instant finalizedAt,
    String reviewer, Instant reviewedAt, List<SignatureStrokes> signatures, IdNumberPrinting idNumberPrinting) {

  public AssessmentReportData {
    Objects.requireNonNull(elder, "elder");
    if (parts == null || parts.isEmpty()) {
      throw new IllegalArgumentException("a report needs an assessment");
    }
    parts = List.copyOf(parts);
    signatures = signatures == null ? List.of() : List.copyOf(signatures);
    idNumberPrinting = idNumberPrinting == null ? IdNumberPrinting.MASKED : idNumberPrinting;
  }

  public static Builder builder(ElderInfo elder) {
    return new Builder(elder);
  }

  /** A report of one assessment. */
  public static Builder builder(ElderInfo elder, AssessmentPart part) {
    return new Builder(elder).part(part);
  }

  /** Several parts (a combined visit). */
  public boolean combined() {
    return parts.size() > 1;
  }

  /** Optional fields by name; {@link #build()} checks what is required. */
  public static final class Builder {
    private final ElderInfo elder;
    private final List<AssessmentPart> parts = new ArrayList<>();
    private final List<SignatureStrokes> signatures = new ArrayList<>();
    private String reason;
    private AssessorInfo assessor;
    private String secondAssessor;
    private String place;
    private Instant visitedAt;
    private Instant finalizedAt;
    private String reviewer;
    private Instant reviewedAt;
    private IdNumberPrinting idNumberPrinting = IdNumberPrinting.MASKED;

    private Builder(ElderInfo elder) {
      this.elder = elder;
    }

    public Builder part(AssessmentPart part) {
      parts.add(Objects.requireNonNull(part));
      return this;
    }

    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    public Builder assessor(AssessorInfo assessor) {
      this.assessor = assessor;
      return this;
    }

    public Builder secondAssessor(String name) {
      this.secondAssessor = name;
      return this;
    }

    public Builder place(String place) {
      this.place = place;
      return this;
    }

    public Builder visitedAt(Instant at) {
      this.visitedAt = at;
      return this;
    }

    public Builder finalizedAt(Instant at) {
      this.finalizedAt = at;
      return this;
    }

    public Builder reviewed(String reviewer, Instant at) {
      this.reviewer = reviewer;
      this.reviewedAt = at;
      return this;
    }

    public Builder signature(SignatureStrokes signature) {
      signatures.add(Objects.requireNonNull(signature));
      return this;
    }

    public Builder idNumberPrinting(IdNumberPrinting printing) {
      this.idNumberPrinting = printing;
      return this;
    }

    public AssessmentReportData build() {
      return new AssessmentReportData(elder, parts, reason, assessor, secondAssessor, place, visitedAt, finalizedAt,
          reviewer, reviewedAt, signatures, idNumberPrinting);
    }
  }
}

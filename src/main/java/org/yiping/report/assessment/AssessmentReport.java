package org.yiping.report.assessment;

import static org.yiping.report.ReportText.*;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yiping.assessment.engine.DimensionResult;
import org.yiping.assessment.engine.ItemScore;
import org.yiping.assessment.engine.LevelBasis;
import org.yiping.assessment.engine.LevelChange;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.Item;
import org.yiping.assessment.form.Option;
import org.yiping.assessment.form.Scoring;
import org.yiping.assessment.form.Section;
import org.yiping.report.KeyValueTable;
import org.yiping.report.ReportDocument;
import org.yiping.report.ReportDocument.Style;
import org.yiping.report.ReportFonts;
import org.yiping.report.ReportFrame;
import org.yiping.report.ReportKind;
import org.yiping.report.ReportTable;
import org.yiping.report.ReportTable.Align;
import org.yiping.report.ReportTable.Column;
import org.yiping.report.SectionNumbers;
import org.yiping.report.SignatureBlock;
import org.yiping.report.SignatureStrokes;
import org.yiping.report.VerificationBlock;
import org.yiping.report.VerificationCode;

/**
 * 老年人能力评估报告: one assessment (or the two of a combined visit) laid out after GB/T 42195 annex C: basic
 * information; per form the dimension scores (C.1), total (C.2), preliminary level (C.3), the rules that changed it
 * (C.4) and the final level (C.5); every item's answer by section; assessors, time and place; signatures; the form
 * version and the verification code. Thread-safe: one instance serves any number of reports at once.
 */
public final class AssessmentReport {
  /** Reports print Beijing time, the time on official documents in Xinjiang too. */
  public static final ZoneId BEIJING_TIME = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Pattern TWO_NUMBERS = Pattern.compile("(\\d+)\\D+(\\d+)");
  private static final String ANNEX_C_STANDARD = "GB/T 42195";

  private final ReportFonts fonts;
  private final Clock clock;
  private final ZoneId zone;

  /**
   * @param clock the print time in the footer
   * @param zone the time zone of every printed time
   */
  public AssessmentReport(ReportFonts fonts, Clock clock, ZoneId zone) {
    this.fonts = Objects.requireNonNull(fonts);
    this.clock = Objects.requireNonNull(clock);
    this.zone = Objects.requireNonNull(zone);
  }

  /** The bundled fonts, Beijing time. */
  public AssessmentReport(Clock clock) {
    this(ReportFonts.bundled(), clock, BEIJING_TIME);
  }

  /**
   * The report as PDF bytes.
   *
   * @throws org.yiping.report.UnprintableTextException if a text holds a character the font lacks (nothing is made)
   */
  public byte[] render(AssessmentReportData data) {
    checkTexts(data);
    return ReportDocument.render(fonts, frame(data), doc -> body(doc, data));
  }

  /**
   * Writes the report to {@code out} (not closed). The texts are checked before the first byte is written; write to
   * a temporary file anyway ({@link org.yiping.report.ReportFiles#writeAtomically}) so that no other failure leaves
   * half a file.
   */
  public void write(AssessmentReportData data, OutputStream out) {
    checkTexts(data);
    ReportDocument.write(out, fonts, frame(data), doc -> body(doc, data));
  }

  /** The code printed for one part: a stored assessment, or content from an answers file. */
  public static VerificationCode verificationCode(AssessmentPart part) {
    ReportKind kind = part.status() == ReportStatus.UNREGISTERED ? ReportKind.ANSWERS_FILE : ReportKind.ASSESSMENT;
    return VerificationCode.of(kind, part.recordId(), part.contentHash());
  }

  /** The report's title: GB/T 42195 and MZ/T 039 print 老年人能力评估报告, LTC its own, a combined visit both. */
  public static String title(AssessmentReportData data) {
    if (data.combined()) {
      return COMBINED_TITLE;
    }
    return data.parts().get(0).form().id().startsWith("ltc-") ? LTC_TITLE : ASSESSMENT_TITLE;
  }

  // ------------------------------------------------------------------------------------------ checks

  /** Every text that comes from the data, named by its field, so a refusal says where the character is. */
  private void checkTexts(AssessmentReportData d) {
    ElderInfo e = d.elder();
    fonts.requirePrintable(NAME, e.name());
    fonts.requirePrintable(ID_NUMBER, e.idNumber());
    fonts.requirePrintable(ADDRESS, e.address());
    e.details().forEach((label, value) -> {
      fonts.requirePrintable(label, label);
      fonts.requirePrintable(label, value);
    });
    fonts.requirePrintable(REASON, d.reason());
    if (d.assessor() != null) {
      fonts.requirePrintable(ASSESSOR, d.assessor().printedName());
      fonts.requirePrintable(CERTIFICATE, d.assessor().certificateNumber());
    }
    fonts.requirePrintable(SECOND_ASSESSOR, d.secondAssessor());
    fonts.requirePrintable(PLACE, d.place());
    fonts.requirePrintable(REVIEWER, d.reviewer());
    for (SignatureStrokes s : d.signatures()) {
      fonts.requirePrintable(s.roleLabel(), s.roleLabel());
      fonts.requirePrintable(s.roleLabel(), s.signerName());
    }
    for (AssessmentPart p : d.parts()) {
      fonts.requirePrintable(REMARK, p.remark());
    }
  }

  // ------------------------------------------------------------------------------------------ frame

  private ReportFrame frame(AssessmentReportData d) {
    Set<String> stamps = new LinkedHashSet<>();
    for (AssessmentPart p : d.parts()) {
      if (p.status().stamp() != null) {
        stamps.add(p.status().stamp());
      }
      if (!p.result().complete()) {
        stamps.add(STAMP_INCOMPLETE);
      }
    }
    String title = title(d);
    String name = d.elder().name();
    String header = name == null || name.isBlank() ? title : title + HEADER_SEPARATOR + name;
    return new ReportFrame(title, header, ZonedDateTime.now(clock)
        .withZoneSameInstant(zone), stamps.isEmpty() ? null : String.join(STAMP_SEPARATOR, stamps));
  }

  // ------------------------------------------------------------------------------------------ body

  private void body(ReportDocument doc, AssessmentReportData d) {
    SectionNumbers h = new SectionNumbers();
    String subtitle = d.parts().stream()
        .map(p -> String.format(ASSESSMENT_SUBTITLE, p.form().standard(), p.form().title()))
        .collect(Collectors.joining("\n"));
    doc.title(title(d), subtitle);

    doc.heading(h.next(SECTION_BASIC));
    doc.add(basicInfo(d));

    for (AssessmentPart p : d.parts()) {
      result(doc, h, p);
    }
    for (AssessmentPart p : d.parts()) {
      doc.heading(h.next(String.format(SECTION_ANSWERS, p.form().title())));
      doc.add(answers(p));
    }

    doc.heading(h.next(SECTION_PEOPLE));
    doc.add(people(d));

    doc.heading(h.next(SECTION_SIGNATURES));
    doc.add(new SignatureBlock(signatureSlots(d)));

    doc.heading(h.next(SECTION_VERIFY));
    for (AssessmentPart p : d.parts()) {
      doc.add(verification(p));
    }
  }

  private KeyValueTable basicInfo(AssessmentReportData d) {
    ElderInfo e = d.elder();
    KeyValueTable t = new KeyValueTable(2, 0.3f)
        .add(NAME, e.name())
        .add(SEX, e.sex() == null ? null : e.sex().chinese())
        .add(ID_NUMBER, e.printedIdNumber(d.idNumberPrinting()))
        .add(BIRTH_DATE, date(e.birthDate()))
        .add(AGE, e.age() == null ? null : String.format(AGE_VALUE, e.age()))
        .add(REASON, d.reason());
    e.details().forEach(t::add);
    t.addWide(ADDRESS, e.address());
    return t;
  }

  private void result(ReportDocument doc, SectionNumbers h, AssessmentPart p) {
    FormDefinition form = p.form();
    ScoringResult r = p.result();
    Scoring scoring = form.scoring();
    boolean annexC = form.standard() != null && form.standard().startsWith(ANNEX_C_STANDARD);
    String heading = String.format(SECTION_RESULT, form.title()) + (r.provisional() ? MARK_GAP + PROVISIONAL_MARK : "");
    doc.heading(h.next(heading));
    doc.add(new KeyValueTable(2, 0.3f)
        .add(STATUS, p.status().label())
        .add(FORM, p.form().id() + " " + p.form().version())
        .addWide(RECORD_ID, p.recordId().toString()));
    if (r.provisional()) {
      doc.notice(PROVISIONAL_MARK, PROVISIONAL_NOTICE);
    }
    if (!r.complete()) {
      doc.notice(STAMP_INCOMPLETE, String.format(INCOMPLETE_NOTICE, r.missing().size(), missingList(form, r)));
      if (r.pendingLevel() != null) {
        doc.notice(STAMP_INCOMPLETE, String.format(PENDING_LEVEL, r.pendingLevel().description(),
            r.pendingLevel().level(), r.pendingLevel().levelName()));
      }
    }

    // C.1: one row per first-level indicator.
    boolean graded = scoring.dimensions().stream().anyMatch(dim -> dim.grading() != null);
    List<Column> columns = new ArrayList<>(List.of(
        new Column(DIMENSION, 3.2f, Align.LEFT),
        new Column(SCORE, 1.1f, Align.CENTER),
        new Column(MAX_SCORE, 1.1f, Align.CENTER)));
    if (graded) {
      columns.add(new Column(GRADE, 2.2f, Align.CENTER));
    }
    ReportTable dims = new ReportTable(columns).keepTogether();
    for (Scoring.Dimension def : scoring.dimensions()) {
      DimensionResult dr = r.dimension(def.code());
      Integer max = maxScore(form, def);
      List<String> row = new ArrayList<>(List.of(
          String.format(SECTION_ROW, def.code(), def.label()),
          dr == null ? INCOMPLETE_VALUE : dr.score() == null ? NONE : String.valueOf(dr.score()),
          max == null || !def.summed() ? NONE : String.valueOf(max)));
      if (graded) {
        row.add(dr == null || dr.grade() == null ? (dr == null ? INCOMPLETE_VALUE : NONE)
            : String.format(LEVEL_VALUE, dr.grade(), dr.gradeLabel()) + (dr.provisional() ? GRADE_PROVISIONAL : ""));
      }
      dims.row(row.toArray(String[]::new));
    }
    // The caption, the C.1 table and the start of C.2 to C.5 stay together.
    doc.keepSpace(40 + 22 * (scoring.dimensions().size() + 1) + 60);
    doc.paragraph(annexC ? C1 : DIMENSIONS, annexC ? C1 : DIMENSIONS, Style.LABEL);
    doc.add(dims);

    // C.2 to C.5.
    boolean done = r.complete() && r.finalLevel() != null;
    KeyValueTable levels = new KeyValueTable(1, 0.26f);
    if (scoring.total() != null) {
      levels.add(annexC ? C2 : TOTAL, done && r.total() != null
          ? String.format(SCORE_OF, r.total(), maxTotal(form)) : INCOMPLETE_VALUE);
    }
    if (done) {
      levels.addChoices(annexC ? C3 : PRELIMINARY, levelNames(scoring), levelIndex(scoring, r.preliminaryLevel()),
          String.format(BASIS, basis(r.preliminaryBasis())));
    } else {
      levels.add(annexC ? C3 : PRELIMINARY, INCOMPLETE_VALUE);
    }
    levels.add(annexC ? C4 : CHANGES, done ? changes(form, r) : INCOMPLETE_VALUE);
    levels.addEmphasized(annexC ? C5 : FINAL, done
        ? String.format(LEVEL_VALUE, r.finalLevel(), r.levelName()) + (r.provisional() ? MARK_GAP + PROVISIONAL_MARK : "")
        : INCOMPLETE_VALUE);
    if (p.remark() != null && !p.remark().isBlank()) {
      levels.add(REMARK, p.remark());
    }
    doc.add(levels);
  }

  /** The scale as on the paper form ({@code □ 能力完好　■ 能力轻度受损　…}). */
  private static List<String> levelNames(Scoring scoring) {
    return scoring.levels().stream().map(Scoring.LevelDef::name).toList();
  }

  private static int levelIndex(Scoring scoring, int level) {
    for (int i = 0; i < scoring.levels().size(); i++) {
      if (scoring.levels().get(i).level() == level) {
        return i;
      }
    }
    return -1;
  }

  private static String basis(LevelBasis b) {
    Matcher m = TWO_NUMBERS.matcher(b.ruleId() == null ? "" : b.ruleId());
    return switch (b.method()) {
      case "bands" -> m.find() ? String.format(BASIS_BANDS, m.group(1), m.group(2)) : b.ruleId();
      case "matrix" -> m.find()
          ? String.format(BASIS_MATRIX, Integer.parseInt(m.group(1)) + 1, Integer.parseInt(m.group(2)) + 1,
              b.description())
          : b.description();
      default -> b.description() != null ? b.description() : b.ruleId();
    };
  }

  /** Every level-change rule of the form, ticked when it fired, with what it did and which answers fired it. */
  private static String changes(FormDefinition form, ScoringResult r) {
    Scoring.LevelChanges lc = form.scoring().levelChanges();
    if (lc == null || lc.rules().isEmpty()) {
      return NO_CHANGE_RULES;
    }
    List<String> lines = new ArrayList<>();
    for (Scoring.LevelChangeRule rule : lc.rules()) {
      LevelChange fired = r.levelChanges().stream().filter(c -> c.ruleId().equals(rule.id())).findFirst()
          .orElse(null);
      if (fired == null) {
        lines.add(UNCHECKED + " " + rule.description());
        continue;
      }
      String outcome = fired.applied() ? String.format(CHANGE_APPLIED, fired.fromLevel(), fired.toLevel())
          : String.format(CHANGE_NOT_APPLIED, fired.toLevel());
      String by = fired.triggeredBy().stream().map(i -> itemAnswer(form, i)).collect(Collectors.joining(ANSWER_SEPARATOR));
      lines.add(CHECKED + " " + rule.description() + outcome
          + (by.isEmpty() ? "" : CHANGE_INDENT + String.format(CHANGE_TRIGGERED_BY, by)));
    }
    return String.join("\n", lines);
  }

  private static String itemAnswer(FormDefinition form, ItemScore s) {
    Item item = form.item(s.item());
    return String.format(ITEM_ANSWER, s.item(), item == null ? "" : item.label(), answerText(item, s.value()));
  }

  /** The chosen options' labels; a multi-choice answer lists them all. */
  static String answerText(Item item, Object value) {
    if (value == null || value instanceof List<?> l && l.isEmpty()) {
      return UNANSWERED;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> optionLabel(item, v)).collect(Collectors.joining(ANSWER_SEPARATOR));
    }
    return optionLabel(item, value);
  }

  private static String optionLabel(Item item, Object value) {
    Option o = item == null ? null : item.option(value);
    return o == null ? String.valueOf(value) : o.label();
  }

  private static String missingList(FormDefinition form, ScoringResult r) {
    return r.missing().stream().map(code -> {
      Item i = form.item(code);
      return i == null ? code : code + " " + i.label();
    }).collect(Collectors.joining(LIST_SEPARATOR));
  }

  /** The largest score each item can give, summed over the dimension; {@code null} for rule-graded dimensions. */
  private static Integer maxScore(FormDefinition form, Scoring.Dimension dim) {
    int sum = 0;
    for (String code : dim.items()) {
      Item i = form.item(code);
      if (i == null) {
        return null;
      }
      sum += i.options().stream().map(Option::score).filter(Objects::nonNull).mapToInt(Integer::intValue).max()
          .orElse(0);
    }
    return sum;
  }

  private static int maxTotal(FormDefinition form) {
    Scoring s = form.scoring();
    int sum = 0;
    for (String code : s.total().dimensions()) {
      for (Scoring.Dimension d : s.dimensions()) {
        if (d.code().equals(code)) {
          Integer m = maxScore(form, d);
          sum += m == null ? 0 : m;
        }
      }
    }
    return sum;
  }

  private static ReportTable answers(AssessmentPart p) {
    ReportTable t = new ReportTable(
        new Column(ITEM_CODE, 0.95f, Align.CENTER),
        new Column(ITEM, 2.1f, Align.LEFT),
        new Column(ANSWER, 6.0f, Align.LEFT),
        new Column(POINTS, 0.95f, Align.CENTER));
    Map<String, ?> answers = p.answers();
    for (Section s : p.form().sections()) {
      DimensionResult dr = p.result().dimension(s.code());
      t.group(dr != null && dr.score() != null
          ? String.format(SUBTOTAL, s.code(), s.label(), dr.score())
          : String.format(SECTION_ROW, s.code(), s.label()));
      for (Item item : s.items()) {
        Object value = answers.get(item.code());
        Integer points = points(item, value);
        t.row(item.code(), item.label(), answerText(item, value),
            points == null ? NONE : String.format(POINTS_VALUE, points));
      }
    }
    return t;
  }

  private static Integer points(Item item, Object value) {
    if (value == null || value instanceof List) {
      return null;
    }
    Option o = item.option(value);
    return o == null ? null : o.score();
  }

  private KeyValueTable people(AssessmentReportData d) {
    AssessorInfo a = d.assessor();
    return new KeyValueTable(2, 0.3f)
        .add(ASSESSOR, a == null ? null : a.printedName())
        .add(CERTIFICATE, a == null ? null : a.certificateNumber())
        .add(SECOND_ASSESSOR, d.secondAssessor())
        .add(VISITED_AT, time(d.visitedAt()))
        .add(FINALIZED_AT, time(d.finalizedAt()))
        .add(REVIEWER, d.reviewer())
        .add(REVIEWED_AT, time(d.reviewedAt()))
        .add(STATUS, d.parts().stream().map(p -> p.status().label()).distinct().collect(Collectors.joining(LIST_SEPARATOR)))
        .addWide(PLACE, d.place());
  }

  /**
   * The assessor, the second assessor (when there is one), the elder or informant and the reviewer, in that order,
   * each with the strokes signed for that role; signatures for any other role follow.
   */
  private static List<SignatureBlock.Slot> signatureSlots(AssessmentReportData d) {
    List<SignatureStrokes> left = new ArrayList<>(d.signatures());
    List<SignatureBlock.Slot> slots = new ArrayList<>();
    slots.add(slot(ASSESSOR, d.assessor() == null ? null
        : d.assessor().displayName() == null ? d.assessor().username() : d.assessor().displayName(), left));
    boolean second = d.secondAssessor() != null && !d.secondAssessor().isBlank()
        || left.stream().anyMatch(s -> s.roleLabel().equals(SECOND_ASSESSOR));
    if (second) {
      slots.add(slot(SECOND_ASSESSOR, d.secondAssessor(), left));
    }
    slots.add(slot(INFORMANT, null, left));
    slots.add(slot(REVIEWER, d.reviewer(), left));
    for (SignatureStrokes s : left) {
      slots.add(new SignatureBlock.Slot(s.roleLabel(), s.signerName(), s));
    }
    return slots;
  }

  /** The slot for {@code role}, taking (and removing) the first signature for it; its signer's name wins. */
  private static SignatureBlock.Slot slot(String role, String name, List<SignatureStrokes> left) {
    for (int i = 0; i < left.size(); i++) {
      SignatureStrokes s = left.get(i);
      if (s.roleLabel().equals(role)) {
        left.remove(i);
        String signer = s.signerName() != null && !s.signerName().isBlank() ? s.signerName() : name;
        return new SignatureBlock.Slot(role, signer, s);
      }
    }
    return new SignatureBlock.Slot(role, name, null);
  }

  private static VerificationBlock verification(AssessmentPart p) {
    FormDefinition f = p.form();
    return new VerificationBlock(verificationCode(p))
        .detail(FORM, String.format(FORM_VALUE, f.id(), f.version(), f.standard(), f.title())
            + (f.provisional() ? MARK_GAP + PROVISIONAL_MARK : ""))
        .detail(FORM_HASH, f.contentHash())
        .detail(RECORD_ID, p.recordId().toString())
        .detail(CONTENT_HASH, p.contentHash());
  }

  private String time(Instant at) {
    return at == null ? null : MINUTE.format(at.atZone(zone));
  }

  private static String date(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }
}

package org.yiping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.report.InvalidVerificationCodeException;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportKind;
import org.yiping.report.VerificationCode;
import org.yiping.report.assessment.IdNumberPrinting;

/** The assessment report made from a real encrypted store, read back with PDFBox, and its code verified. */
class AssessmentReportFromStoreTest {
  @TempDir java.nio.file.Path dir;
  ReportingWorld w;

  @BeforeEach
  void setUp() {
    w = new ReportingWorld(dir);
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  static String oneLine(String text) {
    return text.replaceAll("[\\s\\u3000]+", "");
  }

  static long ink(byte[] pdf) {
    long n = 0;
    for (int p = 0; p < PdfProbe.pages(pdf); p++) {
      n += PdfProbe.inkPixels(PdfProbe.render(pdf, p, 72));
    }
    return n;
  }

  static List<String> qrCodes(byte[] pdf) {
    List<String> codes = new java.util.ArrayList<>();
    for (int p = 0; p < PdfProbe.pages(pdf); p++) {
      codes.addAll(PdfProbe.qrCodes(PdfProbe.render(pdf, p, 100)));
    }
    return codes;
  }

  @Test
  void anApprovedAssessmentPrintsNameAssessorCertificateScoresSignaturesAndAQrCodeThatVerifies() {
    UUID id = w.approved(w.elderId(), 61, true);
    Report report;
    try (Workspace town = w.town()) {
      report = town.reports().assessmentReport(id, IdNumberPrinting.FULL);
      assertThat(report.kind()).isEqualTo(ReportKind.ASSESSMENT);
      assertThat(report.recordId()).isEqualTo(id);
      assertThat(report.title()).isEqualTo("老年人能力评估报告");
      assertThat(report.suggestedFileName()).isEqualTo("评估报告_2026-11-10_" + id + ".pdf").doesNotContain("张秀兰");
    }
    String text = oneLine(PdfProbe.text(report.pdf()));
    assertThat(text).contains("张秀兰", ReportingWorld.ZHANG_ID_NUMBER, "李评估（li）", "XJ-PG-0001",
        "审核人乡镇审核", "燕儿窝南社区居委会", "首次评估", "老人家中", "已审核");
    // Total 61 of 90: preliminary level 2 (46–65), nothing raises it.
    assertThat(text).contains("C.2老年人能力总得分61分（满分90分）", "C.5老年人能力最终等级2级能力中度受损");
    assertThat(text).contains("评估员李评估", "老年人或信息提供者张秀兰");
    assertThat(ink(report.pdf())).as("dark-blue signature ink").isGreaterThan(300);

    List<String> codes = qrCodes(report.pdf());
    assertThat(codes).containsExactly(report.verificationCode());
    try (Workspace town = w.town()) {
      Verification v = town.reports().verify(codes.get(0));
      assertThat(v.outcome()).isEqualTo(Verification.Outcome.MATCHES);
      assertThat(v.recordId()).isEqualTo(id);
      assertThat(v.detail()).isEqualTo("APPROVED");
      assertThat(v.matches()).isTrue();
    }
  }

  @Test
  void anUnsignedAssessmentLeavesTheBoxesEmptyAndTheIdNumberMaskedByDefault() {
    UUID id = w.approved(w.elderId(), 90, false);
    try (Workspace li = w.li()) {
      // An assessor may preview (VIEW_ELDERS), and sees the masked number.
      Report report = li.reports().assessmentReport(id, null);
      assertThat(ink(report.pdf())).isLessThan(20);
      String text = oneLine(PdfProbe.text(report.pdf()));
      assertThat(text).contains("6501**********218X").doesNotContain(ReportingWorld.ZHANG_ID_NUMBER);
      assertThat(text).contains("评估员李评估", "老年人或信息提供者（签字）");
    }
  }

  @Test
  void aCombinedVisitPrintsBothFormsInOnePdfWithACodeEach() {
    List<UUID> visit = w.combinedVisit(w.elderId());
    Report fromLtc;
    Report fromGbt;
    try (Workspace town = w.town()) {
      fromLtc = town.reports().assessmentReport(visit.get(1), null);
      fromGbt = town.reports().assessmentReport(visit.get(0), null);
    }
    assertThat(fromLtc.title()).isEqualTo("老年人能力及长期护理失能等级评估报告");
    String text = oneLine(PdfProbe.text(fromLtc.pdf()));
    assertThat(text).contains("评估结果：老年人能力评估规范", "评估结果：长期护理失能等级评估标准（试行）",
        "C.2老年人能力总得分70分（满分90分）");
    assertThat(text.indexOf("评估结果：老年人能力评估规范"))
        .isLessThan(text.indexOf("评估结果：长期护理失能等级评估标准"));
    assertThat(fromLtc.verificationCode()).contains(visit.get(1).toString().toUpperCase());
    List<String> codes = qrCodes(fromLtc.pdf());
    assertThat(codes).hasSize(2).allSatisfy(c -> assertThat(c).startsWith("YP1.ASM."));
    assertThat(codes).contains(fromLtc.verificationCode(), fromGbt.verificationCode());
    // The same visit on the same paper whichever form was asked for.
    assertThat(PdfProbe.pages(fromGbt.pdf())).isEqualTo(PdfProbe.pages(fromLtc.pdf()));
    try (Workspace town = w.town()) {
      for (String c : codes) {
        assertThat(town.reports().verify(c).outcome()).isEqualTo(Verification.Outcome.MATCHES);
      }
      // In a batch, the visit is one report.
      java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 10);
      assertThat(town.reports().batchSize(null, day, day)).isEqualTo(1);
    }
  }

  @Test
  void afterACorrectionTheOldPaperVerifiesAsSupersededAndTheNewOneMatches() {
    UUID first = w.approved(w.elderId(), 61, true);
    String oldCode;
    try (Workspace town = w.town()) {
      oldCode = town.reports().assessmentReport(first, null).verificationCode();
    }
    UUID second;
    try (Workspace li = w.li()) {
      second = li.assessments().correct(first, "复核 B.2.4").assessment().id();
      li.assessments().answer(second, "B.2.4", 0);
      li.assessments().finalizeAssessment(second, null, "老人家中");
    }
    try (Workspace town = w.town()) {
      Verification old = town.reports().verify(oldCode);
      assertThat(old.outcome()).isEqualTo(Verification.Outcome.MATCHES_SUPERSEDED);
      assertThat(old.supersededBy()).isEqualTo(second);
      assertThat(old.matches()).isFalse();
      Report corrected = town.reports().assessmentReport(second, null);
      assertThat(oneLine(PdfProbe.text(corrected.pdf()))).contains("更正原因：复核B.2.4", "已完成");
      assertThat(town.reports().verify(corrected.verificationCode()).outcome())
          .isEqualTo(Verification.Outcome.MATCHES);
      // The superseded one still prints, stamped.
      assertThat(oneLine(PdfProbe.text(town.reports().assessmentReport(first, null).pdf())))
          .contains("已被更正以更正版本为准");
    }
  }

  @Test
  void aTamperedCodeDoesNotMatchAndAnUnreadableOneSaysWhy() {
    UUID id = w.approved(w.elderId(), 61, false);
    try (Workspace town = w.town()) {
      String code = town.reports().assessmentReport(id, null).verificationCode();
      char last = code.charAt(code.length() - 1);
      String tampered = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
      Verification v = town.reports().verify(tampered);
      assertThat(v.outcome()).isEqualTo(Verification.Outcome.CHANGED_SINCE_PRINTED);
      assertThat(v.matches()).isFalse();

      // Typed with spaces, lower case and a full-width stop: still read.
      String typed = " " + code.toLowerCase().replaceFirst("\\.", "。").replace("-", "- ") + " ";
      assertThat(town.reports().verify(typed).outcome()).isEqualTo(Verification.Outcome.MATCHES);

      VerificationCode parsed = VerificationCode.parse(code);
      UUID other = new UUID(parsed.recordId().getMostSignificantBits(), parsed.recordId().getLeastSignificantBits() ^ 1);
      String unknown = VerificationCode.of(ReportKind.ASSESSMENT, other, "sha256:" + "ab".repeat(32)).text();
      assertThat(town.reports().verify(unknown).outcome()).isEqualTo(Verification.Outcome.NOT_FOUND);
      String answers = VerificationCode.of(ReportKind.ANSWERS_FILE, other, "ab".repeat(32)).text();
      assertThat(town.reports().verify(answers).outcome()).isEqualTo(Verification.Outcome.UNREGISTERED);

      assertThatThrownBy(() -> town.reports().verify("YP1.ASM.not-a-code"))
          .isInstanceOfSatisfying(InvalidVerificationCodeException.class, e ->
              assertThat(e.render(Messages.chinese())).contains("4 段"));
    }
  }

  @Test
  void aDraftPrintsStampedWithACodeOfItsCurrentContentThatStopsMatchingWhenItChanges() {
    UUID id;
    Report draft;
    try (Workspace li = w.li()) {
      id = ReportingWorld.gbtDraft(li, w.elderId(), 61);
      li.assessments().answer(id, "B.1.1", null); // one item left open
      draft = li.reports().assessmentReport(id, null);
      assertThat(oneLine(PdfProbe.text(draft.pdf()))).contains("草稿不作为评估结论", "未完成");
      Verification v = li.reports().verify(draft.verificationCode());
      assertThat(v.outcome()).isEqualTo(Verification.Outcome.MATCHES);
      assertThat(v.detail()).isEqualTo("DRAFT");
      assertThat(li.reports().assessmentReport(id, null).verificationCode()).isEqualTo(draft.verificationCode());
      li.assessments().answer(id, "B.1.1", 2);
      assertThat(li.reports().verify(draft.verificationCode()).outcome())
          .isEqualTo(Verification.Outcome.CHANGED_SINCE_PRINTED);
    }
  }

  @Test
  void printingAndSavingNeedPrintAndAreAuditedWithoutPersonalData() {
    UUID id = w.approved(w.elderId(), 61, true);
    try (Workspace li = w.li()) {
      Report r = li.reports().assessmentReport(id, null);
      assertThatThrownBy(() -> li.reports().recordOutput(r, ReportService.Output.PRINTED))
          .isInstanceOf(UserFacingException.class).hasMessage("error.notAllowed");
    }
    try (Workspace town = w.town()) {
      Report r = town.reports().assessmentReport(id, IdNumberPrinting.FULL);
      town.reports().recordOutput(r, ReportService.Output.PRINTED);
      town.reports().recordOutput(r, ReportService.Output.SAVED);
      town.reports().verify(r.verificationCode());
    }
    try (Workspace admin = w.admin()) {
      List<AuditRecord> log = admin.audit().page(0, 200);
      List<String> actions = log.stream().map(AuditRecord::action).toList();
      assertThat(actions).contains("REPORT_VIEWED", "REPORT_PRINTED", "REPORT_SAVED", "REPORT_VERIFIED");
      AuditRecord printed = log.stream().filter(a -> a.action().equals("REPORT_PRINTED")).findFirst().orElseThrow();
      assertThat(printed.username()).isEqualTo("town");
      assertThat(printed.targetType()).isEqualTo("assessment");
      assertThat(printed.targetId()).isEqualTo(id.toString());
      assertThat(printed.detail()).contains("kind=ASSESSMENT", "YP1.ASM.");
      assertThat(log.stream().filter(a -> a.action().startsWith("REPORT_")))
          .allSatisfy(a -> assertThat(String.valueOf(a.detail())).doesNotContain("张秀兰", "218X", "19450312",
              "李评估", "老人家中"));
      assertThat(admin.audit().verify().intact()).isTrue();
    }
  }

  @Test
  void anUnknownAssessmentIsAClearProblem() {
    try (Workspace town = w.town()) {
      assertThatThrownBy(() -> town.reports().assessmentReport(UUID.randomUUID(), null))
          .isInstanceOf(UserFacingException.class).hasMessage("assessment.problem.notFound");
    }
  }

  static String[] squeezed(String... s) {
    return Arrays.stream(s).map(AssessmentReportFromStoreTest::oneLine).toArray(String[]::new);
  }
}

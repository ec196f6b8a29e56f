package org.yiping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yiping.reporting.AssessmentReportFromStoreTest.oneLine;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.assessment.history.DisabilityCategory;
import org.yiping.assessment.history.ExternalResultInput;
import org.yiping.assessment.history.ExternalResultKind;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.Contact;
import org.yiping.elder.ContactRelation;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.ElderFile;
import org.yiping.elder.HardshipFlag;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportKind;
import org.yiping.report.UnprintableTextException;

/** 一人一档 from the store: identity, flags, contacts, the results of every standard, and its code verified. */
class ElderSummaryFromStoreTest {
  private static final String EXT_B = new String(Character.toChars(0x20000));

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

  private void addContact() {
    try (Workspace admin = w.admin()) {
      ElderFile f = admin.elders().get(w.elderId());
      ElderDraft d = f.toDraft();
      admin.elders().update(f.id(), f.rev(), new ElderDraft(d.name(), d.idNumber(), "汉族", null, "13899887766",
          "3 号楼 2 单元 501 室", d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(),
          d.medicalPayments(), d.incomeSources(), d.economicStatus(), Set.of(HardshipFlag.LIVING_ALONE,
          HardshipFlag.EMPTY_NEST), List.of(new Contact("王玥", ContactRelation.CHILD, "13900001111", true)),
          null));
    }
  }

  private void addExternal(ExternalResultKind kind, DisabilityCategory category, int grade, String issuer,
      LocalDate on, LocalDate until) {
    try (Workspace town = w.town()) {
      town.results().addExternal(w.elderId(), new ExternalResultInput(kind, category, grade, issuer,
          kind == ExternalResultKind.DISABILITY_CERTIFICATE ? "65010219450312218X42" : null, on, until, null));
    }
  }

  @Test
  void theSummaryListsIdentityFlagsContactsAndTheResultsOfEveryStandard() {
    addContact();
    w.at("2025-09-01T02:00:00Z");
    UUID old = w.approved(w.elderId(), 90, false);
    w.at("2026-11-10T02:00:00Z");
    addExternal(ExternalResultKind.DISABILITY_CERTIFICATE, DisabilityCategory.PHYSICAL, 2, "天山区残疾人联合会",
        LocalDate.of(2024, 5, 6), null);
    addExternal(ExternalResultKind.LTC_GRADE, null, 3, "乌鲁木齐市医疗保障局", LocalDate.of(2026, 3, 1),
        LocalDate.of(2028, 2, 28));
    UUID current = w.finalized(w.elderId(), 61, false);

    Report r;
    try (Workspace town = w.town()) {
      r = town.reports().elderSummary(w.elderId());
    }
    assertThat(r.kind()).isEqualTo(ReportKind.ELDER_SUMMARY);
    assertThat(r.recordId()).isEqualTo(w.elderId());
    assertThat(r.suggestedFileName()).startsWith("档案摘要_2026-11-10_").doesNotContain("张秀兰");
    String t = oneLine(PdfProbe.text(r.pdf()));
    assertThat(t).contains("老年人档案摘要", "一人一档·截至2026-11-10", "姓名张秀兰", "性别女",
        "6501**********218X", "出生日期1945-03-12", "年龄81岁", "民族汉族", "联系电话13899887766",
        "燕儿窝南社区居委会3号楼2单元501室");
    assertThat(t).doesNotContain(ReportingWorld.ZHANG_ID_NUMBER, "65010219450312218X42");
    assertThat(t).contains("独居、空巢、高龄（80岁及以上）");
    assertThat(t).contains("王玥子女13900001111是");
    // Own results (the new one in review, last year's expired) and both external ones, newest first.
    assertThat(t).contains("老年人能力评估规范2级能力中度受损2026-11-102027-11-10李评估待审核");
    assertThat(t).contains("老年人能力评估规范0级能力完好2025-09-012026-09-01李评估已过期");
    assertThat(t).contains("长期护理保险失能等级3级重度失能Ⅰ级2026-03-012028-02-28乌鲁木齐市医疗保障局有效");
    assertThat(t).contains("残疾人证肢体残疾二级2024-05-06长期天山区残疾人联合会有效");
    assertThat(t.indexOf("2026-11-10李评估")).isLessThan(t.indexOf("2026-03-01"));
    assertThat(t).contains("居家适老化改造暂无", "家庭养老床位暂无");
    assertThat(old).isNotEqualTo(current);

    BufferedImage page = PdfProbe.render(r.pdf(), 0, 80);
    assertThat(PdfProbe.nonWhite(page)).isGreaterThan(page.getWidth() * page.getHeight() / 50L);
    List<String> codes = PdfProbe.qrCodes(PdfProbe.render(r.pdf(), PdfProbe.pages(r.pdf()) - 1, 100));
    assertThat(codes).containsExactly(r.verificationCode());
    assertThat(r.verificationCode()).startsWith("YP1.ELD." + w.elderId().toString().toUpperCase() + ".");
  }

  @Test
  void theCodeMatchesUntilTheFileOrItsResultsChangeButNotWhenOnlyTheDayMoves() {
    Report r;
    try (Workspace town = w.town()) {
      r = town.reports().elderSummary(w.elderId());
      assertThat(town.reports().verify(r.verificationCode()).outcome()).isEqualTo(Verification.Outcome.MATCHES);
    }
    // A year later (older, a result could have expired) nothing in the file changed: still the same paper.
    w.at("2027-11-12T02:00:00Z");
    try (Workspace town = w.town()) {
      assertThat(town.reports().verify(r.verificationCode()).outcome()).isEqualTo(Verification.Outcome.MATCHES);
    }
    addExternal(ExternalResultKind.CAPABILITY_LEVEL, null, 1, "某评估机构", LocalDate.of(2027, 10, 1), null);
    try (Workspace town = w.town()) {
      Verification v = town.reports().verify(r.verificationCode());
      assertThat(v.outcome()).isEqualTo(Verification.Outcome.CHANGED_SINCE_PRINTED);
      assertThat(v.kind()).isEqualTo(ReportKind.ELDER_SUMMARY);
      assertThat(oneLine(PdfProbe.text(town.reports().elderSummary(w.elderId()).pdf())))
          .contains("老年人能力等级（其他评估机构）1级能力轻度受损");
    }
    try (Workspace admin = w.admin()) {
      admin.elders().delete(w.elderId());
    }
    try (Workspace town = w.town()) {
      assertThat(town.reports().verify(r.verificationCode()).outcome()).isEqualTo(Verification.Outcome.NOT_FOUND);
    }
  }

  @Test
  void aNameWithACharacterTheFontLacksIsRefusedNamingTheField() {
    UUID id = w.elder("张" + EXT_B, LocalDate.of(1950, 1, 2), true, Set.of());
    UUID rare = w.elder("欧阳喆堃", LocalDate.of(1948, 6, 7), false, Set.of());
    try (Workspace town = w.town()) {
      assertThatThrownBy(() -> town.reports().elderSummary(id))
          .isInstanceOfSatisfying(UnprintableTextException.class, e -> {
            assertThat(e.field()).isEqualTo("姓名");
            assertThat(e.render(Messages.chinese())).startsWith("姓名中有报告字体无法打印的字：" + EXT_B + " (U+20000)");
          });
      // Rare characters the font has print as they are.
      assertThat(oneLine(PdfProbe.text(town.reports().elderSummary(rare).pdf()))).contains("姓名欧阳喆堃");
    }
    try (Workspace admin = w.admin()) {
      // A refused report is not a viewed one.
      assertThat(admin.audit().page(0, 100)).noneMatch(a -> a.action().equals("REPORT_VIEWED")
          && id.toString().equals(a.targetId()));
    }
  }
}

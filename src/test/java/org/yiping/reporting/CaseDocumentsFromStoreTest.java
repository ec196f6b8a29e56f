package org.yiping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yiping.reporting.AssessmentReportFromStoreTest.oneLine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.adaptation.AcceptanceRole;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.Phase;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.elder.EconomicStatus;
import org.yiping.report.PdfProbe;
import org.yiping.report.ReportKind;
import org.yiping.report.ReportSamples;
import org.yiping.report.SignatureStrokes;

/**
 * The home adaptation case sheet and plan confirmation made from a real case on a real encrypted store: read back
 * with PDFBox (titles, totals, the masked ID number, every step with its reason, photo captions, signatures), the
 * QR code decoded, the code verified before and after the case changes.
 */
class CaseDocumentsFromStoreTest {
  @TempDir Path dir;
  ReportingWorld w;

  @BeforeEach
  void setUp() {
    w = new ReportingWorld(dir);
    w.world.economicStatus(EconomicStatus.TEKUN);
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  static List<PlanLine> plan() {
    return List.of(new PlanLine("1", true, 12, 8_000, Payer.SUBSIDY, "卫生间和厨房地面"),
        new PlanLine("13", true, 2, 15_000, Payer.SUBSIDY, null),
        new PlanLine("14", true, 1, 60_000, Payer.FAMILY, "家属自愿"),
        new PlanLine("24", false, 0, 0, null, null));
  }

  /** A photo that is clearly a picture: a coloured field with a dark bar, 1200 × 900. */
  static byte[] photo(Color colour) {
    BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 1200, 900);
    g.setColor(Color.DARK_GRAY);
    g.fillRect(100, 600, 1000, 120);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "jpg", out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** Applied, planned, sent back once, through the works with photos and signatures, to the archive. */
  UUID archivedCase() {
    UUID id;
    w.at("2026-11-02T02:00:00Z");
    try (Workspace li = w.li()) {
      id = li.adaptation().apply(w.elderId(), 2026, null).id();
      li.adaptation().plan(id, plan());
      li.adaptationEvidence().addPhoto(id, "1", Phase.BEFORE, "地面.jpg", photo(new Color(0xC8, 0x90, 0x60)));
      li.adaptationEvidence().addPhoto(id, "13", Phase.BEFORE, "卫生间.jpg", photo(new Color(0x90, 0xA0, 0xC0)));
      w.at("2026-11-03T03:30:00Z");
      li.adaptation().advance(id, "入户评估完成");
    }
    try (Workspace town = w.town()) {
      w.at("2026-11-04T02:00:00Z");
      town.adaptation().advance(id, "方案通过");
      w.at("2026-11-04T06:00:00Z");
      town.adaptation().sendBack(id, "扶手位置需重新确认");
      w.at("2026-11-05T02:00:00Z");
      town.adaptation().advance(id, null);
      w.at("2026-11-06T02:00:00Z");
      town.adaptation().advance(id, "施工队进场");
      w.at("2026-11-08T02:00:00Z");
      town.adaptationEvidence().addPhoto(id, "1", Phase.AFTER, "地面后.jpg", photo(new Color(0x60, 0xB0, 0x70)));
      town.adaptationEvidence().addPhoto(id, "13", Phase.AFTER, "扶手后.jpg", photo(new Color(0xE0, 0xD0, 0x40)));
      sign(town, id, AcceptanceRole.FAMILY, "张秀兰", 1);
      sign(town, id, AcceptanceRole.CONTRACTOR, "李师傅", 2);
      sign(town, id, AcceptanceRole.OFFICE, null, 3);
      w.at("2026-11-09T02:00:00Z");
      town.adaptation().advance(id, "验收合格");
      town.adaptation().advance(id, null);
      town.adaptation().advance(id, "资料齐全");
    }
    w.at("2026-11-10T02:00:00Z");
    return id;
  }

  private static void sign(Workspace ws, UUID id, AcceptanceRole role, String name, int seed) {
    SignatureStrokes s = ReportSamples.signature("x", "x", seed);
    ws.adaptationEvidence().sign(id, role, name, s.width(), s.height(), s.strokes());
  }

  @Test
  void theCaseSheetPrintsTheWholeCaseAndItsCodeScansAndVerifies() {
    UUID id = archivedCase();
    Report r;
    try (Workspace town = w.town()) {
      r = town.reports().adaptationCaseSheet(id);
    }
    assertThat(r.kind()).isEqualTo(ReportKind.ADAPTATION_CASE);
    assertThat(r.recordId()).isEqualTo(id);
    assertThat(r.suggestedFileName()).isEqualTo("改造案卷_2026-11-10_" + id + ".pdf");
    String t = oneLine(PdfProbe.text(r.pdf()));
    assertThat(t).contains("居家适老化改造案卷", "2026年度·截至2026-11-10", "姓名张秀兰", "6501**********218X",
        "当前环节归档", "符合补贴改造条件：经济状况：特困；年满80岁（81岁）");
    assertThat(t).doesNotContain(ReportingWorld.ZHANG_ID_NUMBER, "办理中");
    // The plan: every line recorded, with unit, unit cost, payer and line total; the totals.
    assertThat(t).contains("1防滑处理卫生间和厨房地面基础类需要12平方米80.00政府补贴960.00",
        "13安装扶手基础类需要2米150.00政府补贴300.00", "14蹲便器改坐便器家属自愿可选类需要1套600.00家庭自费600.00",
        "24手杖基础类不需要");
    assertThat(t).contains("补贴金额合计1,260.00元", "家庭自费合计600.00元", "改造费用合计1,860.00元", "改造项目数3项");
    // Every step: who, when (Beijing time), what, and the reason of the 退回.
    assertThat(t).contains("1申请申请李评估2026-11-0210:00", "2申请→入户评估办结李评估2026-11-0311:30入户评估完成",
        "4改造方案→入户评估退回乡镇审核2026-11-0414:00扶手位置需重新确认", "9补贴结算→归档办结乡镇审核2026-11-0910:00资料齐全");
    // Photos: before and after of each item, captioned.
    assertThat(t).contains("防滑处理·改造前·2026-11-02", "防滑处理·改造后·2026-11-08", "安装扶手·改造前·2026-11-02",
        "安装扶手·改造后·2026-11-08");
    // Signatures under their roles, drawn in ink.
    assertThat(t).contains("老年人或家属张秀兰", "施工单位李师傅", "乡镇（街道）乡镇审核");
    int pages = PdfProbe.pages(r.pdf());
    long ink = 0;
    for (int p = 0; p < pages; p++) {
      ink += PdfProbe.inkPixels(PdfProbe.render(r.pdf(), p, 72));
    }
    assertThat(ink).isGreaterThan(100);
    List<String> fonts = new ArrayList<>();
    PdfProbe.fonts(r.pdf(), fonts);
    assertThat(fonts).isNotEmpty().noneMatch(f -> f.contains("not embedded"));
    // Four small pictures, not four full-size photos.
    assertThat(r.pdf().length).isLessThan(300_000);
    List<String> codes = PdfProbe.qrCodes(PdfProbe.render(r.pdf(), pages - 1, 100));
    assertThat(codes).containsExactly(r.verificationCode());
    assertThat(r.verificationCode()).startsWith("YP1.ADC." + id.toString().toUpperCase() + ".");
    try (Workspace town = w.town()) {
      Verification v = town.reports().verify(r.verificationCode());
      assertThat(v.outcome()).isEqualTo(Verification.Outcome.MATCHES);
      assertThat(v.detail()).isEqualTo("CASE ARCHIVED");
      // The elder's file summary lists the case.
      assertThat(oneLine(PdfProbe.text(town.reports().elderSummary(w.elderId()).pdf())))
          .contains("居家适老化改造2026年度·申请2026-11-02·归档·补贴1,260.00元·家庭自费600.00元", "家庭养老床位暂无");
    }
    try (Workspace admin = w.admin()) {
      List<AuditRecord> audit = admin.audit().page(0, 200);
      assertThat(audit).anySatisfy(a -> {
        assertThat(a.action()).isEqualTo("REPORT_VIEWED");
        assertThat(a.targetId()).isEqualTo(id.toString());
        assertThat(a.detail()).contains("kind=ADAPTATION_CASE").doesNotContain("张秀兰");
      });
      // Making the sheet read the photos' thumbnails only: no full-size photo was opened.
      assertThat(audit).noneMatch(a -> a.action().equals("EVIDENCE_VIEWED"));
    }
  }

  @Test
  void aCaseInProgressIsStampedAndItsCodeStopsMatchingWhenTheCaseMovesOn() {
    UUID id;
    try (Workspace li = w.li()) {
      id = li.adaptation().apply(w.elderId(), 2026, null).id();
      li.adaptation().plan(id, plan());
    }
    Report sheet;
    Report plan;
    try (Workspace li = w.li()) {
      sheet = li.reports().adaptationCaseSheet(id);
      plan = li.reports().adaptationPlanForSigning(id);
      String t = oneLine(PdfProbe.text(sheet.pdf()));
      assertThat(t).contains("办理中", "当前环节申请", "暂无照片", "未在颐评中签名");
      li.adaptation().advance(id, "入户评估完成");
      // The case moved on: the sheet no longer shows it as it is; the plan it was printed with is unchanged.
      assertThat(li.reports().verify(sheet.verificationCode()).outcome())
          .isEqualTo(Verification.Outcome.CHANGED_SINCE_PRINTED);
      assertThat(li.reports().verify(plan.verificationCode()).outcome()).isEqualTo(Verification.Outcome.MATCHES);
    }
    try (Workspace town = w.town()) {
      town.adaptation().advance(id, null);
      town.adaptation().sendBack(id, "数量有误");
      town.adaptation().plan(id, plan().subList(0, 2));
      // A changed plan is not the one the family signed.
      assertThat(town.reports().verify(plan.verificationCode()).outcome())
          .isEqualTo(Verification.Outcome.CHANGED_SINCE_PRINTED);
      town.adaptation().terminate(id, "老人已迁往外地居住");
      String t = oneLine(PdfProbe.text(town.reports().adaptationCaseSheet(id).pdf()));
      assertThat(t).contains("已终止", "终止原因老人已迁往外地居住", "终止乡镇审核", "数量有误");
    }
  }

  @Test
  void thePlanForSigningHasTheTotalsWhatTheFamilyPaysAndEmptyBoxes() {
    UUID id;
    try (Workspace li = w.li()) {
      id = li.adaptation().apply(w.elderId(), 2026, null).id();
      assertThatThrownBy(() -> li.reports().adaptationPlanForSigning(id))
          .isInstanceOfSatisfying(UserFacingException.class,
              e -> assertThat(e.key()).isEqualTo("reporting.problem.noPlan"));
      li.adaptation().plan(id, plan());
      Report r = li.reports().adaptationPlanForSigning(id);
      assertThat(r.kind()).isEqualTo(ReportKind.ADAPTATION_PLAN);
      assertThat(r.suggestedFileName()).startsWith("改造方案确认书_2026-11-10_").doesNotContain("张秀兰");
      String t = oneLine(PdfProbe.text(r.pdf()));
      assertThat(t).contains("居家适老化改造方案确认书", "姓名张秀兰", "6501**********218X", "燕儿窝街道",
          "案件编号" + id);
      // Only the items needed; the one not needed is not on the family's copy.
      assertThat(t).contains("防滑处理", "安装扶手", "蹲便器改坐便器").doesNotContain("手杖", "不需要");
      assertThat(t).contains("补贴金额合计1,260.00元", "改造费用合计1,860.00元", "家庭需支付600.00元");
      assertThat(t).contains("同意按本方案施工", "家庭自费600.00元，由本户承担");
      // Boxes to sign by hand and date lines, none signed.
      assertThat(t).contains("老年人或家属（签字）", "乡镇（街道）（盖章）（签字）", "施工单位（盖章）（签字）");
      assertThat(t.split("日期：年月日", -1)).hasSize(4);
      assertThat(PdfProbe.inkPixels(PdfProbe.render(r.pdf(), PdfProbe.pages(r.pdf()) - 1, 72))).isZero();
      List<String> codes = PdfProbe.qrCodes(PdfProbe.render(r.pdf(), PdfProbe.pages(r.pdf()) - 1, 100));
      assertThat(codes).containsExactly(r.verificationCode());
      assertThat(li.reports().verify(r.verificationCode()).matches()).isTrue();
    }
  }

  @Test
  void anUnknownCaseIsRefusedAndItsCodeIsNotFound() {
    UUID nobody = UUID.randomUUID();
    try (Workspace town = w.town()) {
      assertThatThrownBy(() -> town.reports().adaptationCaseSheet(nobody))
          .isInstanceOfSatisfying(UserFacingException.class,
              e -> assertThat(e.key()).isEqualTo("adaptation.problem.notFound"));
      String code = "YP1.ADC." + nobody.toString().toUpperCase() + ".0123456789ABCDEF";
      assertThat(town.reports().verify(code).outcome()).isEqualTo(Verification.Outcome.NOT_FOUND);
    }
  }
}

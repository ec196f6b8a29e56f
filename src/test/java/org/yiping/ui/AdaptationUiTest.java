package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.control.TabPane;
import org.yiping.adaptation.AcceptanceRole;
import org.yiping.adaptation.AcceptanceSignature;
import org.yiping.adaptation.AdaptationStep;
import org.yiping.adaptation.CasePhoto;
import org.yiping.adaptation.Phase;
import org.yiping.adaptation.PlanLine;
import org.yiping.app.Workspace;
import org.yiping.adaptation.CaseRecord;
import org.yiping.adaptation.CaseState;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.ui.AdaptationView;
import org.yiping.elder.EconomicStatus;
import org.yiping.testdata.AssessmentWorld;

/**
 * A home adaptation case walked through the screens from application to archive: the assessor applies for an
 * eligible household and records the plan with quantities and costs (totals checked as they are typed); the township
 * office moves it through every step, sends it back once, and the history lists every step.
 */
class AdaptationUiTest extends CaseUiTest {
  @TempDir Path dir;

  private static final String ASSESSOR_PASSWORD = "Assess2026a";
  private static final String REVIEWER_PASSWORD = "Review2026c";

  private void showView(FxRobot robot) {
    show(robot, w -> new AdaptationView(world.app, background, w).root());
  }

  private static boolean danger(FxRobot robot, String query) {
    return robot.lookup(query).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass("danger"));
  }

  @Test
  void aCaseGoesFromApplicationToArchiveThroughTheScreens(FxRobot robot) throws Exception {
    world = new AssessmentWorld(dir);
    world.economicStatus(EconomicStatus.TEKUN); // 张秀兰, born 1945: special hardship and over 80
    int age = java.time.Period.between(LocalDate.of(1945, 3, 12), LocalDate.now()).getYears();

    // The assessor applies: the elder is found by pinyin initials and the eligibility is given in words.
    signIn("li", ASSESSOR_PASSWORD);
    showView(robot);
    TableView<?> cases = robot.lookup("#adaptationCases").queryAs(TableView.class);
    assertThat(cases.getItems()).isEmpty();
    openDialog(robot, "#newAdaptationCase", "#adaptationElderSearch");
    waitFor(5, TimeUnit.SECONDS, () -> focusOwner(robot, "#adaptationElderSearch"));
    assertThat(enabled(robot, "#adaptationApplyDialogOk")).isFalse();
    click(robot, "#adaptationElderSearch");
    robot.write("zxl");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationEligibility").startsWith("符合补贴改造条件"));
    assertThat(textOf(robot, "#adaptationEligibility")).contains("经济状况：特困").contains(age + " 岁")
        .doesNotContain("economic:").doesNotContain("age:");
    assertThat(enabled(robot, "#adaptationOverride")).isFalse();
    assertThat(enabled(robot, "#adaptationApplyDialogOk")).isTrue();
    ok(robot, "#adaptationApplyDialog");

    // The case page opens at 申请 with an empty plan.
    waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationCaseTitle").contains("年度适老化改造"));
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepAPPLIED", "case-step-current"));
    assertThat(textOf(robot, "#adaptationCaseTitle")).startsWith("张秀兰");
    assertThat(textOf(robot, "#adaptationCaseEligibility")).contains("符合补贴改造条件").contains("特困");
    assertThat(textOf(robot, "#adaptationTotals")).isEqualTo("补贴 0.00 元　家庭自费 0.00 元　合计 0.00 元（0 项）");
    assertThat(textOf(robot, "#advanceAdaptationCase")).isEqualTo("完成入户评估(_N)");
    assertThat(enabled(robot, "#advanceAdaptationCase")).isTrue();
    assertThat(enabled(robot, "#sendBackAdaptationCase")).isFalse();
    assertThat(enabled(robot, "#terminateAdaptationCase")).isFalse();

    // The home assessment: three items, a basic one paid by the subsidy, and an optional one the family pays.
    fire(robot, "#planNeeded1"); // 防滑处理 (basic): 12 m² at 80 yuan
    assertThat(textOf(robot, "#planQuantity1")).isEqualTo("1");
    assertThat(robot.lookup("#planPayer1").queryAs(ComboBox.class).getValue()).isEqualTo(Payer.SUBSIDY);
    type(robot, "#planQuantity1", "12");
    type(robot, "#planCost1", "8o");
    assertThat(danger(robot, "#planCost1")).isTrue();
    assertThat(textOf(robot, "#planTotal1")).isEqualTo("—");
    type(robot, "#planCost1", "80");
    assertThat(danger(robot, "#planCost1")).isFalse();
    assertThat(textOf(robot, "#planTotal1")).isEqualTo("960.00 元");
    fire(robot, "#planNeeded13"); // 安装扶手 in the bathroom (basic): 2 at 150.50
    type(robot, "#planQuantity13", "2");
    type(robot, "#planCost13", "150.50");
    fire(robot, "#planNeeded14"); // 蹲便器改坐便器 (optional): the family pays
    assertThat(robot.lookup("#planPayer14").queryAs(ComboBox.class).getValue()).isEqualTo(Payer.FAMILY);
    type(robot, "#planCost14", "1200");
    assertThat(textOf(robot, "#planTotal13")).isEqualTo("301.00 元");
    assertThat(textOf(robot, "#adaptationTotals"))
        .isEqualTo("补贴 1,261.00 元　家庭自费 1,200.00 元　合计 2,461.00 元（3 项）");
    assertThat(textOf(robot, "#adaptationPlanState")).isEqualTo("有未保存的修改");
    // A cost that is not an amount is refused by name before anything is saved.
    type(robot, "#planCost14", "1200.555");
    fire(robot, "#saveAdaptationPlan");
    waitFor(5, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationCaseMessage").contains("蹲便器改坐便器"));
    assertThat(robot.lookup("#planCost14").query().isFocused()).isTrue();
    type(robot, "#planCost14", "1200");
    // A quantity the service refuses: it says which item, and what was typed stays on the screen.
    type(robot, "#planQuantity1", "150");
    fire(robot, "#saveAdaptationPlan");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationCaseMessage").contains("1 到 99"));
    assertThat(textOf(robot, "#adaptationCaseMessage")).contains("防滑处理");
    assertThat(textOf(robot, "#planQuantity1")).isEqualTo("150");
    assertThat(textOf(robot, "#planCost13")).isEqualTo("150.50");
    assertThat(enabled(robot, "#saveAdaptationPlan")).isTrue();
    type(robot, "#planQuantity1", "12");
    fire(robot, "#saveAdaptationPlan");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationCaseMessage").equals("改造方案已保存。"));
    assertThat(textOf(robot, "#planCost13")).isEqualTo("150.50"); // shown back from the store in yuan
    assertThat(textOf(robot, "#adaptationPlanState")).isEmpty();
    // The home assessment is done: the case moves to the township office.
    type(robot, "#adaptationStepNote", "入户评估完成，家属同意方案");
    click(robot, "#advanceAdaptationCase");
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepHOME_ASSESSED", "case-step-current"));
    assertThat(hasStyle(robot, "#stepAPPLIED", "case-step-done")).isTrue();
    assertThat(textOf(robot, "#adaptationStateLine")).contains("当前环节：入户评估").contains("由审核员办理");
    assertThat(enabled(robot, "#advanceAdaptationCase")).isFalse();
    assertThat(textOf(robot, "#adaptationStepNote")).isEmpty();
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> cases.isVisible() && cases.getItems().size() == 1);
    CaseRecord afterAssessment = ws.adaptation().cases(null, null).get(0);
    assertThat(afterAssessment.state()).isEqualTo(CaseState.HOME_ASSESSED);
    assertThat(afterAssessment.subsidyTotalFen()).isEqualTo(126_100);
    assertThat(afterAssessment.familyTotalFen()).isEqualTo(120_000);
    UUID caseId = afterAssessment.id();

    // The township office opens the case from its list with the keyboard and moves it on.
    signIn("town", REVIEWER_PASSWORD);
    showView(robot);
    TableView<?> townCases = robot.lookup("#adaptationCases").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> townCases.getItems().size() == 1);
    assertThat(textOf(robot, "#adaptationSummary")).contains("共 1 件").contains("1,261.00 元");
    robot.interact(() -> {
      townCases.requestFocus();
      townCases.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepHOME_ASSESSED", "case-step-current"));
    assertThat(textOf(robot, "#advanceAdaptationCase")).isEqualTo("批准改造方案(_N)");
    assertThat(enabled(robot, "#sendBackAdaptationCase")).isTrue();
    click(robot, "#advanceAdaptationCase");
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepPLANNED", "case-step-current"));
    assertThat(robot.lookup("#planNeeded1").queryAs(CheckBox.class).isDisabled()).isTrue(); // approved: locked

    // 退回 with a reason: back to the home assessment, where the plan can change again.
    openDialog(robot, "#sendBackAdaptationCase", "#reasonText");
    assertThat(enabled(robot, "#adaptationSendBackDialogOk")).isFalse();
    click(robot, "#reasonText");
    robot.write("扶手位置需重新确认");
    ok(robot, "#adaptationSendBackDialog");
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepHOME_ASSESSED", "case-step-current"));
    assertThat(textOf(robot, "#adaptationCaseMessage")).isEqualTo("已退回到“入户评估”环节。");
    assertThat(robot.lookup("#planQuantity1").queryAs(TextField.class).isDisabled()).isFalse();
    type(robot, "#planQuantity1", "10");
    assertThat(textOf(robot, "#adaptationTotals"))
        .isEqualTo("补贴 1,101.00 元　家庭自费 1,200.00 元　合计 2,301.00 元（3 项）");
    // Approving saves the changed plan first.
    click(robot, "#advanceAdaptationCase");
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepPLANNED", "case-step-current"));
    for (CaseState next : List.of(CaseState.UNDER_CONSTRUCTION, CaseState.ACCEPTED, CaseState.SETTLED,
        CaseState.ARCHIVED)) {
      click(robot, "#advanceAdaptationCase");
      waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#step" + next.name(), "case-step-current"));
    }
    assertThat(textOf(robot, "#adaptationStateLine")).isEqualTo("案件已归档，全部环节已办结。");
    assertThat(textOf(robot, "#advanceAdaptationCase")).isEqualTo("案件已结束");
    assertThat(enabled(robot, "#advanceAdaptationCase")).isFalse();
    assertThat(enabled(robot, "#terminateAdaptationCase")).isFalse();
    for (String step : List.of("APPLIED", "HOME_ASSESSED", "PLANNED", "UNDER_CONSTRUCTION", "ACCEPTED", "SETTLED")) {
      assertThat(hasStyle(robot, "#step" + step, "case-step-done")).as(step).isTrue();
    }

    // The history lists every step: who, what, and the reason of the 退回.
    ListView<?> history = robot.lookup("#adaptationHistory").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 9);
    List<AdaptationStep.StepRecord> steps = history.getItems().stream().map(s -> (AdaptationStep.StepRecord) s)
        .toList();
    assertThat(steps).extracting(AdaptationStep.StepRecord::to).containsExactly(CaseState.APPLIED,
        CaseState.HOME_ASSESSED, CaseState.PLANNED, CaseState.HOME_ASSESSED, CaseState.PLANNED,
        CaseState.UNDER_CONSTRUCTION, CaseState.ACCEPTED, CaseState.SETTLED, CaseState.ARCHIVED);
    assertThat(steps).extracting(AdaptationStep.StepRecord::by).containsExactly("li", "li", "town", "town", "town",
        "town", "town", "town", "town");
    assertThat(steps.get(1).note()).isEqualTo("入户评估完成，家属同意方案");
    assertThat(steps.get(3).action()).isEqualTo(AdaptationStep.Action.SEND_BACK);
    assertThat(steps.get(3).note()).isEqualTo("扶手位置需重新确认");
    // …and shows them in words.
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> history.scrollTo(3));
    WaitForAsyncUtils.waitForFxEvents();
    List<String> cells = robot.lookup("#adaptationHistory .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
        .stream().map(c -> c.getText()).filter(t -> t != null && !t.isEmpty()).toList();
    assertThat(cells).anyMatch(t -> t.contains("退回　town\n改造方案 → 入户评估：扶手位置需重新确认"));

    // Esc goes back to the list, which shows the case archived.
    robot.interact(history::requestFocus); // lists take Esc for themselves; the page does not let them
    assertThat(focusOwner(robot, "#adaptationHistory")).isTrue();
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> townCases.isVisible()
        && textOf(robot, "#adaptationSummary").contains("已归档 1 件"));
    assertThat(textOf(robot, "#adaptationSummary")).contains("1,101.00 元");
    CaseRecord archived = ws.adaptation().get(caseId);
    assertThat(archived.subsidyTotalFen()).isEqualTo(110_100);
    assertThat(archived.plan()).hasSize(3);
  }

  @Test
  void anIneligibleHouseholdIsToldWhyAndNeedsAnOverrideReason(FxRobot robot) throws Exception {
    world = new AssessmentWorld(dir); // 张秀兰 is on file as living alone, with no economic status
    signIn("town", REVIEWER_PASSWORD);
    showView(robot);
    openDialog(robot, "#newAdaptationCase", "#adaptationElderSearch");
    click(robot, "#adaptationElderSearch");
    robot.write("张秀");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationEligibility").startsWith("不符合补贴改造条件"));
    assertThat(textOf(robot, "#adaptationEligibility"))
        .contains("档案中的经济状况不是特困、低保、低保边缘或经济困难").doesNotContain("missing:");
    assertThat(enabled(robot, "#adaptationOverride")).isTrue();
    assertThat(focusOwner(robot, "#adaptationElderSearch")).isTrue(); // typing a name is never cut short
    assertThat(enabled(robot, "#adaptationApplyDialogOk")).isFalse();
    click(robot, "#adaptationOverride");
    robot.write("子女均在外地，乡镇特批");
    assertThat(enabled(robot, "#adaptationApplyDialogOk")).isTrue();
    robot.type(KeyCode.ENTER); // OK is the default button
    waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationCaseEligibility").contains("特批原因"));
    assertThat(textOf(robot, "#adaptationCaseEligibility")).contains("子女均在外地，乡镇特批")
        .contains("经济状况不是特困");
    assertThat(hasStyle(robot, "#adaptationCaseEligibility", "case-warn")).isTrue();
    // The township office may terminate it at once, with a reason the case keeps.
    openDialog(robot, "#terminateAdaptationCase", "#reasonText");
    click(robot, "#reasonText");
    robot.write("老人已入住养老机构");
    robot.type(KeyCode.ENTER);
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepAPPLIED", "case-step-terminated"));
    assertThat(textOf(robot, "#adaptationStateLine")).isEqualTo("案件在“申请”环节终止：老人已入住养老机构");
    assertThat(enabled(robot, "#advanceAdaptationCase")).isFalse();
    ListView<?> history = robot.lookup("#adaptationHistory").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
    assertThat(((AdaptationStep.StepRecord) history.getItems().get(0)).note()).isEqualTo("override");
  }

  @Test
  void photosBeforeAndAfterEachItemAndTheAcceptanceSignatures(FxRobot robot) throws Exception {
    world = new AssessmentWorld(dir);
    world.economicStatus(EconomicStatus.TEKUN);
    UUID id;
    try (Workspace li = world.li()) {
      id = li.adaptation().apply(world.elderId, LocalDate.now().getYear(), null).id();
      li.adaptation().plan(id, List.of(new PlanLine("1", true, 12, 8_000, Payer.SUBSIDY, null),
          new PlanLine("13", true, 2, 15_050, Payer.SUBSIDY, null)));
      li.adaptation().advance(id, null);
    }
    try (Workspace town = world.town()) {
      town.adaptation().advance(id, null);
      town.adaptation().advance(id, null); // 施工: photos before and after may both be added now
    }
    signIn("town", REVIEWER_PASSWORD);
    showView(robot);
    TableView<?> cases = robot.lookup("#adaptationCases").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> cases.getItems().size() == 1);
    robot.interact(() -> {
      cases.requestFocus();
      cases.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepUNDER_CONSTRUCTION", "case-step-current"));
    // The second tab beside the history: Ctrl+Tab reaches it from the keyboard.
    robot.interact(() -> robot.lookup("#adaptationSide").queryAs(TabPane.class).getSelectionModel().select(1));
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#addPhoto13BEFORE").tryQuery().isPresent());
    assertThat(robot.lookup("#photoBox1BEFORE").tryQuery()).isPresent();
    assertThat(robot.lookup("#photoBox14BEFORE").tryQuery()).isEmpty(); // not in the plan

    // Two files for the bathroom handrail before the works: the photo is kept, the document is named.
    Path notes = java.nio.file.Files.writeString(dir.resolve("说明.txt"), "不是图片");
    FilePicker.answerForTests(List.of(UiTestSupport.jpeg(dir, "卫生间.jpg", 2400, 1800), notes));
    try {
      fire(robot, "#addPhoto13BEFORE");
      waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationEvidenceMessage").contains("说明.txt"));
      waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#photo13BEFORE1").tryQuery().isPresent());
      assertThat(robot.lookup("#photo13BEFORE2").tryQuery()).isEmpty();
      FilePicker.answerForTests(List.of(UiTestSupport.jpeg(dir, "扶手.jpg", 1200, 900)));
      fire(robot, "#addPhoto13AFTER");
      waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#photo13AFTER1").tryQuery().isPresent());
      FilePicker.answerForTests(List.of(UiTestSupport.jpeg(dir, "错拍.jpg", 800, 600)));
      fire(robot, "#addPhoto1BEFORE");
      waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#photo1BEFORE1").tryQuery().isPresent());
    } finally {
      FilePicker.answerForTests(null);
    }
    assertThat(textOf(robot, "#adaptationEvidenceMessage")).isEqualTo("已保存 1 张照片。");

    // A photo of the wrong item is opened and removed.
    javafx.application.Platform.runLater(() -> robot.lookup("#photo1BEFORE1").queryButton().fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#photoDialog").tryQuery().isPresent());
    click(robot, "删除所选照片");
    waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationEvidenceMessage").equals("已删除该照片。"));
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#photo1BEFORE1").tryQuery().isEmpty());

    // The family signs at the hand-over; the office's signature bears the signed-in name.
    javafx.application.Platform.runLater(() -> robot.lookup("#signAcceptanceFAMILY").queryButton().fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signaturePad").tryQuery().isPresent());
    assertThat(robot.lookup("#signerName").queryAs(TextField.class).getText()).isEqualTo("张秀兰");
    UiTestSupport.drawSignature(robot);
    click(robot, "保存签名");
    waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#signatureStateAcceptanceFAMILY").contains("张秀兰 已签名"));
    assertThat(textOf(robot, "#signatureStateAcceptanceCONTRACTOR")).contains("未签名");

    // Once settled, the photos and signatures are locked on the screen as in the store.
    robot.interact(() -> robot.lookup("#adaptationSide").queryAs(TabPane.class).getSelectionModel().select(0));
    click(robot, "#advanceAdaptationCase"); // 验收
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepACCEPTED", "case-step-current"));
    click(robot, "#advanceAdaptationCase"); // 补贴结算
    waitFor(10, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepSETTLED", "case-step-current"));
    robot.interact(() -> robot.lookup("#adaptationSide").queryAs(TabPane.class).getSelectionModel().select(1));
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#addPhoto13AFTER").tryQuery()
        .map(javafx.scene.Node::isDisabled).orElse(false));
    assertThat(robot.lookup("#addPhoto13BEFORE").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#signAcceptanceCONTRACTOR").query().isDisabled()).isTrue();

    // The case sheet with its photos and signatures, in the preview like every paper.
    robot.interact(() -> robot.lookup("#adaptationCaseSheet").queryButton().fire());
    waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#previewStatus").matches(".*共 [2-9] 页.*"));
    assertThat(robot.lookup("#previewPages").queryAs(javafx.scene.layout.VBox.class).getChildren())
        .anyMatch(n -> n instanceof javafx.scene.image.ImageView);
    robot.interact(() -> robot.lookup("#closePreview").queryButton().fire());

    List<CasePhoto> photos = ws.adaptationEvidence().photos(id);
    assertThat(photos).extracting(CasePhoto::itemCode, CasePhoto::phase)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("13", Phase.AFTER),
            org.assertj.core.groups.Tuple.tuple("13", Phase.BEFORE));
    assertThat(photos.get(1).width()).isEqualTo(1600);
    List<AcceptanceSignature> signatures = ws.adaptationEvidence().signatures(id);
    assertThat(signatures).extracting(AcceptanceSignature::role).containsExactly(AcceptanceRole.FAMILY);
    assertThat(signatures.get(0).strokes()).hasSize(2);
  }
}

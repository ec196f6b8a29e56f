package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.Workspace;
import org.yiping.bed.BedEventRecord;
import org.yiping.bed.BedKind;
import org.yiping.bed.BedRecord;
import org.yiping.bed.CloseReason;
import org.yiping.bed.DeviceType;
import org.yiping.bed.EventKind;
import org.yiping.bed.ReferralStatus;
import org.yiping.bed.ServiceKind;
import org.yiping.bed.ui.BedsView;
import org.yiping.elder.EconomicStatus;
import org.yiping.testdata.AssessmentWorld;

/**
 * A family bed walked through the screens: set up (with an override, since the elder has no disability level yet,
 * its devices and the household's adaptation case), a home service, a monthly check, a device alert, a referral moved
 * on to completed, and 撤床 with a reason; the list then shows it closed.
 */
class BedsUiTest extends CaseUiTest {
  @TempDir Path dir;

  private List<String> cells(FxRobot robot, String table) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream().map(TableCell::getText)
        .filter(t -> t != null && !t.isEmpty()).toList();
  }

  @Test
  void aBedFromSetUpThroughItsLogToClosing(FxRobot robot) throws Exception {
    world = new AssessmentWorld(dir);
    world.economicStatus(EconomicStatus.DIBAO);
    UUID adaptationCase;
    try (Workspace li = world.li()) {
      adaptationCase = li.adaptation().apply(world.elderId, LocalDate.now().getYear(), null).id();
    }
    signIn("li", "Assess2026a");
    show(robot, w -> new BedsView(world.app, background, w).root());
    TableView<?> beds = robot.lookup("#bedTable").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#bedSummary").equals("在用 0 张，已撤床 0 张"));

    // 建床: the elder has no disability level from an assessment yet, so the office overrides with a reason.
    openDialog(robot, "#newBed", "#bedElderSearch");
    click(robot, "#bedElderSearch");
    robot.write("zxl");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#bedEligibility").startsWith("不符合建床条件"));
    assertThat(textOf(robot, "#bedEligibility")).contains("没有仍然有效的失能等级评估结果")
        .doesNotContain("missing:");
    assertThat(enabled(robot, "#bedSetupDialogOk")).isFalse();
    ComboBox<?> adaptation = robot.lookup("#bedAdaptationCase").queryAs(ComboBox.class);
    waitFor(5, TimeUnit.SECONDS, () -> adaptation.getValue() != null);
    type(robot, "#bedOverride", "乡镇特批：等待评估");
    type(robot, "#bedProvider", "天山区颐和居家养老服务中心");
    for (int i = 0; i < 3; i++) {
      fire(robot, "#addDevice");
    }
    robot.interact(() -> {
      robot.lookup("#deviceType0").queryComboBox().getSelectionModel().select(DeviceType.SMART_MATTRESS);
      robot.lookup("#deviceType1").queryComboBox().getSelectionModel().select(DeviceType.FALL_ALARM);
      robot.lookup("#deviceType2").queryComboBox().getSelectionModel().select(DeviceType.GAS_ALARM);
    });
    type(robot, "#deviceSerial0", "SM-2026-0001");
    type(robot, "#deviceSerial1", "FA-77");
    type(robot, "#deviceSerial2", "FA-77");
    ok(robot, "#bedSetupDialog");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#bedSetupDialogError").contains("设备编号 FA-77 重复"));
    fire(robot, "#removeDevice2"); // the gas alarm was typed by mistake
    assertThat(robot.lookup("#deviceSerial2").tryQuery()).isEmpty();
    ok(robot, "#bedSetupDialog");

    // The bed page: its code in large type, the devices and the adaptation it relies on.
    waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#bedCode").startsWith("JC-"));
    assertThat(textOf(robot, "#bedCode")).matches("JC-650102002-[0-9A-F]{8}");
    // The bed's QR label (一床一码), previewed before it goes on the label printer.
    robot.interact(() -> robot.lookup("#bedLabel").queryButton().fire());
    waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#previewStatus").contains("共 1 页"));
    robot.interact(() -> robot.lookup("#closePreview").queryButton().fire());
    assertThat(textOf(robot, "#bedTitle")).startsWith("张秀兰");
    assertThat(textOf(robot, "#bedDevicesText")).isEqualTo("智能床垫 SM-2026-0001；跌倒报警器 FA-77");
    assertThat(textOf(robot, "#bedAdaptationText")).contains("适老化改造 · 申请");
    assertThat(textOf(robot, "#bedEligibilityText")).contains("乡镇特批：等待评估");
    assertThat(textOf(robot, "#bedState")).isEqualTo("在用");

    // A home service: refused without a service ticked, then logged.
    openDialog(robot, "#logBedService", "#bedServiceStaff");
    type(robot, "#bedServiceStaff", "马丽");
    ok(robot, "#bedServiceDialog");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#bedServiceDialogError").equals("请至少选择一项服务内容。"));
    fire(robot, "#bedServiceMEAL");
    fire(robot, "#bedServiceCLEANING");
    type(robot, "#bedServiceMinutes", "90");
    type(robot, "#bedServiceNote", "午餐送到，打扫卧室");
    ok(robot, "#bedServiceDialog");
    TableView<?> log = robot.lookup("#bedLog").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == 1);
    assertThat(cells(robot, "#bedLog")).contains("上门服务", "助餐、助洁", "马丽", "90 分钟");

    // The monthly check.
    openDialog(robot, "#logBedCheck", "#bedCheckStaff");
    type(robot, "#bedCheckStaff", "马丽");
    type(robot, "#bedCheckNote", "床垫和报警器正常");
    robot.type(KeyCode.ENTER);
    waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == 2);

    // A device alert, entered by hand.
    openDialog(robot, "#logBedAlert", "#bedAlertNote");
    type(robot, "#bedAlertNote", "夜间跌倒报警，家属确认无碍");
    robot.interact(() -> robot.lookup("#bedAlertDevice").queryComboBox().getEditor().setText("FA-77"));
    ok(robot, "#bedAlertDialog");
    waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == 3);
    assertThat(cells(robot, "#bedLog")).contains("报警设备：跌倒报警器 FA-77", "夜间跌倒报警，家属确认无碍");

    // A referral to a hospital bed, moved on to accepted, then completed.
    openDialog(robot, "#referBed", "#bedReferralTo");
    robot.interact(() -> robot.lookup("#bedReferralTo").queryComboBox().getSelectionModel()
        .select(BedKind.HOSPITAL_BED));
    type(robot, "#bedReferralNote", "肺部感染，转医院");
    ok(robot, "#bedReferralDialog");
    waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == 4);
    assertThat(cells(robot, "#bedLog")).contains("转介至医院床位 · 已提出");
    assertThat(enabled(robot, "#moveReferral")).isFalse(); // nothing selected
    for (ReferralStatus next : List.of(ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED)) {
      robot.interact(() -> {
        log.requestFocus();
        log.getSelectionModel().select(3);
      });
      assertThat(enabled(robot, "#moveReferral")).isTrue();
      openDialog(robot, "#moveReferral", "#bedReferralStatus");
      robot.interact(() -> robot.lookup("#bedReferralStatus").queryComboBox().getSelectionModel().select(next));
      ok(robot, "#bedMoveReferralDialog");
      waitFor(10, TimeUnit.SECONDS, () -> ((BedEventRecord) log.getItems().get(3)).referralStatus() == next);
    }
    assertThat(cells(robot, "#bedLog")).contains("转介至医院床位 · 已完成");
    robot.interact(() -> log.getSelectionModel().select(3));
    assertThat(enabled(robot, "#moveReferral")).isFalse(); // a completed referral stays as it is
    assertThat(textOf(robot, "#bedLogSummary")).isEqualTo("上门服务 1 次，共 90 分钟；检查 1 次；报警 1 次；转介 1 次");

    // 撤床: "other" needs a note; moved to an institution does not.
    openDialog(robot, "#closeBed", "#bedCloseReason");
    robot.interact(() -> robot.lookup("#bedCloseReason").queryComboBox().getSelectionModel()
        .select(CloseReason.OTHER));
    ok(robot, "#bedCloseDialog");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#bedCloseDialogError").contains("请写明具体原因"));
    robot.interact(() -> robot.lookup("#bedCloseReason").queryComboBox().getSelectionModel()
        .select(CloseReason.MOVED_TO_INSTITUTION));
    ok(robot, "#bedCloseDialog");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#bedState").startsWith("已于"));
    assertThat(textOf(robot, "#bedState")).contains("撤床：入住养老机构");
    for (String b : List.of("#logBedService", "#logBedCheck", "#logBedAlert", "#referBed", "#closeBed")) {
      assertThat(enabled(robot, b)).as(b).isFalse();
    }

    // Back in the list: no open bed left, the closed one under 已撤床.
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> beds.isVisible() && textOf(robot, "#bedSummary")
        .equals("在用 0 张，已撤床 1 张"));
    assertThat(beds.getItems()).isEmpty();
    robot.interact(() -> robot.lookup("#bedShow").queryComboBox().getSelectionModel().selectLast());
    waitFor(10, TimeUnit.SECONDS, () -> beds.getItems().size() == 1);
    assertThat(cells(robot, "#bedTable")).anyMatch(t -> t.endsWith("撤床（入住养老机构）"));

    BedRecord bed = ws.beds().beds(null, false).get(0);
    assertThat(bed.adaptationCaseId()).isEqualTo(adaptationCase);
    assertThat(bed.eligible()).isFalse();
    assertThat(bed.closeReason()).isEqualTo(CloseReason.MOVED_TO_INSTITUTION);
    List<BedEventRecord> events = ws.beds().events(bed.id());
    assertThat(events).extracting(BedEventRecord::kind).containsExactly(EventKind.SERVICE, EventKind.CHECK,
        EventKind.ALERT, EventKind.REFERRAL);
    assertThat(events.get(0).services()).containsExactlyInAnyOrder(ServiceKind.MEAL, ServiceKind.CLEANING);
    assertThat(events.get(0).minutes()).isEqualTo(90);
    assertThat(events.get(2).deviceSerial()).isEqualTo("FA-77");
  }
}

package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.Workspace;
import org.yiping.carevisit.CareVisitRecord;
import org.yiping.carevisit.MonthRow;
import org.yiping.carevisit.NeedKind;
import org.yiping.carevisit.ui.CareVisitsView;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.HardshipFlag;
import org.yiping.testdata.AssessmentWorld;

/**
 * A month of care visits through the screen: the township office assigns the visitor, the visitor records last
 * month's visits (one elder found not well, with needs and a follow-up) and leaves one elder out, who shows as missed
 * in red; the coverage line counts them.
 */
class CareVisitsUiTest extends CaseUiTest {
  @TempDir Path dir;

  private UUID elder(Workspace admin, String name, String id, EconomicStatus economic, Set<HardshipFlag> flags) {
    ElderDraft d = ElderDraft.minimal(name, id, "650102002002");
    return admin.elders().create(new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), d.phone(),
        d.address(), d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(), d.medicalPayments(),
        d.incomeSources(), economic, flags, d.contacts(), d.notes())).id();
  }

  /** The table's row for an elder, by name. */
  private static MonthRow row(TableView<?> table, String name) {
    return table.getItems().stream().map(r -> ((CareVisitsView.Row) r).row())
        .filter(r -> r.elder().name().equals(name)).findFirst().orElseThrow();
  }

  /** Selects the elder's row, as the arrow keys would. */
  private static void select(FxRobot robot, TableView<?> table, String name) {
    robot.interact(() -> {
      table.requestFocus();
      for (int i = 0; i < table.getItems().size(); i++) {
        if (((CareVisitsView.Row) table.getItems().get(i)).row().elder().name().equals(name)) {
          table.getSelectionModel().select(i);
          table.getFocusModel().focus(i);
        }
      }
    });
  }

  private static String stateCellStyle(FxRobot robot, String text) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#careTable .table-cell").queryAllAs(TableCell.class).stream()
        .filter(c -> text.equals(c.getText())).map(c -> String.join(" ", c.getStyleClass())).findFirst().orElse("");
  }

  @Test
  void aMonthOfVisitsWithOneMissed(FxRobot robot) throws Exception {
    world = new AssessmentWorld(dir); // 张秀兰 lives alone
    UUID poor;
    UUID leftBehind;
    try (Workspace admin = world.admin()) {
      poor = elder(admin, "王桂芝", "650102193811250023", EconomicStatus.DIBAO, Set.of());
      leftBehind = elder(admin, "买买提·艾力", "650102194006180012", null, Set.of(HardshipFlag.LEFT_BEHIND));
      elder(admin, "李长福", "650102193701010053", null, Set.of()); // nothing that calls for monthly visits
    }
    YearMonth thisMonth = YearMonth.now();
    YearMonth lastMonth = thisMonth.minusMonths(1);

    // The township office sees everyone due and names the visitor.
    signIn("town", "Review2026c");
    show(robot, w -> new CareVisitsView(world.app, background, w).root());
    TableView<?> table = robot.lookup("#careTable").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
    assertThat(table.getItems().stream().map(r -> ((CareVisitsView.Row) r).row().elder().name()))
        .containsExactlyInAnyOrder("张秀兰", "王桂芝", "买买提·艾力");
    assertThat(robot.lookup("#assignVisitor").query().isVisible()).isTrue();
    assertThat(textOf(robot, "#careCoverage")).isEqualTo("应访 3 人，已访 0 人，覆盖率 0%，漏访 0 人");
    for (String name : List.of("张秀兰", "王桂芝", "买买提·艾力")) {
      select(robot, table, name);
      openDialog(robot, "#assignVisitor", "#careVisitor");
      robot.interact(() -> robot.lookup("#careVisitor").queryComboBox().getItems().stream()
          .filter(v -> ((org.yiping.carevisit.Visitor) v).username().equals("li")).findFirst()
          .ifPresent(v -> robot.lookup("#careVisitor").queryComboBox().getSelectionModel().select(v)));
      ok(robot, "#careAssignDialog");
      waitFor(10, TimeUnit.SECONDS, () -> "li".equals(row(table, name).visitor()));
    }
    assertThat(textOf(robot, "#careMessage")).isEqualTo("已指定 李评估 每月探访 买买提·艾力。");
    WaitForAsyncUtils.waitForFxEvents();
    List<String> cells = robot.lookup("#careTable .table-cell").queryAllAs(TableCell.class).stream()
        .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    assertThat(cells).contains("独居", "低保", "留守", "李评估", "待探访");

    // The visitor records last month's visits: two of the three.
    signIn("li", "Assess2026a");
    show(robot, w -> new CareVisitsView(world.app, background, w).root());
    TableView<?> mine = robot.lookup("#careTable").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> mine.getItems().size() == 3);
    assertThat(robot.lookup("#careMine").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#assignVisitor").query().isVisible()).isFalse();
    robot.interact(() -> robot.lookup("#careMonth").queryComboBox().getSelectionModel().select(lastMonth));
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#careCoverage").equals("应访 3 人，已访 0 人，覆盖率 0%，漏访 3 人"));
    assertThat(mine.getItems()).allMatch(r -> ((CareVisitsView.Row) r).row().state() == MonthRow.State.MISSED);

    select(robot, mine, "王桂芝");
    robot.type(KeyCode.ENTER); // Enter on a row records a visit
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#careVisitDate").tryQuery().isPresent());
    assertThat(FormDialog.dateOf(robot.lookup("#careVisitDate").queryAs(javafx.scene.control.DatePicker.class)))
        .isEqualTo(lastMonth.atEndOfMonth());
    robot.interact(() -> robot.lookup("#careVisitDate").queryAs(javafx.scene.control.DatePicker.class)
        .setValue(lastMonth.atDay(15)));
    ok(robot, "#careVisitDialog");
    waitFor(10, TimeUnit.SECONDS, () -> row(mine, "王桂芝").state() == MonthRow.State.VISITED);

    select(robot, mine, "买买提·艾力");
    openDialog(robot, "#recordCareVisit", "#careNotWell");
    fire(robot, "#careNotWell");
    assertThat(enabled(robot, "#careVisitDialogOk")).isFalse(); // not well: the follow-up is required
    fire(robot, "#careNeedMEDICAL");
    fire(robot, "#careNeedSAFETY");
    type(robot, "#careFollowUp", "血压偏高，已联系村医");
    assertThat(enabled(robot, "#careVisitDialogOk")).isTrue();
    robot.type(KeyCode.ENTER);
    waitFor(10, TimeUnit.SECONDS, () -> row(mine, "买买提·艾力").state() == MonthRow.State.VISITED);

    // 张秀兰 was not visited last month: missed, in red, and counted.
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#careCoverage")
        .equals("应访 3 人，已访 2 人，覆盖率 66%，漏访 1 人"));
    assertThat(row(mine, "张秀兰").state()).isEqualTo(MonthRow.State.MISSED);
    assertThat(((CareVisitsView.Row) mine.getItems().get(0)).row().elder().name()).isEqualTo("张秀兰"); // first
    assertThat(stateCellStyle(robot, "未探访")).contains("care-missed");
    assertThat(stateCellStyle(robot, "已探访")).contains("care-visited");
    assertThat(hasStyle(robot, "#careCoverage", "case-warn")).isTrue();
    List<String> cells2 = robot.lookup("#careTable .table-cell").queryAllAs(TableCell.class).stream()
        .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    assertThat(cells2).contains(lastMonth.atDay(15) + " 李评估：情况良好",
        lastMonth.atEndOfMonth() + " 李评估：需跟进（就医、居住安全）", "血压偏高，已联系村医");

    // This month is not over: 张秀兰 is still to visit, not missed.
    robot.interact(() -> robot.lookup("#careMonth").queryComboBox().getSelectionModel().select(thisMonth));
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#careCoverage")
        .equals("应访 3 人，已访 0 人，覆盖率 0%，漏访 0 人"));
    assertThat(row(mine, "张秀兰").state()).isEqualTo(MonthRow.State.DUE);

    List<MonthRow> stored = ws.careVisits().month(null, lastMonth, null);
    CareVisitRecord notWell = stored.stream().filter(r -> r.elder().id().equals(leftBehind)).findFirst()
        .orElseThrow().visits().get(0);
    assertThat(notWell.foundWell()).isFalse();
    assertThat(notWell.needs()).containsExactlyInAnyOrder(NeedKind.MEDICAL, NeedKind.SAFETY);
    assertThat(notWell.visitor()).isEqualTo("li");
    assertThat(stored.stream().filter(r -> r.elder().id().equals(poor)).findFirst().orElseThrow().visits().get(0)
        .visitedOn()).isEqualTo(lastMonth.atDay(15));
    assertThat(LocalDate.now()).isAfter(lastMonth.atEndOfMonth());
  }
}

package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.testdata.GbtItems;

/** The township head opens the dashboard (Ctrl+6) and sees the store's figures as tiles and charts. */
class DashboardUiTest extends ShellUiTest {
  @TempDir Path dataDir;


  @Test
  void theDashboardShowsTheFiguresOfTheStore(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    try (Workspace li = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      var elder = li.elders().index().search(org.yiping.elder.search.SearchQuery.text("zxl", LocalDate.now()), 0, 1)
          .items().get(0).id();
      var id = li.assessments().start(elder, "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
      for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
        li.assessments().answer(id, GbtItems.ITEMS.get(i), GbtItems.MAXIMA.get(i));
      }
      li.assessments().finalizeAssessment(id, null, null);
    }
    open(robot, app, Duration.ofMinutes(10));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    robot.write("town").type(KeyCode.TAB).write("Turpan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navDashboard").tryQuery().isPresent());
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT6).release(KeyCode.DIGIT6).release(KeyCode.CONTROL);
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#tileEldersValue").equals("1"));
    assertThat(UiTestSupport.textOf(robot, "#tileAssessmentsValue")).isEqualTo("1");
    assertThat(UiTestSupport.textOf(robot, "#tileVisitsValue")).isEqualTo("—"); // nobody on this file must be visited
    BarChart<?, ?> levels = robot.lookup("#chartLevels").queryAs(BarChart.class);
    List<? extends javafx.scene.chart.XYChart.Data<?, ?>> bars = levels.getData().get(0).getData();
    assertThat(bars.get(1).getXValue()).isEqualTo("能力完好");
    assertThat(((Number) bars.get(1).getYValue()).intValue()).isEqualTo(1);
    assertThat(((Number) bars.get(0).getYValue()).intValue()).isZero();
  }
}

package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import java.time.Clock;
import java.util.UUID;
import org.yiping.app.AppContext;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.search.SearchQuery;
import org.yiping.security.KdfParams;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.AssessmentRecord;
import org.yiping.assessment.visit.AssessmentStatus;
import org.yiping.elder.ElderDraft;
import org.yiping.security.NewUser;
import org.yiping.security.Role;

/** A whole GB/T 42195 assessment with the keyboard alone: find the elder, answer, refuse early, finalize. */
class AssessmentUiTest extends ShellUiTest {
  @TempDir Path dataDir;

  private AppContext prepared() {
    AppContext app = UiTestSupport.context(dataDir);
    try (Workspace admin = app.open(app.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()))) {
      admin.accounts().create(new NewUser("li", "李评估", Role.ASSESSOR, "XJ-PG-0001", LocalDate.now().plusYears(1),
          null), "Assess2026a".toCharArray());
      admin.elders().create(ElderDraft.minimal("张秀兰", "65010219450312218X", "650102002002"));
    }
    try (Workspace li = app.open(app.vault().signIn("li", "Assess2026a".toCharArray()))) {
      li.accounts().changeOwnPassword(app.vault(), "Assess2026a".toCharArray(), "Hotan2027ok".toCharArray());
    }
    return app;
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFullAssessmentByKeyboardIsRefusedWhileIncompleteThenFinalized(FxRobot robot) throws Exception {
    AppContext app = prepared();
    open(robot, app, Duration.ofMinutes(10));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    robot.write("li").type(KeyCode.TAB).write("Hotan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#elderSearch").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();

    // Ctrl+2: 能力评估. Find the elder by pinyin initials, Down, Enter starts GB/T 42195 (the default form).
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentElderSearch").tryQuery()
        .map(javafx.scene.Node::isFocused).orElse(false));
    robot.write("zxl");
    ListView<?> results = robot.lookup("#assessmentElderResults").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());

    // Too early: refused, with what is missing, and the form jumps there.
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentHomeMessage").tryQuery().isPresent());
    String refusal = robot.lookup(".form-error").queryAllAs(Label.class).stream().map(Label::getText)
        .filter(t -> t.contains("未填写")).findFirst().orElse("");
    assertThat(refusal).contains("B.1.1").contains("B.4.5");

    // Every item: 1 picks the first option (full marks, or 无 for the risk events), Enter moves on.
    Label position = robot.lookup("#itemLabel").queryAs(Label.class);
    int items = 0;
    String last = "";
    while (items < 60) {
      String now = position.getText();
      if (now.equals(last)) {
        break; // Enter on the last item stays there
      }
      last = now;
      robot.type(KeyCode.DIGIT1);
      robot.type(KeyCode.ENTER);
      WaitForAsyncUtils.waitForFxEvents();
      position = robot.lookup("#itemLabel").queryAs(Label.class);
      items++;
    }
    assertThat(items).isGreaterThanOrEqualTo(26); // the 26 scored items; the A items before them are optional
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#liveLevel").queryAs(Label.class).getText().contains("总分"));

    // Finalize: the summary asks for confirmation (Enter = OK), then the assessment is locked.
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#finalizeSummary").tryQuery().isPresent());
    assertThat(robot.lookup("#finalizeSummary").queryAs(javafx.scene.control.DialogPane.class).getContentText())
        .contains("总分 90").contains("最终等级 0");
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".form-error").queryAllAs(Label.class).stream()
        .anyMatch(l -> l.getText().contains("已锁定")));

    assertThat(robot.lookup("#finalizeAssessment").query().isDisabled()).isTrue();

    // Closed and opened again: finalized, 90 points, level 0, hashed.
    robot.interact(shell::close);
    shell = null;
    try (Workspace check = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      assertThat(check.assessments().myDrafts()).isEmpty();
      AssessmentRecord done = check.assessments().history(check.elders().index()
          .search(org.yiping.elder.search.SearchQuery.text("zxl", LocalDate.now()), 0, 1).items().get(0).id()).get(0);
      assertThat(done.status()).isEqualTo(AssessmentStatus.FINALIZED);
      assertThat(done.totalScore()).isEqualTo(90);
      assertThat(done.finalLevel()).isZero();
      assertThat(done.contentHash()).hasSize(64);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDraftSurvivesTheAppClosingMidFormAndReopensWhereItStopped(FxRobot robot) throws Exception {
    AppContext app = prepared();
    open(robot, app, Duration.ofMinutes(10));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    robot.write("li").type(KeyCode.TAB).write("Hotan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAssessment").tryQuery().isPresent());
    robot.clickOn("#navAssessment");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentElderSearch").tryQuery()
        .map(javafx.scene.Node::isFocused).orElse(false));
    robot.write("张秀");
    ListView<?> results = robot.lookup("#assessmentElderResults").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());
    // Seven answers (2 = the second option), then the window goes away mid-form.
    for (int i = 0; i < 7; i++) {
      robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
    }
    String stoppedAt = robot.lookup("#itemLabel").queryAs(Label.class).getText();
    robot.type(KeyCode.DIGIT1);
    WaitForAsyncUtils.waitForFxEvents(); // the key reached the screen (the option shows as chosen)...
    // ...and the window closes at once, while that answer may still be being saved: closing waits for it.
    robot.interact(shell::close);
    shell = null;

    open(robot, app, Duration.ofMinutes(10));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    robot.write("li").type(KeyCode.TAB).write("Hotan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAssessment").tryQuery().isPresent());
    robot.clickOn("#navAssessment");
    ListView<?> drafts = robot.lookup("#assessmentDrafts").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> drafts.getItems().size() == 1);
    assertThat(drafts.getItems().get(0).toString()).contains("张秀兰");
    robot.interact(() -> {
      drafts.requestFocus();
      drafts.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").queryAs(Label.class).getText().equals(stoppedAt));
    javafx.scene.control.ToggleButton first = robot.lookup("#option1").queryAs(javafx.scene.control.ToggleButton.class);
    assertThat(first.isSelected()).isTrue();
  }

  @Test
  void aResultOlderThanTwelveMonthsIsListedAsOverdue(FxRobot robot) throws Exception {
    AppContext now = prepared();
    try (Workspace li = now.open(now.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      UUID elder = li.elders().index().search(SearchQuery.text("zxl", LocalDate.now()), 0, 1).items().get(0).id();
      UUID id = li.assessments().start(elder, "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
      for (String item : org.yiping.testdata.GbtItems.ITEMS) {
        li.assessments().answer(id, item, 1);
      }
      li.assessments().finalizeAssessment(id, null, "家中");
    }
    now.close();
    // Thirteen months later, on the same laptop.
    AppContext later = new AppContext(dataDir, Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(400)),
        Messages.CHINESE, KdfParams.FAST_FOR_TESTS);
    open(robot, later, Duration.ofMinutes(10));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    robot.write("li").type(KeyCode.TAB).write("Hotan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAssessment").tryQuery().isPresent());
    robot.clickOn("#navAssessment");
    ListView<?> due = robot.lookup("#assessmentReassessments").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> due.getItems().size() == 1);
    javafx.scene.control.ListCell<?> cell = robot.lookup("#assessmentReassessments .list-cell")
        .queryAllAs(javafx.scene.control.ListCell.class).stream().filter(c -> c.getText() != null).findFirst()
        .orElseThrow();
    assertThat(cell.getText()).contains("已逾期").contains("张秀兰").contains("老年人能力评估");
  }
}

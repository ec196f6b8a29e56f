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
import java.util.List;
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
    return prepared(dataDir);
  }

  /** A store with assessor li (password Hotan2027ok), reviewer town (Turpan2027ok) and the elder 张秀兰. */
  static AppContext prepared(Path dataDir) {
    AppContext app = UiTestSupport.context(dataDir);
    try (Workspace admin = app.open(app.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()))) {
      admin.accounts().create(new NewUser("li", "李评估", Role.ASSESSOR, "XJ-PG-0001", LocalDate.now().plusYears(1),
          null), "Assess2026a".toCharArray());
      admin.elders().create(ElderDraft.minimal("张秀兰", "65010219450312218X", "650102002002"));
      admin.accounts().create(new NewUser("town", "乡镇审核", Role.REVIEWER, null, null, null),
          "Review2026c".toCharArray());
    }
    try (Workspace town = app.open(app.vault().signIn("town", "Review2026c".toCharArray()))) {
      town.accounts().changeOwnPassword(app.vault(), "Review2026c".toCharArray(), "Turpan2027ok".toCharArray());
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
    assertThat(summaryText(robot))
        .contains("C.2 总分：90").contains("C.5 最终等级：0（能力完好）");
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
    click(robot, "#navAssessment");
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
    click(robot, "#navAssessment");
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
    click(robot, "#navAssessment");
    ListView<?> due = robot.lookup("#assessmentReassessments").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> due.getItems().size() == 1);
    javafx.scene.control.ListCell<?> cell = robot.lookup("#assessmentReassessments .list-cell")
        .queryAllAs(javafx.scene.control.ListCell.class).stream().filter(c -> c.getText() != null).findFirst()
        .orElseThrow();
    assertThat(cell.getText()).contains("已逾期").contains("张秀兰").contains("老年人能力评估");
  }

  private void signInAs(FxRobot robot, String user, String password) throws Exception {
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    click(robot, "#signInUsername").write(user).type(KeyCode.TAB).write(password).type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAssessment").tryQuery().isPresent());
    click(robot, "#navAssessment");
  }

  @Test
  void theOfficeReturnsAnAssessmentAndTheAssessorCorrectsIt(FxRobot robot) throws Exception {
    AppContext app = prepared();
    UUID first;
    UUID elder;
    try (Workspace li = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      elder = li.elders().index().search(SearchQuery.text("zxl", LocalDate.now()), 0, 1).items().get(0).id();
      first = li.assessments().start(elder, "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
      for (int i = 0; i < org.yiping.testdata.GbtItems.ITEMS.size(); i++) {
        li.assessments().answer(first, org.yiping.testdata.GbtItems.ITEMS.get(i),
            org.yiping.testdata.GbtItems.MAXIMA.get(i));
      }
      li.assessments().finalizeAssessment(first, null, "家中");
    }
    open(robot, app, Duration.ofMinutes(10));

    // The township office returns it with a comment.
    signInAs(robot, "town", "Turpan2027ok");
    ListView<?> queue = robot.lookup("#assessmentQueue").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
    robot.interact(() -> queue.getSelectionModel().selectFirst());
    click(robot, "#returnAssessment");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialogText").tryQuery().isPresent());
    click(robot, "#dialogText").write("B.2.4 与现场不符，请复核").type(KeyCode.ENTER);
    waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().isEmpty());
    click(robot, "#signOut");

    // The assessor sees the comment, creates a correction, changes one answer and finalizes it.
    signInAs(robot, "li", "Hotan2027ok");
    ListView<?> returned = robot.lookup("#assessmentReturned").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> returned.getItems().size() == 1);
    assertThat(robot.lookup("#assessmentReturned .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
        .stream().map(c -> String.valueOf(c.getText())).anyMatch(t -> t.contains("请复核"))).isTrue();
    robot.interact(() -> {
      returned.requestFocus();
      returned.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialogText").tryQuery().isPresent());
    click(robot, "#dialogText").write("复核 B.2.4").type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#assessmentSections").query().requestFocus());
    ListView<org.yiping.assessment.form.Section> sections = robot.lookup("#assessmentSections")
        .queryAs(ListView.class);
    robot.interact(() -> sections.getSelectionModel().select(sections.getItems().stream()
        .filter(x -> x.code().equals("B.2")).findFirst().orElseThrow()));
    robot.type(KeyCode.ENTER); // to the section's first item, B.2.1
    for (int i = 0; i < 3; i++) {
      robot.type(KeyCode.ENTER);
    }
    waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").queryAs(Label.class).getText().startsWith("B.2.4"));
    robot.type(KeyCode.DIGIT3); // B.2.4: the third option, 1 point
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#finalizeSummary").tryQuery().isPresent());
    assertThat(summaryText(robot))
        .contains("C.2 总分：88");
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#finalizeAssessment").query().isDisabled());
    robot.interact(shell::close);
    shell = null;

    try (Workspace town = app.open(app.vault().signIn("town", "Turpan2027ok".toCharArray()))) {
      List<AssessmentRecord> history = town.assessments().history(elder);
      assertThat(history).extracting(AssessmentRecord::status)
          .containsExactlyInAnyOrder(AssessmentStatus.FINALIZED, AssessmentStatus.SUPERSEDED);
      AssessmentRecord corrected = history.stream().filter(a -> a.status() == AssessmentStatus.FINALIZED)
          .findFirst().orElseThrow();
      assertThat(corrected.supersedesId()).isEqualTo(first);
      assertThat(corrected.correctionReason()).isEqualTo("复核 B.2.4");
      assertThat(corrected.totalScore()).isEqualTo(88);
    }
  }

  @SuppressWarnings("unchecked")
  /** Every line of the summary page the assessor confirms. */
  static String summaryText(FxRobot robot) {
    return robot.lookup("#finalizeSummary").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
        .flatMap(n -> n instanceof javafx.scene.layout.Pane p ? p.getChildren().stream() : java.util.stream.Stream.of(n))
        .filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static void jumpToSection(FxRobot robot, String code) {
    ListView<org.yiping.assessment.form.Section> sections = robot.lookup("#assessmentSections").queryAs(ListView.class);
    robot.interact(() -> {
      sections.requestFocus();
      sections.getSelectionModel().select(sections.getItems().stream().filter(x -> x.code().equals(code))
          .findFirst().orElseThrow());
    });
    robot.type(KeyCode.ENTER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCombinedVisitSuggestsTheLtcItemsAnsweredOnGbt(FxRobot robot) throws Exception {
    AppContext app = prepared();
    open(robot, app, Duration.ofMinutes(10));
    signInAs(robot, "li", "Hotan2027ok");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentElderSearch").tryQuery()
        .map(javafx.scene.Node::isFocused).orElse(false));
    javafx.scene.control.ComboBox<String> form = robot.lookup("#assessmentForm")
        .queryAs(javafx.scene.control.ComboBox.class);
    robot.interact(() -> form.setValue("gbt42195-2022+ltc-2021"));
    click(robot, "#assessmentElderSearch").write("zxl");
    ListView<?> results = robot.lookup("#assessmentElderResults").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());
    assertThat(robot.lookup(".heading").queryAllAs(Label.class).stream().map(Label::getText)
        .anyMatch(t -> t.contains("老年人能力评估"))).isTrue();

    // GB/T B.3.1 (time orientation): the first option.
    jumpToSection(robot, "B.3");
    waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").queryAs(Label.class).getText().startsWith("B.3.1"));
    robot.type(KeyCode.DIGIT1);
    WaitForAsyncUtils.waitForFxEvents();
    click(robot, "#closeAssessment");

    // The LTC draft of the same visit: item 2.1 offers that answer; A takes it.
    ListView<?> drafts = robot.lookup("#assessmentDrafts").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> drafts.getItems().size() == 2);
    int ltc = -1;
    for (int i = 0; i < drafts.getItems().size(); i++) {
      if (drafts.getItems().get(i).toString().contains("ltc-2021")) {
        ltc = i;
      }
    }
    assertThat(ltc).isNotNegative();
    int row = ltc;
    robot.interact(() -> {
      drafts.requestFocus();
      drafts.getSelectionModel().select(row);
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());
    jumpToSection(robot, "2");
    waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").queryAs(Label.class).getText().startsWith("2.1"));
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#itemSuggestion").queryAs(Label.class).getText()
        .contains("建议"));
    javafx.scene.control.ToggleButton first = robot.lookup("#option1").queryAs(javafx.scene.control.ToggleButton.class);
    assertThat(first.isSelected()).isFalse(); // suggested, not filled in
    robot.type(KeyCode.A);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#option1").queryAs(javafx.scene.control.ToggleButton.class)
        .isSelected());
  }
}

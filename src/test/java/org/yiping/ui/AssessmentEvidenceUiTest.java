package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.history.ResultRow;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.AssessmentStatus;
import org.yiping.assessment.visit.SignatureRecord;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.elder.search.SearchQuery;
import org.yiping.testdata.GbtItems;

/** The visit record, the assessor's day, the elder's results side by side, and the clicks an assessment takes. */
class AssessmentEvidenceUiTest extends ShellUiTest {
  @TempDir Path dataDir;
  @TempDir Path files;

  @AfterEach
  void restoreFileChooser() {
    FilePicker.answerForTests(null);
  }


  private static UUID elder(Workspace ws) {
    return ws.elders().index().search(SearchQuery.text("zxl", LocalDate.now()), 0, 1).items().get(0).id();
  }

  private void signIn(FxRobot robot, AppContext app) throws Exception {
    open(robot, app, Duration.ofMinutes(10));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    robot.write("li").type(KeyCode.TAB).write("Hotan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAssessment").tryQuery().isPresent());
  }

  private Path photo(String name) throws Exception {
    return UiTestSupport.jpeg(files, name, 2400, 1800);
  }

  @Test
  void photosAndSignaturesAreRecordedAndShownOnTheSummary(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    UUID id;
    try (Workspace li = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      id = li.assessments().start(elder(li), "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
      for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
        li.assessments().answer(id, GbtItems.ITEMS.get(i), GbtItems.MAXIMA.get(i));
      }
    }
    signIn(robot, app);
    click(robot, "#navAssessment");
    ListView<?> drafts = robot.lookup("#assessmentDrafts").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> drafts.getItems().size() == 1);
    robot.interact(() -> {
      drafts.requestFocus();
      drafts.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#photosLabel").tryQuery()
        .map(n -> ((Label) n).getText().contains("0 张")).orElse(false));

    // Two files chosen: a photo and a document that is not an image. The photo is kept, the other named.
    Path notes = Files.writeString(files.resolve("病历.txt"), "不是图片");
    FilePicker.answerForTests(List.of(photo("卫生间.jpg"), notes));
    // The visit record sits in a scrolling side pane; buttons there are fired as the keyboard would.
    robot.interact(() -> robot.lookup("#addPhotos").queryButton().fire());
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#photosLabel").contains("1 张"));
    waitFor(10, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#evidenceMessage").contains("病历.txt"));
    assertThat(robot.lookup("#photoThumbnails").queryAs(javafx.scene.layout.FlowPane.class).getChildren())
        .hasSize(1);

    // The elder signs with the mouse (a pen or a finger arrives the same way).
    javafx.scene.control.Button sign = robot.lookup("#signELDER").queryButton();
    javafx.application.Platform.runLater(sign::fire); // opens the modal signing pad
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signaturePad").tryQuery().isPresent());
    assertThat(robot.lookup("#signerName").queryAs(javafx.scene.control.TextField.class).getText())
        .isEqualTo("张秀兰");
    UiTestSupport.drawSignature(robot);
    click(robot, "保存签名");
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#signatureStateELDER")
        .contains("张秀兰 已签名"));

    // The summary before locking lists the visit record.
    robot.interact(() -> robot.lookup("#option1").query().requestFocus());
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#finalizeSummary").tryQuery().isPresent());
    assertThat(robot.lookup("#summaryEvidence").queryAs(Label.class).getText())
        .contains("照片 1 张").contains("老年人本人 张秀兰");
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#finalizeAssessment").query().isDisabled());
    // The visit record is read again off the FX thread once locked: no more photos.
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#addPhotos").query().isDisabled());
    robot.interact(shell::close);
    shell = null;

    try (Workspace li = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      assertThat(li.assessments().history(elder(li)).get(0).status()).isEqualTo(AssessmentStatus.FINALIZED);
      List<SignatureRecord> signatures = li.evidence().signatures(id);
      assertThat(signatures).extracting(SignatureRecord::role).containsExactly(SignerRole.ELDER);
      assertThat(signatures.get(0).strokes()).hasSize(2);
      assertThat(li.evidence().photos(id).get(0).width()).isEqualTo(1600);
    }
  }

  @Test
  void aPlannedVisitIsOnTheDayScreenAndStartsTheAssessment(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    signIn(robot, app);
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentElderSearch").tryQuery()
        .map(Node::isFocused).orElse(false));
    robot.write("zxl");
    ListView<?> results = robot.lookup("#assessmentElderResults").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
    robot.type(KeyCode.DOWN);
    click(robot, "#planVisit");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#planNote").tryQuery().isPresent());
    click(robot, "#planNote").write("上午，带血压计");
    robot.type(KeyCode.ENTER);
    ListView<?> plans = robot.lookup("#assessmentPlans").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> plans.getItems().size() == 1);
    java.util.function.Supplier<String> row = () -> robot.lookup("#assessmentPlans .list-cell")
        .queryAllAs(javafx.scene.control.ListCell.class).stream().map(c -> c.getText()).filter(t -> t != null)
        .findFirst().orElse("");
    waitFor(10, TimeUnit.SECONDS, () -> !row.get().isEmpty());
    assertThat(row.get()).contains(LocalDate.now().toString()).contains("张秀兰").contains("带血压计");

    robot.interact(() -> {
      plans.requestFocus();
      plans.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());
    click(robot, "#closeAssessment");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentDrafts").queryAs(ListView.class).getItems()
        .size() == 1);
    waitFor(10, TimeUnit.SECONDS, () -> plans.getItems().isEmpty());
  }

  @Test
  void theElderFileShowsResultsSideBySideAndTakesAnExternalResult(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    try (Workspace li = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      UUID id = li.assessments().start(elder(li), "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
      for (String item : GbtItems.ITEMS) {
        li.assessments().answer(id, item, 1);
      }
      li.assessments().finalizeAssessment(id, null, "家中");
    }
    signIn(robot, app);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#elderSearch").tryQuery().isPresent());
    TableView<?> elders = robot.lookup("#elderTable").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> elders.getItems().size() == 1);
    robot.interact(() -> {
      elders.requestFocus();
      elders.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#latestCapability").tryQuery()
        .map(n -> ((Label) n).getText().contains("能力")).orElse(false));
    assertThat(robot.lookup("#latestCapability").queryAs(Label.class).getText()).contains(LocalDate.now().toString());
    assertThat(robot.lookup("#latestDisability").queryAs(Label.class).getText()).isEqualTo("无记录");

    // The button opens a modal dialog: fire it without waiting for the FX thread to come back.
    javafx.scene.control.Button add = robot.lookup("#addExternalResult").queryButton();
    javafx.application.Platform.runLater(add::fire);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#externalIssuer").tryQuery().isPresent());
    // The kind is a disability certificate by default; the dialog refuses it until the category is chosen.
    robot.interact(() -> {
      robot.lookup("#externalGrade").queryComboBox().getSelectionModel().select(Integer.valueOf(2));
      robot.lookup("#externalIssuedOn").queryAs(javafx.scene.control.DatePicker.class)
          .setValue(LocalDate.now().minusYears(2));
    });
    click(robot, "#externalIssuer").write("乌鲁木齐市天山区残联");
    click(robot, "#externalNumber").write("65010219450312218X42");
    robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#externalResultDialog").queryAs(
        javafx.scene.control.DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#externalError").queryAs(Label.class).getText()
        .contains("残疾类别"));
    robot.interact(() -> robot.lookup("#externalCategory").queryComboBox().getSelectionModel()
        .select(org.yiping.assessment.history.DisabilityCategory.PHYSICAL));
    robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#externalResultDialog").queryAs(
        javafx.scene.control.DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#latestDisability").queryAs(Label.class).getText()
        .contains("肢体残疾 二级"));
    TableView<?> table = robot.lookup("#resultsTable").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(2);
    assertThat(table.getItems()).extracting(r -> ((ResultRow) r).source())
        .containsExactly(ResultRow.Source.OWN, ResultRow.Source.EXTERNAL);
  }

  /**
   * An experienced user with a mouse (or a finger): one click per answer, since a tap on an option also moves on,
   * plus a handful to find the elder, skip the optional multi-choice item, finalize and confirm.
   */
  @Test
  void anAssessmentByMouseTakesOneClickPerAnswerPlusAHandful(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    signIn(robot, app);
    int[] clicks = {0};
    java.util.function.Consumer<String> tap = q -> {
      click(robot, q);
      clicks[0]++;
    };
    tap.accept("#navAssessment");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentElderSearch").tryQuery().isPresent());
    robot.write("zxl"); // the search box has the focus on arrival
    ListView<?> results = robot.lookup("#assessmentElderResults").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
    tap.accept("#assessmentElderResults .list-cell");
    tap.accept("#startAssessment");
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#itemLabel").tryQuery().isPresent());

    int answers = 0;
    for (int guard = 0; guard < 60; guard++) {
      Label label = robot.lookup("#itemLabel").queryAs(Label.class);
      String item = label.getText();
      boolean multi = robot.lookup("#itemOptions").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
          .anyMatch(n -> n instanceof javafx.scene.control.CheckBox);
      if (multi) {
        tap.accept("#nextItem"); // 疾病诊断: none to tick for this elder
      } else {
        tap.accept("#option1");
        answers++;
      }
      if (item.startsWith("B.4.5")) {
        break;
      }
      waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#itemLabel").queryAs(Label.class).getText().equals(item));
    }
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#liveLevel").queryAs(Label.class).getText().contains("总分"));
    tap.accept("#finalizeAssessment");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmFinalize").tryQuery().isPresent());
    tap.accept("#confirmFinalize");
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#finalizeAssessment").tryQuery()
        .map(Node::isDisabled).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    System.out.printf("Mouse-only assessment: %d answers, %d clicks%n", answers, clicks[0]);
    assertThat(answers).isGreaterThanOrEqualTo(26);
    assertThat(clicks[0]).isLessThanOrEqualTo(answers + 6);
  }
}

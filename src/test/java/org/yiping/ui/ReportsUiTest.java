package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.audit.AuditRecord;
import org.yiping.elder.ElderDraft;
import org.yiping.report.assessment.IdNumberPrinting;
import org.yiping.testdata.GbtItems;

/** The township office previews, saves and prints a report, checks a printed code, and exports a batch. */
class ReportsUiTest extends ShellUiTest {
  @TempDir Path dataDir;
  @TempDir Path out;

  @AfterEach
  void restoreChoosers() {
    FilePicker.answerSaveForTests(null, null);
  }

  /** li finalizes three assessments; town approves two and leaves one in the queue. Returns their ids. */
  private List<UUID> prepared(AppContext app) {
    List<UUID> ids = new ArrayList<>();
    try (Workspace admin = app.open(app.vault().signIn("admin", "Xinjiang2026".toCharArray()))) {
      admin.elders().create(ElderDraft.minimal("王桂芝", "650102193811250023", "650102002002"));
      admin.elders().create(ElderDraft.minimal("李长福", "650102193701010053", "650102002002"));
    }
    try (Workspace li = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      for (var e : li.elders().index().search(org.yiping.elder.search.SearchQuery.text("", LocalDate.now()), 0, 10)
          .items()) {
        UUID id = li.assessments().start(e.id(), "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
        for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
          li.assessments().answer(id, GbtItems.ITEMS.get(i), Math.min(2, GbtItems.MAXIMA.get(i)));
        }
        li.assessments().finalizeAssessment(id, null, "家中");
        ids.add(id);
      }
    }
    try (Workspace town = app.open(app.vault().signIn("town", "Turpan2027ok".toCharArray()))) {
      town.assessments().approve(ids.get(0));
      town.assessments().approve(ids.get(1));
    }
    return ids;
  }

  private void signInAsTown(FxRobot robot, AppContext app) throws Exception {
    open(robot, app, Duration.ofMinutes(10));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    robot.write("town").type(KeyCode.TAB).write("Turpan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navReports").tryQuery().isPresent());
  }


  @Test
  void theOfficePreviewsSavesAndTriesToPrintAReport(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    prepared(app);
    signInAsTown(robot, app);
    click(robot, "#navAssessment");
    ListView<?> queue = robot.lookup("#assessmentQueue").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
    robot.interact(() -> {
      queue.requestFocus();
      queue.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#previewReport").tryQuery().isPresent());
    javafx.scene.control.Button preview = robot.lookup("#previewReport").queryButton();
    robot.interact(preview::fire);

    // The pages are there, drawn, not blank.
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#previewPages").tryQuery()
        .map(p -> ((VBox) p).getChildren().stream().anyMatch(n -> n instanceof ImageView)).orElse(false));
    ImageView page = (ImageView) robot.lookup("#previewPages").queryAs(VBox.class).getChildren().get(0);
    javafx.scene.image.Image img = page.getImage();
    int dark = 0;
    for (int y = 0; y < img.getHeight(); y += 4) {
      for (int x = 0; x < img.getWidth(); x += 4) {
        if (img.getPixelReader().getColor(x, y).getBrightness() < 0.5) {
          dark++;
        }
      }
    }
    assertThat(dark).isGreaterThan(500);
    assertThat(UiTestSupport.textOf(robot, "#previewStatus")).contains("页");

    // Save as PDF: the file is a whole PDF under the chosen name.
    Path saved = out.resolve("报告.pdf");
    FilePicker.answerSaveForTests(saved, null);
    robot.interact(() -> robot.lookup("#saveReport").queryButton().fire());
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#previewStatus").contains("已保存"));
    byte[] pdf = Files.readAllBytes(saved);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).hasSize(1); // no half-written temporary file stays behind
    }

    // This machine has no printer: the office is told what to do instead.
    robot.interact(() -> robot.lookup("#printReport").queryButton().fire());
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#previewStatus").contains("没有找到打印机"));
    robot.interact(() -> robot.lookup("#closePreview").queryButton().fire());
    robot.interact(shell::close);
    shell = null;
    try (Workspace admin = app.open(app.vault().signIn("admin", "Xinjiang2026".toCharArray()))) {
      assertThat(admin.audit().page(0, 100)).extracting(AuditRecord::action).contains("REPORT_SAVED");
    }
  }

  @Test
  void aPrintedCodeIsCheckedOnTheReportsScreen(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    List<UUID> ids = prepared(app);
    String code;
    try (Workspace town = app.open(app.vault().signIn("town", "Turpan2027ok".toCharArray()))) {
      code = town.reports().assessmentReport(ids.get(0), IdNumberPrinting.MASKED).verificationCode();
    }
    signInAsTown(robot, app);
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT7).release(KeyCode.DIGIT7).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#verifyCode").tryQuery()
        .map(javafx.scene.Node::isFocused).orElse(false));
    robot.write(code).type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#verifyResult").contains("【一致】"));

    // One digit of the hash changed: the paper does not match.
    char last = code.charAt(code.length() - 1);
    String tampered = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
    robot.interact(() -> robot.lookup("#verifyCode").queryAs(javafx.scene.control.TextField.class).clear());
    robot.write(tampered).type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#verifyResult").contains("【不一致】"));

    robot.interact(() -> robot.lookup("#verifyCode").queryAs(javafx.scene.control.TextField.class).clear());
    robot.write("hello").type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#verifyResult").contains("YP1"));
  }

  @Test
  void approvedAssessmentsAreExportedOnePdfEach(FxRobot robot) throws Exception {
    AppContext app = AssessmentUiTest.prepared(dataDir);
    prepared(app);
    signInAsTown(robot, app);
    click(robot, "#navReports");
    waitFor(10, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#batchCount").contains("2 份"));
    FilePicker.answerSaveForTests(null, out);
    robot.interact(() -> robot.lookup("#batchPerAssessment").queryAs(javafx.scene.control.RadioButton.class)
        .setSelected(true));
    robot.interact(() -> robot.lookup("#batchExport").queryButton().fire());
    waitFor(60, TimeUnit.SECONDS, () -> UiTestSupport.textOf(robot, "#batchStatus").contains("已导出 2 份"));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.filter(f -> f.toString().endsWith(".pdf"))).hasSize(2);
    }
    // Monthly statistics of this month: previewed like any report.
    robot.interact(() -> robot.lookup("#previewStatistics").queryButton().fire());
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#previewPages").tryQuery()
        .map(p -> ((VBox) p).getChildren().stream().anyMatch(n -> n instanceof ImageView)).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
  }
}

package org.yiping.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.assessment.history.DisabilityCategory;
import org.yiping.assessment.history.ExternalResultInput;
import org.yiping.assessment.history.ExternalResultKind;
import org.yiping.assessment.visit.AssessmentReason;
import org.yiping.assessment.visit.SignerRole;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.ElderDraft;
import org.yiping.security.KdfParams;
import org.yiping.security.NewUser;
import org.yiping.security.Role;
import org.yiping.testdata.GbtItems;

/**
 * Takes the README's screenshots of the assessment screens on a real window under Xvfb, with synthetic data only:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -Pscreenshots test}. Not part of the normal test run.
 */
@Tag("screenshots")
class ScreenshotTour extends ShellUiTest {
  @TempDir Path dataDir;

  @Test
  void assessmentScreens(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("yiping.screenshotDir", "target/screenshots"));
    Files.createDirectories(out);
    Clock aYearAgo = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(-390));
    AppContext past = new AppContext(dataDir, aYearAgo, Messages.CHINESE, KdfParams.FAST_FOR_TESTS);
    List<UUID> elders = new ArrayList<>();
    try (Workspace admin = past.open(past.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()))) {
      admin.accounts().create(new NewUser("li", "李评估", Role.ASSESSOR, "XJ-PG-0001",
          LocalDate.now().plusYears(2), null), "Assess2026a".toCharArray());
      String[][] people = {{"张秀兰", "65010219450312218X"}, {"买买提·艾力", "650102194006180012"},
          {"王桂芝", "650102193811250023"}, {"古丽努尔·阿不都", "65010219420315004X"}, {"李长福", "650102193701010053"}};
      for (String[] p : people) {
        elders.add(admin.elders().create(ElderDraft.minimal(p[0], p[1], "650102002002")).id());
      }
    }
    try (Workspace li = past.open(past.vault().signIn("li", "Assess2026a".toCharArray()))) {
      li.accounts().changeOwnPassword(past.vault(), "Assess2026a".toCharArray(), "Hotan2027ok".toCharArray());
      UUID old = li.assessments().start(elders.get(1), "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
      for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
        li.assessments().answer(old, GbtItems.ITEMS.get(i), Math.min(2, GbtItems.MAXIMA.get(i)));
      }
      li.assessments().finalizeAssessment(old, null, "买买提·艾力家中");
      UUID earlier = li.assessments().start(elders.get(0), "gbt42195-2022", AssessmentReason.FIRST).assessment().id();
      for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
        li.assessments().answer(earlier, GbtItems.ITEMS.get(i), Math.min(3, GbtItems.MAXIMA.get(i)));
      }
      li.assessments().finalizeAssessment(earlier, null, "张秀兰家中");
    }
    past.close();
    AppContext app = new AppContext(dataDir, Clock.systemDefaultZone(), Messages.CHINESE, KdfParams.FAST_FOR_TESTS);
    UUID draft;
    try (Workspace li = app.open(app.vault().signIn("li", "Hotan2027ok".toCharArray()))) {
      draft = li.assessments().start(elders.get(0), "gbt42195-2022", AssessmentReason.ROUTINE).assessment().id();
      int[] answers = {3, 2, 3, 2, 4, 3, 4, 4, 2, 2, 1, 1, 2, 2, 2, 1, 2, 2, 1, 2, 2, 2, 1, 2, 2, 1};
      for (int i = 0; i < GbtItems.ITEMS.size(); i++) {
        li.assessments().answer(draft, GbtItems.ITEMS.get(i), Math.min(answers[i], GbtItems.MAXIMA.get(i)));
      }
      li.assessments().answer(draft, "B.2.2", 2);
      li.evidence().addPhoto(draft, "卫生间.jpg", scene(new Color(0xd8e2dc), new Color(0x6d6875)), "卫生间扶手位置");
      li.evidence().addPhoto(draft, "门口.jpg", scene(new Color(0xf4e9cd), new Color(0x9d8189)), "门口台阶高差");
      li.evidence().sign(draft, SignerRole.ASSESSOR, null, 480, 180, scribble(7, 60));
      li.evidence().sign(draft, SignerRole.ELDER, "张秀兰", 480, 180, scribble(3, 40));
      li.results().addExternal(elders.get(0), new ExternalResultInput(ExternalResultKind.DISABILITY_CERTIFICATE,
          DisabilityCategory.PHYSICAL, 2, "乌鲁木齐市天山区残疾人联合会", "65010219450312218X42",
          LocalDate.now().minusYears(3), LocalDate.now().plusYears(7), null));
      li.results().addExternal(elders.get(0), new ExternalResultInput(ExternalResultKind.LTC_GRADE, null, 2,
          "乌鲁木齐市医疗保障局", null, LocalDate.now().minusMonths(8), LocalDate.now().plusMonths(16), null));
      for (int i = 1; i < elders.size(); i++) {
        UUID c = li.adaptation().apply(elders.get(i), LocalDate.now().getYear(), "示例数据").id();
        li.adaptation().plan(c, List.of(new org.yiping.adaptation.PlanLine("1", true, 8, 9_000,
            org.yiping.adaptation.Payer.SUBSIDY, null)));
        if (i % 2 == 0) {
          li.adaptation().advance(c, null);
        }
      }
      li.careVisits().record(elders.get(0), LocalDate.now(), true, java.util.Set.of(), null);
      li.plans().plan(elders.get(2), LocalDate.now(), AssessmentReason.FIRST, null, "上午十点，女儿在家");
      li.plans().plan(elders.get(3), LocalDate.now(), AssessmentReason.IMMEDIATE, null, "近期跌倒一次");
    }

    robot.interact(() -> {
      stage.setX(0);
      stage.setY(0);
      stage.setWidth(1280);
      stage.setHeight(800);
    });
    open(robot, app, Duration.ofMinutes(30));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    click(robot, "#signInUsername").write("li").type(KeyCode.TAB).write("Hotan2027ok").type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAssessment").tryQuery().isPresent());

    // The elder's file: results side by side.
    TableView<?> table = robot.lookup("#elderTable").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
    robot.interact(() -> {
      table.requestFocus();
      for (int i = 0; i < table.getItems().size(); i++) {
        if (((org.yiping.elder.search.IndexedElder) table.getItems().get(i)).name().equals("张秀兰")) {
          table.getSelectionModel().select(i);
        }
      }
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#resultsTable").tryQuery()
        .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
    // The editor keeps the focused control in view: focusing the last button brings the results up.
    robot.interact(() -> robot.lookup("#removeExternalResult").query().requestFocus());
    shot(robot, out.resolve("elder-results.png"));

    // The assessor's day.
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    ListView<?> plans = robot.lookup("#assessmentPlans").queryAs(ListView.class);
    waitFor(10, TimeUnit.SECONDS, () -> plans.getItems().size() == 2);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#assessmentReassessments").queryAs(ListView.class)
        .getItems().size() == 2);
    robot.write("zxl");
    shot(robot, out.resolve("assessment-day.png"));

    // The form with its visit record, then the summary.
    ListView<?> drafts = robot.lookup("#assessmentDrafts").queryAs(ListView.class);
    robot.interact(() -> {
      drafts.requestFocus();
      drafts.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#photoThumbnails").tryQuery()
        .map(p -> ((javafx.scene.layout.FlowPane) p).getChildren().size() == 2).orElse(false));
    shot(robot, out.resolve("assessment-form.png"));
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#finalizeSummary").tryQuery().isPresent());
    shot(robot, out.resolve("assessment-summary.png"));
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    click(robot, "#closeAssessment");

    // The dashboard (the README's is taken by CaseScreenshotTour, over cases, beds and visits).
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT6).release(KeyCode.DIGIT6).release(KeyCode.CONTROL);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#chartCases").tryQuery().isPresent());
    shot(robot, out.resolve("dashboard-window.png"));

    // 数据同步 on a laptop not enrolled yet.
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT8).release(KeyCode.DIGIT8).release(KeyCode.CONTROL);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#syncEnrolment").tryQuery().isPresent());
    shot(robot, out.resolve("sync.png"));

    // 报表 and the preview of the monthly statistics.
    robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT7).release(KeyCode.DIGIT7).release(KeyCode.CONTROL);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#previewStatistics").tryQuery().isPresent());
    javafx.scene.control.Button stats = robot.lookup("#previewStatistics").queryButton();
    robot.interact(stats::fire);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#previewPages").tryQuery()
        .map(p -> ((javafx.scene.layout.VBox) p).getChildren().stream()
            .anyMatch(n -> n instanceof javafx.scene.image.ImageView)).orElse(false));
    shot(robot, out.resolve("report-preview.png"));
    robot.interact(() -> robot.lookup("#closePreview").queryButton().fire());
    robot.interact(shell::close);
    shell = null;
    app.close();
  }

  private static void shot(FxRobot robot, Path file) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(700);
    WaitForAsyncUtils.waitForFxEvents();
    Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("import failed: run under xvfb-run with imagemagick installed");
    }
  }

  /** A synthetic photo: a wall, a floor and a door, no people. */
  private static byte[] scene(Color wall, Color door) throws Exception {
    BufferedImage img = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(wall);
    g.fillRect(0, 0, 1600, 900);
    g.setColor(new Color(0xa98467));
    g.fillRect(0, 900, 1600, 300);
    g.setColor(door);
    g.fillRect(600, 250, 400, 650);
    g.setColor(new Color(0x495057));
    g.setStroke(new BasicStroke(24));
    g.drawLine(1100, 500, 1450, 500);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", bytes);
    return bytes.toByteArray();
  }

  /** A handwriting-like scribble, so the screenshots show a signature without anyone's real one. */
  private static List<double[]> scribble(int loops, double height) {
    List<double[]> strokes = new ArrayList<>();
    double[] s = new double[2 * 120];
    for (int i = 0; i < 120; i++) {
      double t = i / 119.0;
      s[2 * i] = 40 + t * 380 + 22 * Math.cos(t * loops * 2 * Math.PI);
      s[2 * i + 1] = 95 - height / 2 * Math.sin(t * loops * 2 * Math.PI) - 10 * Math.sin(t * 5);
    }
    strokes.add(s);
    strokes.add(new double[] {60, 130, 200, 126, 400, 134});
    return strokes;
  }
}

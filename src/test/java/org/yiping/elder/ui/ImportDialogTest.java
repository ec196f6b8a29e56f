package org.yiping.elder.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.elder.search.IndexedElder;
import org.yiping.security.NewUser;
import org.yiping.testdata.RosterCsv;
import org.yiping.testdata.SyntheticElders;
import org.yiping.ui.App;
import org.yiping.ui.Background;
import org.yiping.ui.UiTestSupport;

/** A roster with bad rows, imported through the dialog (the system file chooser is the only part skipped). */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
  @TempDir Path dir;
  private Background background;
  private Stage stage;
  private Workspace ws;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    background = new Background();
  }

  @AfterEach
  void tearDown() {
    background.close();
    if (ws != null) {
      ws.close();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRosterWithBadRowsImportsTheGoodOnesAndListsTheRestByRowNumber(FxRobot robot) throws Exception {
    AppContext app = UiTestSupport.context(dir.resolve("data"));
    ws = app.open(app.vault().setup(NewUser.admin("clerk", null), "Turpan2026x".toCharArray()));
    List<SyntheticElders.Raw> good = new SyntheticElders(7, app.divisions(), "650102000000", LocalDate.now())
        .generate(30);
    Path csv = RosterCsv.write(dir.resolve("roster.csv"), good, List.of(
        "李四,65010219450312218,13899887766,汉族,,燕儿窝街道,,一般,否,否,否,否,否,否,",
        "赵六," + good.get(0).idNumber() + ",,汉族,,燕儿窝街道,,一般,否,否,否,否,否,否,"), Charset.forName("GBK"));
    ElderListView[] view = new ElderListView[1];
    robot.interact(() -> {
      App.loadFonts();
      view[0] = new ElderListView(app, background, ws, () -> { });
      Scene scene = new Scene(view[0].root(), 1200, 760);
      App.style(scene);
      stage.setScene(scene);
      stage.show();
      new ImportDialog(app, background, ws, stage, new javafx.beans.property.SimpleObjectProperty<>(), () -> { })
          .run(csv.toFile(), "650102000000");
    });
    waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#importClose").tryQuery().isPresent());
    assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText())
        .isEqualTo("已导入 30 人；有问题未导入 1 行；重复 1 行。");
    TableView<?> problems = robot.lookup("#importProblems").queryAs(TableView.class);
    assertThat(problems.getItems()).hasSize(2);
    assertThat(problems.getItems().get(0).toString()).contains("row=32").contains("18位");
    assertThat(problems.getItems().get(1).toString()).contains("row=33").contains("重复");
    // Close (the focused button; firing it avoids depending on where the dialog sits on the headless screen).
    robot.interact(() -> robot.lookup("#importClose").queryButton().fire());
    TableView<IndexedElder> table = robot.lookup("#elderTable").queryAs(TableView.class);
    robot.interact(view[0]::refresh);
    waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 30);
  }
}

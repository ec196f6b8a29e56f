package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.yiping.app.AppContext;
import org.yiping.elder.division.Division;
import org.yiping.elder.search.IndexedElder;
import org.yiping.security.NewUser;

/**
 * The registry as a township clerk uses it: sign in, create a file with the division picker, find it again by pinyin
 * initials, edit it, and meet the one-person-one-file rule; then the idle lock keeps what was typed.
 */
class ElderRegistryUiTest extends ShellUiTest {
  static final String PASSWORD = "Hotan2026ok";
  @TempDir Path dataDir;

  private AppContext initialized() {
    AppContext app = UiTestSupport.context(dataDir);
    app.vault().setup(NewUser.admin("clerk", "县民政干部"), PASSWORD.toCharArray()).close();
    return app;
  }

  private void signIn(FxRobot robot, AppContext app, Duration idle) throws Exception {
    open(robot, app, idle);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    click(robot, "#signInUsername").write("clerk");
    click(robot, "#signInPassword").write(PASSWORD);
    robot.type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#elderSearch").tryQuery().isPresent());
    // Let the list finish its first background loads before the robot looks things up from its own thread.
    ComboBox<?> townships = robot.lookup("#townshipFilter").queryAs(ComboBox.class);
    waitFor(30, TimeUnit.SECONDS, () -> townships.getItems().size() > 1000);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private static void pick(FxRobot robot, String comboId, String name) throws Exception {
    ComboBox<Division> combo = robot.lookup(comboId).queryAs(ComboBox.class);
    waitFor(10, TimeUnit.SECONDS, () -> combo.getItems().stream().anyMatch(d -> d != null && d.name().equals(name)));
    robot.interact(() -> combo.setValue(combo.getItems().stream().filter(d -> d != null && d.name().equals(name))
        .findFirst().orElseThrow()));
  }

  /** Focuses a control the way Tab would (the editor scrolls it into view), then presses Space on it. */
  private static void press(FxRobot robot, String id) {
    javafx.scene.Node node = robot.lookup(id).query();
    robot.interact(node::requestFocus);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.SPACE);
  }

  @SuppressWarnings("unchecked")
  private static TableView<IndexedElder> table(FxRobot robot) {
    return robot.lookup("#elderTable").queryAs(TableView.class);
  }

  @Test
  void createFindByPinyinEditAndRefuseASecondFile(FxRobot robot) throws Exception {
    AppContext app = initialized();
    signIn(robot, app, Duration.ofMinutes(10));

    click(robot, "#newElder");
    click(robot, "#elderName").write("张秀兰");
    click(robot, "#elderIdNumber").write("65010219450312218x");
    // Birth date and sex appear from the number; the lower-case x is accepted.
    waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#elderDerived").queryAs(Label.class).getText()
        .contains("1945-03-12"));
    assertThat(robot.lookup("#elderDerived").queryAs(Label.class).getText()).contains("女");
    click(robot, "#elderPhone").write("138 9988 7766");
    pick(robot, "#divisionPrefecture", "乌鲁木齐市");
    pick(robot, "#divisionCounty", "天山区");
    pick(robot, "#divisionTownship", "燕儿窝街道");
    pick(robot, "#divisionVillage", "燕儿窝南社区居委会");
    press(robot, "#flag_LIVING_ALONE");
    assertThat(robot.lookup("#flag_LIVING_ALONE").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
    robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);

    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#elderName").tryQuery().isEmpty()
        || !robot.lookup("#elderError").tryQueryAs(Label.class).map(Label::getText).orElse("").isEmpty());
    assertThat(robot.lookup("#elderError").tryQueryAs(Label.class).map(Label::getText).orElse("")).isEmpty();
    waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
    click(robot, "#elderSearch").write("zxl");
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1
        && table(robot).getItems().get(0).name().equals("张秀兰"));
    robot.doubleClickOn("#elderSearch").eraseText(3).write("nobody-here");
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
    robot.doubleClickOn("#elderSearch").eraseText(11).write("7766");
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);

    // Keyboard: Down goes to the results, Enter opens the file.
    click(robot, "#elderSearch").type(KeyCode.DOWN).type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> "张秀兰".equals(robot.lookup("#elderName").queryAs(TextField.class).getText()));
    assertThat(robot.lookup("#elderPhone").queryAs(TextField.class).getText()).isEqualTo("13899887766");
    robot.doubleClickOn("#elderName").eraseText(3).write("张秀英");
    press(robot, "#saveElder");
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#elderName").tryQuery().isEmpty());
    robot.doubleClickOn("#elderSearch").eraseText(4).write("zxy");
    waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1
        && table(robot).getItems().get(0).name().equals("张秀英"));

    // One person, one file: the same ID number again is refused and the existing file is named.
    click(robot, "#newElder");
    click(robot, "#elderName").write("张秀兰");
    click(robot, "#elderIdNumber").write("65010219450312218X");
    pick(robot, "#divisionPrefecture", "乌鲁木齐市");
    pick(robot, "#divisionCounty", "天山区");
    pick(robot, "#divisionTownship", "燕儿窝街道");
    press(robot, "#saveElder");
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    assertThat(robot.lookup("#elderError").queryAs(Label.class).getText()).contains("张秀英").contains("一人只建一档");
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void aFileIsCreatedWithTheKeyboardAlone(FxRobot robot) throws Exception {
    AppContext app = initialized();
    signIn(robot, app, Duration.ofMinutes(10));
    // Ctrl+N from the list; the cursor is in the name field.
    robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#elderName").tryQuery().map(javafx.scene.Node::isFocused)
        .orElse(false));
    robot.write("买买提·艾力").type(KeyCode.TAB).write("65010219450312218X");
    // Alt+D (the label's mnemonic) jumps to the division picker; arrow keys choose, Tab moves to the next level.
    robot.press(KeyCode.ALT).press(KeyCode.D).release(KeyCode.D).release(KeyCode.ALT);
    waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#divisionPrefecture").query().isFocused());
    robot.type(KeyCode.DOWN).type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.TAB).type(KeyCode.DOWN);
    robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#elderName").tryQuery().isEmpty()
        || !robot.lookup("#elderError").tryQueryAs(Label.class).map(Label::getText).orElse("").isEmpty());
    assertThat(robot.lookup("#elderError").tryQueryAs(Label.class).map(Label::getText).orElse("")).isEmpty();
    waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
    IndexedElder saved = table(robot).getItems().get(0);
    assertThat(saved.name()).isEqualTo("买买提·艾力");
    assertThat(saved.townshipCode()).startsWith("6501").endsWith("000");
    // And back to it: the search box has the focus again; Down and Enter open the file.
    assertThat(robot.lookup("#elderSearch").query().isFocused()).isTrue();
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> "买买提·艾力".equals(
        robot.lookup("#elderName").tryQueryAs(TextField.class).map(TextField::getText).orElse("")));
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#elderName").tryQuery().isEmpty());
  }

  @Test
  void aBadDraftIsRefusedFieldByFieldInChinese(FxRobot robot) throws Exception {
    AppContext app = initialized();
    signIn(robot, app, Duration.ofMinutes(10));
    click(robot, "#newElder");
    click(robot, "#elderIdNumber").write("110105194912310021");
    click(robot, "#elderPhone").write("12345");
    press(robot, "#saveElder");
    waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#elderError").queryAs(Label.class).getText().isEmpty());
    String error = robot.lookup("#elderError").queryAs(Label.class).getText();
    assertThat(error).contains("请填写姓名").contains("校验位不正确").contains("手机号码应为11位")
        .contains("所在区划");
    assertThat(table(robot).getItems()).isEmpty();
  }

  @Test
  void theIdleLockHidesTheScreenAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
    AppContext app = initialized();
    signIn(robot, app, Duration.ofSeconds(2));
    click(robot, "#newElder");
    click(robot, "#elderName").write("买买提·艾力");
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#lockOverlay").tryQuery().isPresent());

    click(robot, "#unlockPassword").write("not-the-password1");
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#unlockError").queryAs(Label.class).getText().isEmpty());
    assertThat(robot.lookup("#lockOverlay").tryQuery()).isPresent();

    click(robot, "#unlockPassword").write(PASSWORD);
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#lockOverlay").tryQuery().isEmpty());
    assertThat(robot.lookup("#elderName").queryAs(TextField.class).getText()).isEqualTo("买买提·艾力");
  }
}

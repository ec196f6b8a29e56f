package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.app.AppContext;

/** First run creates the admin; a second start signs in; a wrong password is refused in Chinese. */
class FirstRunAndSignInTest extends ShellUiTest {
  @TempDir static Path dataDir;

  private static void waitUntil(FxRobot robot, String query) throws Exception {
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
  }

  @Test
  void firstRunSetupThenSignOutAndSignInAgain(FxRobot robot) throws Exception {
    Path dir = dataDir.resolve("first");
    open(robot, UiTestSupport.context(dir), Duration.ofMinutes(10));
    waitUntil(robot, "#setupUsername");
    click(robot, "#setupUsername").write("admin");
    click(robot, "#setupDisplayName").write("古丽米拉");
    click(robot, "#setupPassword").write("short");
    click(robot, "#setupConfirm").write("short");
    click(robot, "#setupCreate");
    assertThat(robot.lookup("#setupError").queryAs(Label.class).getText()).contains("至少需要 8 位");

    robot.doubleClickOn("#setupPassword").eraseText(5).write("Urumqi2026");
    robot.doubleClickOn("#setupConfirm").eraseText(5).write("Urumqi2026");
    click(robot, "#setupCreate");
    waitUntil(robot, "#statusUser");
    assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).contains("古丽米拉");
    assertThat(robot.lookup("#statusRole").queryAs(Label.class).getText()).contains("管理员");
    // Background sync looks first, then says this laptop works offline because no centre is enrolled.
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#statusOnline").queryAs(javafx.scene.control.Labeled.class)
        .getText().contains("离线工作：本机未登记到区域中心"));
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusUnsynced").queryAs(Label.class).getText()
        .contains("待同步"));
    // The sync area opens its screen: this laptop is not enrolled yet, so the admin sees the enrolment form.
    click(robot, "#navSync");
    waitUntil(robot, "#syncEnrol");

    click(robot, "#signOut");
    waitUntil(robot, "#signInUsername");
    click(robot, "#signInUsername").write("admin");
    click(robot, "#signInPassword").write("wrong-pass-1");
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#signInError").queryAs(Label.class).getText().isEmpty());
    assertThat(robot.lookup("#signInError").queryAs(Label.class).getText()).isEqualTo("用户名或密码不正确，或账户已停用。");

    click(robot, "#signInPassword").write("Urumqi2026");
    robot.type(KeyCode.ENTER);
    waitUntil(robot, "#statusUser");
    Node table = robot.lookup("#elderTable").query();
    assertThat(table.isVisible()).isTrue();
    WaitForAsyncUtils.waitForFxEvents();
  }
}

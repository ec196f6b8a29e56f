package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.yiping.app.AppContext;
import org.yiping.audit.AuditRecord;
import org.yiping.security.NewUser;
import org.yiping.security.Role;
import org.yiping.security.UserRecord;

/**
 * 系统管理 as an admin uses it: create an assessor, who must change the temporary password at first sign-in and sees
 * no administration; disable them; read and check the audit log.
 */
class AdminUiTest extends ShellUiTest {
  @TempDir Path dataDir;

  private void signIn(FxRobot robot, AppContext app, String user, String password) throws Exception {
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
    click(robot, "#signInUsername").write(user);
    click(robot, "#signInPassword").write(password);
    robot.type(KeyCode.ENTER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAdminCreatesAnAssessorWhoSeesNoAdministrationAndIsThenDisabled(FxRobot robot) throws Exception {
    AppContext app = UiTestSupport.context(dataDir);
    app.vault().setup(NewUser.admin("admin", "管理员"), "Altay2026ok".toCharArray()).close();
    open(robot, app, Duration.ofMinutes(10));
    signIn(robot, app, "admin", "Altay2026ok");
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAdmin").tryQuery().isPresent());
    click(robot, "#navAdmin");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#userTable").queryAs(TableView.class).getItems().size() == 1);

    click(robot, "#createUser");
    click(robot, "#newUsername").write("li");
    click(robot, "#newDisplayName").write("李评估");
    ComboBox<Role> role = robot.lookup("#newRole").queryAs(ComboBox.class);
    robot.interact(() -> role.setValue(Role.ASSESSOR));
    click(robot, "#newPassword").write("Temp2026abc");
    // No certificate yet: refused, and the dialog stays open saying why.
    robot.type(KeyCode.ENTER);
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".form-error").queryAllAs(Label.class).stream()
        .anyMatch(l -> l.getText().contains("证书编号")));
    click(robot, "#newCertificate").write("XJ-PG-2026-0042");
    DatePicker expiry = robot.lookup("#newCertificateExpiry").queryAs(DatePicker.class);
    robot.interact(() -> expiry.setValue(LocalDate.now().plusYears(2)));
    click(robot, "#newPassword").type(KeyCode.ENTER);
    TableView<UserRecord> users = robot.lookup("#userTable").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> users.getItems().size() == 2);
    UserRecord li = users.getItems().stream().filter(u -> u.username().equals("li")).findFirst().orElseThrow();
    assertThat(li.role()).isEqualTo(Role.ASSESSOR);
    assertThat(li.mustChangePassword()).isTrue();

    // The assessor's first sign-in asks for a new password, then shows no administration.
    click(robot, "#signOut");
    signIn(robot, app, "li", "Temp2026abc");
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#currentPassword").tryQuery().isPresent());
    click(robot, "#currentPassword").write("Temp2026abc");
    click(robot, "#newPassword").write("Hami2027xyz");
    click(robot, "#confirmPassword").write("Hami2027xyz");
    robot.type(KeyCode.ENTER);
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#statusRole").tryQuery().isPresent());
    assertThat(robot.lookup("#statusRole").queryAs(Label.class).getText()).contains("评估员");
    assertThat(robot.lookup("#navAdmin").tryQuery()).isEmpty();
    click(robot, "#signOut");

    // Disabled: the assessor can no longer sign in.
    signIn(robot, app, "admin", "Altay2026ok");
    waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navAdmin").tryQuery().isPresent());
    click(robot, "#navAdmin");
    waitFor(10, TimeUnit.SECONDS, () -> users(robot).getItems().size() == 2);
    robot.interact(() -> users(robot).getSelectionModel().select(users(robot).getItems().stream()
        .filter(u -> u.username().equals("li")).findFirst().orElseThrow()));
    click(robot, "#disableUser");
    waitFor(10, TimeUnit.SECONDS, () -> users(robot).getItems().stream()
        .anyMatch(u -> u.username().equals("li") && u.disabled()));

    // The audit log shows what happened and its chain checks out.
    click(robot, "#tabAudit");
    TableView<AuditRecord> audit = robot.lookup("#auditTable").queryAs(TableView.class);
    waitFor(10, TimeUnit.SECONDS, () -> !audit.getItems().isEmpty());
    assertThat(audit.getItems()).extracting(AuditRecord::action)
        .contains("USER_CREATED", "PASSWORD_CHANGED", "USER_DISABLED", "SIGN_IN", "AUDIT_VIEWED");
    click(robot, "#verifyAudit");
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#auditCheckResult").queryAs(Label.class).getText()
        .contains("完整"));

    click(robot, "#signOut");
    signIn(robot, app, "li", "Hami2027xyz");
    waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#signInError").queryAs(Label.class).getText().isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static TableView<UserRecord> users(FxRobot robot) {
    return robot.lookup("#userTable").queryAs(TableView.class);
  }
}

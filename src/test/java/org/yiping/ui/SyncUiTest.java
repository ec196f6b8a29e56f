package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.ElderFile;
import org.yiping.security.NewUser;
import org.yiping.security.Role;
import org.yiping.sync.OutboxEntry;
import org.yiping.sync.RecordSyncState;
import org.yiping.sync.SyncConflict;
import org.yiping.sync.SyncFixture;
import org.yiping.sync.ui.SyncView;

/**
 * The 数据同步 screen against a real centre on 127.0.0.1: the admin enrols a fresh laptop from the form (a bad
 * fingerprint is refused in words first), the assessor syncs a new elder file and sees it accepted, then the same
 * field changed on another laptop comes back as a conflict that is resolved field by field from the screen.
 */
class SyncUiTest extends CaseUiTest {
  @TempDir Path dir;

  /** A laptop with an admin and the assessor li, not enrolled anywhere yet. */
  private static SyncFixture.Laptop freshLaptop(Path dir) {
    AppContext setup = UiTestSupport.context(dir);
    try (Workspace admin = setup.open(setup.vault().setup(NewUser.admin("admin", null),
        "Xinjiang2026".toCharArray()))) {
      admin.accounts().create(new NewUser("li", "李评估", Role.ASSESSOR, "XJ-PG-0002", LocalDate.now().plusYears(1),
          null), "Assess2026a".toCharArray());
    } finally {
      setup.close();
    }
    return SyncFixture.Laptop.existing(dir, "li");
  }

  private static <T> T onFx(FxRobot robot, Supplier<T> read) {
    AtomicReference<T> v = new AtomicReference<>();
    robot.interact(() -> v.set(read.get()));
    return v.get();
  }

  @SuppressWarnings("unchecked")
  private static List<RecordSyncState> states(FxRobot robot) {
    return onFx(robot, () -> List.copyOf(robot.lookup("#syncStates").queryAs(TableView.class).getItems()));
  }

  @SuppressWarnings("unchecked")
  private static List<SyncConflict> conflicts(FxRobot robot) {
    return onFx(robot, () -> List.copyOf(robot.lookup("#syncConflicts").queryAs(ListView.class).getItems()));
  }

  private static boolean stateOf(FxRobot robot, UUID record, OutboxEntry.State state) {
    return states(robot).stream().anyMatch(s -> s.recordId().equals(record) && s.state() == state);
  }

  /** The number in 待同步 (“N 条改动”). */
  private static long waitingOf(FxRobot robot) {
    String t = textOf(robot, "#syncInfoWaiting");
    return t.endsWith(" 条改动") ? Long.parseLong(t.substring(0, t.length() - " 条改动".length()).replace(",", "")) : -1;
  }

  private void setPhone(UUID elder, String phone) {
    ElderFile f = ws.elders().get(elder);
    ElderDraft d = f.toDraft();
    ws.elders().update(elder, f.rev(), new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), phone,
        d.address(), d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(), d.medicalPayments(),
        d.incomeSources(), d.economicStatus(), d.flags(), d.contacts(), d.notes()));
  }

  @Test
  void enrolSyncAndResolveAConflictFromTheScreen(FxRobot robot) throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = freshLaptop(dir.resolve("b"))) {
      // An assessor sees the form but cannot enrol: that is for an admin.
      ws = b.user();
      show(robot, w -> new SyncView(b.app, background, w).root());
      waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#syncEnrol").tryQuery().isPresent());
      assertThat(enabled(robot, "#syncEnrol")).isFalse();
      assertThat(enabled(robot, "#syncNow")).isFalse();

      signOut();
      ws = b.admin();
      show(robot, w -> new SyncView(b.app, background, w).root());
      waitFor(20, TimeUnit.SECONDS, () -> enabled(robot, "#syncEnrol"));
      type(robot, "#syncCentreUrl", f.centre.url());
      type(robot, "#syncFingerprint", "abc");
      String code = f.centre.admin().newEnrolmentCode("test", SyncFixture.TIANSHAN, java.time.Duration.ofHours(1));
      type(robot, "#syncCode", code);
      fire(robot, "#syncEnrol");
      waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#syncEnrolError").contains("指纹不对"));

      type(robot, "#syncFingerprint", f.centre.keys().fingerprint());
      fire(robot, "#syncEnrol");
      waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#syncInfoRegion").contains("天山区"));
      assertThat(textOf(robot, "#syncInfoLastSync")).isEqualTo("还没有同步过");
      assertThat(textOf(robot, "#syncInfoCentre")).contains(f.centre.url());

      // The assessor adds an elder and syncs from the screen; the password is asked for first.
      signOut();
      ws = b.user();
      UUID elder = ws.elders().create(ElderDraft.minimal("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE)).id();
      show(robot, w -> new SyncView(b.app, background, w).root());
      waitFor(20, TimeUnit.SECONDS, () -> stateOf(robot, elder, OutboxEntry.State.PENDING));
      assertThat(textOf(robot, "#syncInfoWaiting")).isEqualTo("1 条改动");
      fire(robot, "#syncNow");
      assertThat(textOf(robot, "#syncMessage")).contains("请先输入你在中心的密码");
      type(robot, "#syncPassword", SyncFixture.CENTRE_PASSWORD);
      robot.type(KeyCode.ENTER); // the default button
      waitFor(60, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").equals("同步完成。"));
      assertThat(textOf(robot, "#syncReport")).startsWith("上传 1 条：中心接受 1 条");
      assertThat(f.centreCount("elder")).isEqualTo(1);
      waitFor(20, TimeUnit.SECONDS, () -> stateOf(robot, elder, OutboxEntry.State.ACCEPTED));
      assertThat(textOf(robot, "#syncInfoLastSync")).isNotEqualTo("还没有同步过");
      // The sign-in is kept: the screen says so, and the next syncs need no password (nor does background sync).
      assertThat(textOf(robot, "#syncInfoSession")).startsWith("已登录");
      assertThat(textOf(robot, "#syncPassword")).isEmpty();

      // The same field changed on another laptop: the screen shows both values and takes this laptop's.
      a.sync();
      a.setPhone(elder, "13900000002");
      a.sync();
      setPhone(elder, "13900000003");
      fire(robot, "#syncNow");
      waitFor(60, TimeUnit.SECONDS, () -> textOf(robot, "#syncReport").contains("冲突 1 条"));
      waitFor(20, TimeUnit.SECONDS, () -> conflicts(robot).size() == 1);
      assertThat(stateOf(robot, elder, OutboxEntry.State.CONFLICT)).isTrue();
      robot.interact(() -> robot.lookup("#syncConflicts").queryAs(ListView.class).getSelectionModel().select(0));
      waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#syncLocal-phone").tryQuery().isPresent());
      assertThat(textOf(robot, "#syncLocal-phone")).isEqualTo("13900000003");
      assertThat(textOf(robot, "#syncCentre-phone")).isEqualTo("13900000002");
      assertThat(enabled(robot, "#syncResolve")).isTrue();
      fire(robot, "#syncResolve"); // nothing chosen yet: the engine says which field still needs a choice
      waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").contains("请为每个冲突的字段选定"));
      fire(robot, "#syncLocal-phone");
      fire(robot, "#syncResolve");
      waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").startsWith("已保存选择"));
      waitFor(20, TimeUnit.SECONDS, () -> conflicts(robot).isEmpty());
      assertThat(ws.elders().get(elder).phone()).isEqualTo("13900000003");

      fire(robot, "#syncNow");
      waitFor(60, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").equals("同步完成。"));
      assertThat(textOf(robot, "#syncReport")).startsWith("上传 1 条：中心接受 1 条");
      a.sync();
      assertThat(a.elder(elder).phone()).isEqualTo("13900000003");

      // A change written to a batch file for a laptop without a network.
      setPhone(elder, "13900000004");
      Path file = dir.resolve("out.ypb");
      FilePicker.answerSaveForTests(file, null);
      try {
        fire(robot, "#syncExport");
        waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").startsWith("已导出 1 条改动"));
      } finally {
        FilePicker.answerSaveForTests(null, null);
      }
      assertThat(Files.size(file)).isPositive();

      // The file handed to the centre through a laptop with a connection (here the same one): the centre takes it.
      FilePicker.answerForTests(List.of(file));
      try {
        fire(robot, "#syncRelay");
        waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").startsWith("已转交"));
      } finally {
        FilePicker.answerForTests(null);
      }
      assertThat(textOf(robot, "#syncMessage")).isEqualTo("已转交 1 个批次文件，共 1 条：中心接受 1 条。");
      a.sync();
      assertThat(a.elder(elder).phone()).isEqualTo("13900000004");
      signOut();
    }
  }

  @Test
  void cancelStopsBetweenBatchesAndTheNextSyncFinishesTheJob(FxRobot robot) throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN)) {
      int elders = 3 * org.yiping.sync.SyncEngine.BATCH_ITEMS;
      a.importElders(elders, 11);
      ws = a.user();
      show(robot, w -> new SyncView(a.app, background, w).root());
      waitFor(20, TimeUnit.SECONDS, () -> waitingOf(robot) >= elders); // the files and what the import added
      long before = waitingOf(robot);
      type(robot, "#syncPassword", SyncFixture.CENTRE_PASSWORD);
      fire(robot, "#syncNow");
      fire(robot, "#syncCancel"); // pressed at once: the batch under way still finishes, then it stops
      waitFor(120, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").startsWith("同步已停止"));
      assertThat(f.centreCount("elder")).isPositive().isLessThan(elders);
      waitFor(20, TimeUnit.SECONDS, () -> waitingOf(robot) < before);
      long sent = before - waitingOf(robot);
      assertThat(sent % org.yiping.sync.SyncEngine.BATCH_ITEMS).isZero(); // whole batches, never half of one
      assertThat(enabled(robot, "#syncNow")).isTrue();

      // Sync again, with the kept sign-in: the rest goes up, nothing twice.
      fire(robot, "#syncNow");
      waitFor(120, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").equals("同步完成。"));
      assertThat(textOf(robot, "#syncReport")).startsWith("上传 "
          + java.text.NumberFormat.getIntegerInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(before - sent) + " 条");
      assertThat(f.centreCount("elder")).isEqualTo(elders);
      assertThat(f.duplicateVersions()).isZero();
      assertThat(textOf(robot, "#syncInfoWaiting")).isEqualTo("0 条改动");
      signOut();
    }
  }

  @Test
  void twoFilesOfOnePersonAreMergedFromTheScreen(FxRobot robot) throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      String idNumber = f.idNumber();
      UUID first = a.newElder("王桂英", idNumber, SyncFixture.TIANSHAN_VILLAGE);
      a.setPhone(first, "13900000001");
      a.sync();
      UUID second = b.newElder("王桂英", idNumber, SyncFixture.TIANSHAN_VILLAGE);
      b.setPhone(second, "13900000002");
      b.sync();

      ws = b.user();
      show(robot, w -> new SyncView(b.app, background, w).root());
      waitFor(20, TimeUnit.SECONDS, () -> !conflicts(robot).isEmpty());
      robot.interact(() -> robot.lookup("#syncConflicts").queryAs(ListView.class).getSelectionModel().select(0));
      waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#syncLocal-phone").tryQuery().isPresent());
      assertThat(textOf(robot, "#syncIdentityNote")).contains("同一身份证号");
      assertThat(textOf(robot, "#syncLocal-phone")).isEqualTo("13900000002");
      assertThat(textOf(robot, "#syncCentre-phone")).isEqualTo("13900000001");
      assertThat(textOf(robot, "#syncResolve")).contains("合并两份档案");

      fire(robot, "#syncResolve"); // nothing picked: the screen says which difference needs a choice
      waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").contains("请为每个冲突的字段选定"));
      fire(robot, "#syncLocal-phone");
      fire(robot, "#syncResolve");
      waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").startsWith("已合并"));
      waitFor(20, TimeUnit.SECONDS, () -> conflicts(robot).isEmpty());
      assertThat(ws.elders().get(first).phone()).isEqualTo("13900000002");

      fire(robot, "#syncNow"); // the sign-in is kept from b.sync()
      waitFor(60, TimeUnit.SECONDS, () -> textOf(robot, "#syncMessage").equals("同步完成。"));
      assertThat(f.centreCount("elder")).isEqualTo(1);
      signOut();
      a.sync();
      assertThat(a.elder(first).phone()).isEqualTo("13900000002");
    }
  }

  @Test
  void theStatusBarFollowsTheCentre(FxRobot robot) throws Exception {
    System.setProperty(Workspace.BACKGROUND_INTERVAL_PROPERTY, "1");
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN)) {
      a.sync(); // once with the password: the sign-in is kept
      a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      ws = a.user();
      show(robot, w -> new MainView(a.app, background, w, () -> { }).root());
      waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#statusOnline").startsWith("已与中心同步"));
      waitFor(30, TimeUnit.SECONDS, () -> f.centreCount("elder") == 1);
      waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#statusUnsynced").equals("待同步：0 条"));

      int port = f.centre.port();
      f.centre.stopServer();
      waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#statusOnline").startsWith("离线：连不上中心"));
      assertThat(textOf(robot, "#statusOnline")).contains("上次同步");
      f.centre.start("127.0.0.1", port);
      waitFor(30, TimeUnit.SECONDS, () -> textOf(robot, "#statusOnline").startsWith("已与中心同步"));
      signOut();
    } finally {
      System.clearProperty(Workspace.BACKGROUND_INTERVAL_PROPERTY);
    }
  }
}

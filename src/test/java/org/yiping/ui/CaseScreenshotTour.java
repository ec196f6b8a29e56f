package org.yiping.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yiping.adaptation.Payer;
import org.yiping.adaptation.PlanLine;
import org.yiping.adaptation.ui.AdaptationView;
import org.yiping.app.Workspace;
import org.yiping.bed.BedKind;
import org.yiping.bed.BedRecord;
import org.yiping.bed.BedSetup;
import org.yiping.bed.Device;
import org.yiping.bed.DeviceType;
import org.yiping.bed.ReferralStatus;
import org.yiping.bed.ServiceKind;
import org.yiping.bed.ui.BedsView;
import org.yiping.carevisit.NeedKind;
import org.yiping.carevisit.ui.CareVisitsView;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.HardshipFlag;
import org.yiping.testdata.AssessmentWorld;
import org.yiping.testdata.SyntheticElders;

/**
 * Screenshots of the case screens (home adaptation, family beds, care visits) on a real window under Xvfb, with
 * synthetic data only, at the size of the main window's content area:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -o -Pscreenshots test -Dtest=CaseScreenshotTour
 * -Dyiping.screenshotDir=/tmp/cases-shots}. The README's are adaptation-case.png, adaptation-evidence.png,
 * family-bed.png, care-visits.png and dashboard.png; the others are for looking at the lists and dialogs.
 */
@Tag("screenshots")
class CaseScreenshotTour extends CaseUiTest {
  /** The main window's content area beside the navigation rail and above the status bar, at 1280×800. */
  static final int WIDTH = 1112;
  static final int HEIGHT = 770;

  @TempDir Path dir;
  private final List<UUID> elders = new ArrayList<>();
  private final LocalDate today = LocalDate.now();
  private UUID underConstruction;

  private UUID elder(Workspace admin, String name, String id, String village, EconomicStatus economic,
      Set<HardshipFlag> flags) {
    ElderDraft d = ElderDraft.minimal(name, id, village);
    return admin.elders().create(new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), d.phone(),
        d.address(), d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(), d.medicalPayments(),
        d.incomeSources(), economic, flags, d.contacts(), d.notes())).id();
  }

  /** 张秀兰 and 13 invented elders of one township, some in hardship, living alone, disabled. */
  private void people() {
    world.economicStatus(EconomicStatus.TEKUN);
    elders.add(world.elderId);
    EconomicStatus[] economic = {EconomicStatus.TEKUN, EconomicStatus.DIBAO, EconomicStatus.DIBAO_EDGE, null,
        EconomicStatus.HARDSHIP, EconomicStatus.DIBAO, null, EconomicStatus.TEKUN, EconomicStatus.GENERAL,
        EconomicStatus.DIBAO, null, EconomicStatus.HARDSHIP, null};
    try (Workspace admin = world.admin()) {
      SyntheticElders gen = new SyntheticElders(2026, world.app.divisions(), "650102002000",
          today);
      for (int i = 0; i < economic.length; i++) {
        SyntheticElders.Raw r = gen.next();
        EnumSet<HardshipFlag> flags = EnumSet.noneOf(HardshipFlag.class);
        flags.addAll(r.flags());
        flags.remove(HardshipFlag.ADVANCED_AGE);
        if (i % 3 == 0) {
          flags.add(HardshipFlag.LIVING_ALONE);
        }
        if (i % 4 == 1) {
          flags.add(HardshipFlag.DISABLED);
        }
        elders.add(elder(admin, r.name(), r.idNumber(), r.villageCode(), economic[i], flags));
      }
    }
  }

  private static List<PlanLine> plan() {
    return List.of(new PlanLine("1", true, 14, 8_500, Payer.SUBSIDY, null),
        new PlanLine("2", true, 1, 65_000, Payer.SUBSIDY, null),
        new PlanLine("11", true, 1, 32_000, Payer.SUBSIDY, null),
        new PlanLine("13", true, 3, 15_050, Payer.SUBSIDY, null),
        new PlanLine("14", true, 1, 98_000, Payer.FAMILY, null),
        new PlanLine("17", true, 1, 18_000, Payer.SUBSIDY, null),
        new PlanLine("20", true, 4, 4_500, Payer.FAMILY, null));
  }

  private void cases() {
    int year = today.getYear();
    List<UUID> ids = new ArrayList<>();
    try (Workspace li = world.li()) {
      for (int i = 0; i < 6; i++) {
        UUID elder = elders.get(i);
        boolean eligible = li.adaptation().eligibility(elder).eligible();
        UUID id = li.adaptation().apply(elder, year, eligible ? null : "子女均在外地，乡镇特批").id();
        ids.add(id);
        if (i < 5) {
          li.adaptation().plan(id, i == 0 ? plan() : plan().subList(0, 2 + i));
          li.adaptation().advance(id, i == 0 ? "已入户评估，家属同意方案" : null);
        }
      }
    }
    underConstruction = ids.get(1);
    try (Workspace town = world.town()) {
      town.adaptation().advance(ids.get(0), "方案符合补贴标准");
      town.adaptation().sendBack(ids.get(0), "卫生间扶手位置需重新确认");
      for (int i = 1; i < 5; i++) {
        for (int step = 0; step < i + 1; step++) {
          town.adaptation().advance(ids.get(i), null);
          if (i == 1 && step == 1) {
            evidence(town, ids.get(i)); // under construction: photos of both phases and the hand-over signatures
          }
        }
      }
    }
  }

  private void evidence(Workspace town, UUID caseId) {
    java.awt.Color[] tones = {new java.awt.Color(0xB0A890), new java.awt.Color(0x8FA3B8), new java.awt.Color(0xC9B79C)};
    int n = 0;
    for (String item : List.of("1", "2", "11")) {
      for (org.yiping.adaptation.Phase phase : org.yiping.adaptation.Phase.values()) {
        if (phase == org.yiping.adaptation.Phase.AFTER && item.equals("11")) {
          continue; // the works on this item are not finished yet
        }
        town.adaptationEvidence().addPhoto(caseId, item, phase, item + phase + ".jpg", photo(tones[n++ % 3], n));
      }
    }
    List<double[]> strokes = List.of(new double[] {60, 110, 100, 70, 140, 120, 180, 80, 220, 115},
        new double[] {240, 90, 300, 95, 360, 85}, new double[] {250, 120, 330, 60});
    town.adaptationEvidence().sign(caseId, org.yiping.adaptation.AcceptanceRole.FAMILY, "王建国（儿子）", 480, 180,
        strokes);
    town.adaptationEvidence().sign(caseId, org.yiping.adaptation.AcceptanceRole.OFFICE, null, 480, 180, strokes);
  }

  /** A photo-like picture: a wall, a floor and a fitting, in the given tone. */
  private static byte[] photo(java.awt.Color tone, int seed) {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1200, 900,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(tone.brighter());
    g.fillRect(0, 0, 1200, 900);
    g.setColor(tone.darker());
    g.fillRect(0, 560, 1200, 340);
    g.setColor(new java.awt.Color(0x5A5F66));
    g.fillRect(200 + seed * 60, 300, 520, 40);
    g.fillRect(200 + seed * 60, 300, 40, 300);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(img, "jpg", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void beds() {
    try (Workspace li = world.li()) {
      String[] providers = {"天山区颐和居家养老服务中心", "天山区康乐居家养老服务站", "天山区颐和居家养老服务中心"};
      List<UUID> bedIds = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        UUID elder = elders.get(i == 0 ? 0 : i + 6);
        UUID adaptationCase = li.adaptation().cases(null, null).stream().filter(c -> c.elderId().equals(elder))
            .map(c -> c.id()).findFirst().orElse(null);
        // The bed is set up today, so its log starts today.
        BedRecord b = li.beds().open(elder, new BedSetup(providers[i], today, today.plusYears(1).minusDays(1),
            adaptationCase,
            List.of(new Device(DeviceType.SMART_MATTRESS, "SM-2026-0" + (311 + i)),
                new Device(DeviceType.FALL_ALARM, "FA-77" + (12 + i)),
                new Device(DeviceType.EMERGENCY_BUTTON, "EB-50" + (80 + i))),
            "乡镇特批：失能等级评估已预约"));
        bedIds.add(b.id());
      }
      UUID bed = bedIds.get(0);
      li.beds().logService(bed, today, "马丽", Set.of(ServiceKind.MEAL, ServiceKind.CLEANING), 90,
          "午餐送到，打扫卧室");
      li.beds().logService(bed, today, "马丽", Set.of(ServiceKind.BATH, ServiceKind.MOBILITY), 120,
          null);
      li.beds().logCheck(bed, today, "古丽米拉", "床垫、报警器和呼叫按钮正常");
      li.beds().logAlert(bed, today, "FA-7712", "夜间跌倒报警，服务站 15 分钟到场，老人无大碍");
      li.beds().refer(bed, today, BedKind.HOME_HOSPITAL_BED, "社区医院评估后建立家庭病床");
      li.beds().updateReferral(li.beds().events(bed).get(4).id(), ReferralStatus.ACCEPTED, null);
      li.beds().logService(bed, today, "马丽", Set.of(ServiceKind.MEAL, ServiceKind.MEDICAL), 60,
          "陪同复诊");
      li.beds().logService(bedIds.get(1), today, "王芳", Set.of(ServiceKind.CLEANING), 60, null);
    }
  }

  private void visits() {
    try (Workspace town = world.town()) {
      for (UUID e : elders) {
        town.careVisits().assign(e, elders.indexOf(e) % 3 == 2 ? "wang" : "li");
      }
    }
    YearMonth last = YearMonth.now().minusMonths(1);
    try (Workspace li = world.li()) {
      List<org.yiping.carevisit.MonthRow> due = li.careVisits().month(null, last, null);
      int n = 0;
      for (org.yiping.carevisit.MonthRow r : due) {
        n++;
        if (n % 4 == 3) {
          continue; // missed last month
        }
        boolean well = n % 5 != 1;
        li.careVisits().record(r.elder().id(), last.atDay(Math.min(28, 3 + 2 * n)), well,
            well ? Set.of() : Set.of(NeedKind.MEDICAL, NeedKind.DAILY_LIVING),
            well ? null : "已联系村医上门，女儿每周回来一次");
      }
      List<org.yiping.carevisit.MonthRow> now = li.careVisits().month(null, YearMonth.now(), null);
      for (int i = 0; i < now.size() / 2; i++) {
        li.careVisits().record(now.get(i).elder().id(), today.minusDays(i % Math.max(1, today.getDayOfMonth())),
            i != 1, i == 1 ? Set.of(NeedKind.SAFETY) : Set.of(), i == 1 ? "燃气灶老化，已报乡镇更换" : null);
      }
    }
  }

  @Test
  void caseScreens(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("yiping.screenshotDir", "target/screenshots"));
    Files.createDirectories(out);
    world = new AssessmentWorld(dir);
    people();
    cases();
    beds();
    visits();
    robot.interact(() -> {
      stage.setX(0);
      stage.setY(0);
    });

    // 适老化改造, as the township office sees it: the list, then the case sent back to the home assessment.
    signIn("town", "Review2026c");
    show(robot, w -> new AdaptationView(world.app, background, w).root());
    size(robot);
    TableView<?> cases = robot.lookup("#adaptationCases").queryAs(TableView.class);
    waitFor(20, TimeUnit.SECONDS, () -> cases.getItems().size() == 6);
    shot(out.resolve("adaptation-list.png"));
    robot.interact(() -> {
      cases.requestFocus();
      cases.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepHOME_ASSESSED", "case-step-current"));
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#adaptationHistory").queryAs(javafx.scene.control.ListView.class)
        .getItems().size() == 4);
    robot.interact(() -> robot.lookup("#planQuantity13").query().requestFocus());
    shot(out.resolve("adaptation-case.png"));
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> cases.isVisible());
    // The case under construction, on its photos and signatures tab.
    robot.interact(() -> {
      String id = underConstruction.toString();
      for (int k = 0; k < cases.getItems().size(); k++) {
        if (cases.getItems().get(k).toString().contains(id)) {
          cases.requestFocus();
          cases.getSelectionModel().select(k);
        }
      }
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> hasStyle(robot, "#stepUNDER_CONSTRUCTION", "case-step-current"));
    robot.interact(() -> robot.lookup("#adaptationSide").queryAs(javafx.scene.control.TabPane.class)
        .getSelectionModel().select(1));
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#photo2AFTER1").tryQuery().isPresent()
        && textOf(robot, "#signatureStateAcceptanceFAMILY").contains("已签名"));
    shot(out.resolve("adaptation-evidence.png"));
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> cases.isVisible());
    Platform.runLater(() -> robot.lookup("#newAdaptationCase").queryButton().fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#adaptationElderSearch").tryQuery().isPresent());
    click(robot, "#adaptationElderSearch");
    robot.write(elderName(10).substring(0, 1));
    waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#adaptationElderResults")
        .queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
    robot.type(KeyCode.DOWN);
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#adaptationEligibility").contains("条件："));
    shot(out.resolve("adaptation-apply.png"));
    robot.type(KeyCode.ESCAPE);

    // 家庭养老床位: the list, a bed's page with its code and log, the set-up dialog.
    show(robot, w -> new BedsView(world.app, background, w).root());
    TableView<?> beds = robot.lookup("#bedTable").queryAs(TableView.class);
    waitFor(20, TimeUnit.SECONDS, () -> beds.getItems().size() == 3);
    shot(out.resolve("beds-list.png"));
    robot.interact(() -> {
      beds.requestFocus();
      beds.getSelectionModel().selectFirst();
    });
    robot.type(KeyCode.ENTER);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#bedLog").queryAs(TableView.class).getItems().size() == 6);
    robot.interact(() -> robot.lookup("#bedLog").queryAs(TableView.class).getSelectionModel().select(4));
    shot(out.resolve("family-bed.png"));
    Platform.runLater(() -> robot.lookup("#logBedService").queryButton().fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bedServiceStaff").tryQuery().isPresent());
    shot(out.resolve("bed-service.png"));
    robot.type(KeyCode.ESCAPE);
    robot.type(KeyCode.ESCAPE);
    waitFor(10, TimeUnit.SECONDS, () -> beds.isVisible());
    Platform.runLater(() -> robot.lookup("#newBed").queryButton().fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bedElderSearch").tryQuery().isPresent());
    click(robot, "#bedElderSearch");
    robot.write("zxl");
    waitFor(10, TimeUnit.SECONDS, () -> textOf(robot, "#bedEligibility").contains("条件："));
    robot.interact(() -> robot.lookup("#addDevice").queryButton().fire());
    robot.interact(() -> robot.lookup("#addDevice").queryButton().fire());
    shot(out.resolve("bed-setup.png"));
    robot.type(KeyCode.ESCAPE);

    // 探访关爱: last month, with the missed ones in red, and the visit dialog.
    show(robot, w -> new CareVisitsView(world.app, background, w).root());
    TableView<?> visits = robot.lookup("#careTable").queryAs(TableView.class);
    waitFor(20, TimeUnit.SECONDS, () -> !visits.getItems().isEmpty());
    robot.interact(() -> robot.lookup("#careMonth").queryComboBox().getSelectionModel().select(1));
    waitFor(20, TimeUnit.SECONDS, () -> textOf(robot, "#careCoverage").contains("漏访")
        && !textOf(robot, "#careCoverage").contains("漏访 0 人"));
    robot.interact(() -> {
      visits.requestFocus();
      visits.getSelectionModel().select(visits.getItems().size() - 1);
    });
    shot(out.resolve("care-visits.png"));
    robot.interact(() -> visits.getSelectionModel().selectFirst());
    Platform.runLater(() -> robot.lookup("#recordCareVisit").queryButton().fire());
    waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#careNotWell").tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#careNotWell").queryAs(javafx.scene.control.RadioButton.class).fire());
    shot(out.resolve("care-visit-dialog.png"));
    robot.type(KeyCode.ESCAPE);

    // 统计看板 over the same township: cases, beds and visits of this month.
    show(robot, w -> new org.yiping.dashboard.ui.DashboardView(world.app, background, w).root());
    size(robot);
    waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#chartCases").tryQuery().isPresent()
        && !textOf(robot, "#tileElders").isEmpty());
    shot(out.resolve("dashboard.png"));
  }

  private String elderName(int i) {
    return ws.elders().names(List.of(elders.get(i))).get(elders.get(i));
  }

  private void size(FxRobot robot) {
    robot.interact(() -> {
      stage.setWidth(WIDTH);
      stage.setHeight(HEIGHT);
    });
  }

  /** The content area of the screen, where the window is. */
  private static void shot(Path file) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(700);
    WaitForAsyncUtils.waitForFxEvents();
    Process p = new ProcessBuilder("import", "-window", "root", "-crop", WIDTH + "x" + HEIGHT + "+0+0", "+repage",
        file.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("import failed: run under xvfb-run with imagemagick installed");
    }
  }
}

package org.yiping.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.elder.EconomicStatus;
import org.yiping.testdata.AssessmentWorld;

/** A family bed from set-up through services to closing, on a real encrypted store. */
class BedServiceTest {
  @TempDir Path dir;
  AssessmentWorld world;
  final LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    world = new AssessmentWorld(dir);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  private BedSetup setup(String override) {
    return new BedSetup("天山区颐和居家养老服务中心", today, today.plusYears(1), null,
        List.of(new Device(DeviceType.SMART_MATTRESS, "SM-2026-0001"), new Device(DeviceType.FALL_ALARM, "FA-77")),
        override);
  }

  @Test
  void aBedIsSetUpServedAndClosed() {
    world.economicStatus(EconomicStatus.DIBAO);
    world.finalizedGbt(2); // every item at 2: a disability level of 2 or 3
    UUID id;
    try (Workspace li = world.li()) {
      assertThat(li.beds().eligibility(world.elderId).eligible()).isTrue();
      BedRecord bed = li.beds().open(world.elderId, setup(null));
      id = bed.id();
      assertThat(bed.bedCode()).matches("JC-650102002-[0-9A-F]{8}");
      assertThat(bed.devices()).extracting(Device::serial).containsExactly("SM-2026-0001", "FA-77");
      assertThatThrownBy(() -> li.beds().open(world.elderId, setup(null))).hasMessage("bed.problem.openBed");

      li.beds().logService(id, today, "马丽", Set.of(ServiceKind.MEAL, ServiceKind.CLEANING), 90, "午餐送到");
      li.beds().logCheck(id, today, "马丽", "床垫和报警器正常");
      li.beds().logAlert(id, today, "FA-77", "夜间跌倒报警，家属确认无碍");
      BedEventRecord referral = li.beds().refer(id, today, BedKind.HOSPITAL_BED, "肺部感染，转医院");
      li.beds().updateReferral(referral.id(), ReferralStatus.ACCEPTED, null);
      assertThatThrownBy(() -> li.beds().logService(id, today, "马丽", Set.of(), 30, null))
          .hasMessage("bed.problem.noService");
      assertThatThrownBy(() -> li.beds().logService(id, today.plusDays(1), "马丽", Set.of(ServiceKind.BATH), 30,
          null)).hasMessage("bed.problem.day");
      assertThatThrownBy(() -> li.beds().close(id, today, CloseReason.OTHER, " ")).hasMessage("bed.problem.closeNote");
      BedRecord closed = li.beds().close(id, today, CloseReason.MOVED_TO_INSTITUTION, null);
      assertThat(closed.open()).isFalse();
      assertThatThrownBy(() -> li.beds().logCheck(id, today, "马丽", null)).hasMessage("bed.problem.closed");
      List<BedEventRecord> log = li.beds().events(id);
      assertThat(log).extracting(BedEventRecord::kind)
          .containsExactlyInAnyOrder(EventKind.SERVICE, EventKind.CHECK, EventKind.ALERT, EventKind.REFERRAL);
      assertThat(log).filteredOn(e -> e.kind() == EventKind.SERVICE).singleElement()
          .satisfies(e -> assertThat(e.services()).containsExactlyInAnyOrder(ServiceKind.MEAL, ServiceKind.CLEANING));
      assertThat(log).filteredOn(e -> e.kind() == EventKind.REFERRAL).singleElement()
          .satisfies(e -> assertThat(e.referralStatus()).isEqualTo(ReferralStatus.ACCEPTED));
      assertThat(li.beds().beds(null, true)).isEmpty();
      assertThat(li.beds().beds(null, false)).hasSize(1);
    }
    try (Workspace admin = world.admin()) {
      assertThat(admin.audit().page(0, 100)).extracting(AuditRecord::action)
          .contains("BED_OPENED", "BED_LOGGED", "BED_CLOSED");
    }
  }

  @Test
  void withoutADisabilityLevelABedNeedsAnOverride() {
    world.economicStatus(EconomicStatus.TEKUN);
    try (Workspace li = world.li()) {
      assertThatThrownBy(() -> li.beds().open(world.elderId, setup(null)))
          .isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("bed.problem.notEligible");
            assertThat(e.args()[0]).isEqualTo("missing:disability");
          });
      assertThatThrownBy(() -> li.beds().open(world.elderId, new BedSetup("中心", today, today.plusYears(4), null,
          List.of(), "特批"))).hasMessage("bed.problem.agreement");
      assertThatThrownBy(() -> li.beds().open(world.elderId, new BedSetup("中心", today, today.plusYears(1), null,
          List.of(new Device(DeviceType.WRISTBAND, "W1"), new Device(DeviceType.FALL_ALARM, "W1")), "特批")))
          .hasMessage("bed.problem.duplicateSerial");
      BedRecord bed = li.beds().open(world.elderId, setup("乡镇特批：等待评估"));
      assertThat(bed.eligible()).isFalse();
      assertThat(bed.overrideReason()).isEqualTo("乡镇特批：等待评估");
    }
  }
}

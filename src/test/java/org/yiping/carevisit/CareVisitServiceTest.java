package org.yiping.carevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.ElderDraft;
import org.yiping.testdata.AssessmentWorld;

/** A month of care visits: who must be visited, visits recorded, and the one missed at month end. */
class CareVisitServiceTest {
  @TempDir Path dir;
  AssessmentWorld world;
  UUID poor;
  UUID notDue;
  final LocalDate today = LocalDate.now();
  final YearMonth thisMonth = YearMonth.from(today);
  final YearMonth lastMonth = thisMonth.minusMonths(1);

  @BeforeEach
  void setUp() {
    world = new AssessmentWorld(dir); // 张秀兰 lives alone: visited every month
    try (Workspace admin = world.admin()) {
      ElderDraft d = ElderDraft.minimal("王桂芝", "650102193811250023", "650102002002");
      poor = admin.elders().create(new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), d.phone(),
          d.address(), d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(),
          d.medicalPayments(), d.incomeSources(), EconomicStatus.DIBAO, d.flags(), d.contacts(), d.notes())).id();
      notDue = admin.elders().create(ElderDraft.minimal("李长福", "650102193701010053", "650102002002")).id();
    }
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  @Test
  void aMonthOfVisitsWithOneMissed() {
    try (Workspace town = world.town()) {
      town.careVisits().assign(world.elderId, "li");
      town.careVisits().assign(poor, "li");
      assertThatThrownBy(() -> town.careVisits().assign(poor, "nobody")).hasMessage("care.problem.visitor");
    }
    try (Workspace li = world.li()) {
      li.careVisits().record(poor, lastMonth.atDay(15), true, Set.of(), null);
      assertThatThrownBy(() -> li.careVisits().record(world.elderId, today, false, Set.of(NeedKind.MEDICAL), " "))
          .hasMessage("care.problem.followUp");
      li.careVisits().record(world.elderId, today, false, Set.of(NeedKind.MEDICAL, NeedKind.SAFETY),
          "血压偏高，已联系社区医生");

      List<MonthRow> last = li.careVisits().month(null, lastMonth, null);
      assertThat(last).extracting(r -> r.elder().name()).containsExactlyInAnyOrder("张秀兰", "王桂芝");
      assertThat(last).filteredOn(r -> r.elder().id().equals(world.elderId)).singleElement()
          .satisfies(r -> {
            assertThat(r.state()).isEqualTo(MonthRow.State.MISSED);
            assertThat(r.reasons()).containsExactly("flag:LIVING_ALONE");
            assertThat(r.visitor()).isEqualTo("li");
          });
      assertThat(li.careVisits().coverage(null, lastMonth)).isEqualTo(new Coverage(2, 1, 1));
      assertThat(li.careVisits().coverage(null, lastMonth).percent()).isEqualTo(50);

      List<MonthRow> now = li.careVisits().month(null, thisMonth, "li");
      assertThat(now).filteredOn(r -> r.elder().id().equals(poor)).singleElement()
          .satisfies(r -> assertThat(r.state()).isEqualTo(MonthRow.State.DUE));
      assertThat(now).filteredOn(r -> r.elder().id().equals(world.elderId)).singleElement()
          .satisfies(r -> {
            assertThat(r.state()).isEqualTo(MonthRow.State.VISITED);
            assertThat(r.visits().get(0).needs()).containsExactlyInAnyOrder(NeedKind.MEDICAL, NeedKind.SAFETY);
          });
      assertThat(now).noneMatch(r -> r.elder().id().equals(notDue));
    }
  }

  @Test
  void theOfficePicksVisitorsFromTheActiveUsers() {
    try (Workspace admin = world.admin()) {
      admin.accounts().disable(admin.accounts().list().stream().filter(u -> u.username().equals("wang"))
          .findFirst().orElseThrow().id());
    }
    try (Workspace town = world.town()) {
      assertThat(town.careVisits().visitors()).extracting(Visitor::username)
          .containsExactly("admin", "li", "town");
      assertThat(town.careVisits().visitors()).filteredOn(v -> v.username().equals("li")).singleElement()
          .satisfies(v -> assertThat(v.displayName()).isEqualTo("李评估"));
      for (Visitor v : town.careVisits().visitors()) {
        town.careVisits().assign(poor, v.username()); // every one offered is accepted
      }
    }
  }
}

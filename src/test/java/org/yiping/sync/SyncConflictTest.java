package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditRecord;

/** The same file edited on two laptops offline: merged when the fields differ, queued when they are the same. */
class SyncConflictTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  void differentFieldsMergeSameFieldQueuesBothVersionsAndTheResolutionIsAudited(SyncFixture.Backend backend) {
    try (SyncFixture f = SyncFixture.on(backend, dir); SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      UUID elder = a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      a.sync();
      b.sync();

      // Different fields on each laptop: the centre merges, and both laptops end with both changes.
      a.setPhone(elder, "13900000001");
      b.setNotes(elder, "行动不便，需上门");
      a.sync();
      SyncReport merged = b.sync();
      assertThat(merged.accepted()).isEqualTo(1);
      assertThat(merged.conflicts()).isZero();
      a.sync();
      for (SyncFixture.Laptop l : List.of(a, b)) {
        assertThat(l.elder(elder).phone()).isEqualTo("13900000001");
        assertThat(l.elder(elder).notes()).isEqualTo("行动不便，需上门");
      }

      // The same field on both: never last-write-wins. Both versions kept, the record marked, nothing overwritten.
      a.setPhone(elder, "13900000002");
      b.setPhone(elder, "13900000003");
      a.sync();
      SyncReport clash = b.sync();
      assertThat(clash.conflicts()).isEqualTo(1);
      assertThat(b.elder(elder).phone()).isEqualTo("13900000003");
      assertThat(b.states()).anySatisfy(s -> {
        assertThat(s.recordId()).isEqualTo(elder);
        assertThat(s.state()).isEqualTo(OutboxEntry.State.CONFLICT);
      });
      SyncConflict c;
      try (Workspace ws = b.user()) {
        List<SyncConflict> queue = ws.sync().conflicts();
        assertThat(queue).hasSize(1);
        c = queue.get(0);
        assertThat(c.fields()).containsExactly("phone");
        assertThat(c.localBody()).contains("13900000003");
        assertThat(c.centreBody()).contains("13900000002");
        assertThatThrownBy(() -> ws.sync().resolve(c.id(), Map.of())).hasMessageContaining("chooseEveryField");
        ws.sync().resolve(c.id(), Map.of("phone", SyncEngine.Side.LOCAL));
        assertThat(ws.sync().conflicts()).isEmpty();
      }
      try (Workspace admin = b.admin()) {
        List<AuditRecord> audit = admin.audit().page(0, 200);
        assertThat(audit).anySatisfy(r -> {
          assertThat(r.action()).isEqualTo(AuditAction.SYNC_CONFLICT_RESOLVED.name());
          assertThat(r.username()).isEqualTo("li");
          assertThat(r.detail()).isEqualTo("phone=local").doesNotContain("1390000");
        });
      }
      SyncReport resolved = b.sync();
      assertThat(resolved.accepted()).isEqualTo(1);
      assertThat(b.waiting()).isZero();
      a.sync();
      assertThat(a.elder(elder).phone()).isEqualTo("13900000003");
      assertThat(f.centre.admin().recordCounts()).containsEntry("elder", 1L);
    }
  }
}

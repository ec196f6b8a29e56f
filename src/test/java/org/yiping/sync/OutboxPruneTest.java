package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.security.Unlocked;

/**
 * The outbox holds the work still to do, not the history: once the centre accepted a record's changes only its
 * newest row stays (the sync screen's state), and old accepted rows go; nothing waiting is ever deleted.
 */
@Timeout(120)
class OutboxPruneTest {
  @TempDir Path dir;

  @Test
  void acceptedChangesLeaveOneRowPerRecordAndOldOnesGo() {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN)) {
      UUID elder = a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      a.sync();
      a.setNotes(elder, "一");
      a.sync();
      a.setNotes(elder, "二");
      a.setNotes(elder, "三");
      a.sync();
      assertThat(rows(a, elder)).isEqualTo(1);
      assertThat(a.states()).filteredOn(s -> s.recordId().equals(elder))
          .extracting(RecordSyncState::state).containsExactly(OutboxEntry.State.ACCEPTED);

      // A change not yet sent is never pruned, however old the accepted rows are.
      a.setNotes(elder, "四");
      UUID other = a.newElder("李秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      assertThat(rows(a, elder)).isEqualTo(2);
      try (Unlocked u = a.app.vault().signIn(a.assessor, "Assess2026a".toCharArray())) {
        int deleted = u.database().tx().write(w -> new SyncStateRepository(w)
            .pruneAccepted(Instant.now().plus(Duration.ofDays(1))));
        assertThat(deleted).isZero(); // the only accepted row belongs to a record with a change waiting
      }
      a.sync();
      try (Unlocked u = a.app.vault().signIn(a.assessor, "Assess2026a".toCharArray())) {
        int deleted = u.database().tx().write(w -> new SyncStateRepository(w)
            .pruneAccepted(Instant.now().plus(Duration.ofDays(1))));
        assertThat(deleted).isEqualTo(2);
      }
      assertThat(rows(a, elder)).isZero();
      assertThat(rows(a, other)).isZero();
      assertThat(a.waiting()).isZero();
      assertThat(f.centreCount("elder")).isEqualTo(2);
    }
  }

  private static long rows(SyncFixture.Laptop l, UUID record) {
    try (Unlocked u = l.app.vault().signIn(l.assessor, "Assess2026a".toCharArray())) {
      return u.database().tx().read(w -> w.em().createQuery(
          "select count(o) from OutboxEntry o where o.recordId = :id", Long.class).setParameter("id", record)
          .getSingleResult());
    }
  }
}

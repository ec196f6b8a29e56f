package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.sync.protocol.Wire;

/**
 * A laptop that never gets a network exports a file a week. Each file carries everything the centre has not
 * confirmed, so the centre ends with every change whether it gets every file in order, only the last one, or an
 * old one late; a record changed between two files is never a conflict with itself.
 */
@Timeout(120)
class BatchFileSeriesTest {
  @TempDir Path dir;

  @Test
  void weeklyFilesFromALaptopThatIsNeverOnline() throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN)) {
      UUID first = a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      UUID second = a.newElder("李秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      SyncEngine.Export week1 = export(a, "week1.ypb");
      assertThat(week1.records()).isEqualTo(2);
      assertThat(week1.again()).isFalse();

      // Week 2: one file changed, one new. The file carries week 1's records too, the changed one at its newest.
      a.setNotes(first, "第二周：已装扶手");
      UUID third = a.newElder("张秀英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      SyncEngine.Export week2 = export(a, "week2.ypb");
      assertThat(week2.records()).isEqualTo(3);
      assertThat(week2.again()).isTrue();
      assertThat(week2.batchId()).isNotEqualTo(week1.batchId());

      // Both files arrive, in order: the changed record replaces the first version without any conflict.
      Wire.PushResponse r1 = f.centre.sync().importBatchFile(Files.readAllBytes(week1.file()));
      assertThat(r1.results()).extracting(Wire.ItemResult::outcome).containsOnly(Wire.Outcome.ACCEPTED);
      Wire.PushResponse r2 = f.centre.sync().importBatchFile(Files.readAllBytes(week2.file()));
      assertThat(outcomes(r2)).isEqualTo(Map.of(first.toString(), Wire.Outcome.ACCEPTED,
          second.toString(), Wire.Outcome.DUPLICATE, third.toString(), Wire.Outcome.ACCEPTED));
      assertThat(f.centreCount("elder")).isEqualTo(3);

      // Week 3: another change of the same record; suppose this file is the only one to arrive from now on.
      a.setNotes(first, "第三周：复评");
      SyncEngine.Export week3 = export(a, "week3.ypb");
      assertThat(week3.records()).isEqualTo(3);
      Wire.PushResponse r3 = f.centre.sync().importBatchFile(Files.readAllBytes(week3.file()));
      assertThat(outcomes(r3).get(first.toString())).isEqualTo(Wire.Outcome.ACCEPTED);
      assertThat(r3.results()).extracting(Wire.ItemResult::outcome).doesNotContain(Wire.Outcome.CONFLICT,
          Wire.Outcome.REJECTED);

      // When the laptop at last gets a network, it learns the answer of its last batch: nothing waits, nothing was
      // stored twice, and another laptop receives the newest version.
      SyncReport online = a.sync();
      assertThat(online.conflicts()).isZero();
      assertThat(a.waiting()).isZero();
      assertThat(f.duplicateVersions()).isZero();
      try (SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
        b.sync();
        assertThat(b.elder(first).notes()).isEqualTo("第三周：复评");
      }
    }
  }

  @Test
  void onlyTheLastFileArrives() throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN)) {
      UUID first = a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      SyncEngine.Export lost = export(a, "lost.ypb");
      a.setNotes(first, "第二周");
      a.newElder("李秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      SyncEngine.Export last = export(a, "last.ypb");
      Wire.PushResponse r = f.centre.sync().importBatchFile(Files.readAllBytes(last.file()));
      assertThat(r.results()).extracting(Wire.ItemResult::outcome).containsOnly(Wire.Outcome.ACCEPTED);
      assertThat(f.centreCount("elder")).isEqualTo(2);

      // The lost file turns up late: its older version is not taken over the newer one.
      f.centre.sync().importBatchFile(Files.readAllBytes(lost.file()));
      assertThat(a.sync().conflicts()).isZero();
      try (SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
        b.sync();
        assertThat(b.elder(first).notes()).isEqualTo("第二周");
      }
      assertThat(a.waiting()).isZero();
    }
  }

  private static SyncEngine.Export export(SyncFixture.Laptop l, String name) {
    try (Workspace ws = l.user()) {
      return ws.sync().exportBatch(l.app.dataDir().resolveSibling(name));
    }
  }

  private static Map<String, Wire.Outcome> outcomes(Wire.PushResponse r) {
    Map<String, Wire.Outcome> m = new java.util.HashMap<>();
    r.results().forEach(i -> m.put(i.recordId(), i.outcome()));
    return m;
  }
}

package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.centre.Caller;
import org.yiping.centre.CentreProblem;
import org.yiping.sync.protocol.Wire;

/**
 * What the centre refuses, whatever the laptop claims: another county's records, a revoked device, a batch id
 * another device used; and batch files that are truncated, altered, replayed, from a revoked device or for
 * another region. A refusal applies nothing.
 */
class SyncRefusalsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  void regionsRevokedDevicesAndReplayedBatchesAreRefused(SyncFixture.Backend backend) throws Exception {
    try (SyncFixture f = SyncFixture.on(backend, dir); SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop c = f.laptop("c", SyncFixture.SAYBAGH)) {
      UUID tianshan = a.newElder("张秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      a.sync();

      // Another county pulls nothing of 天山区 and cannot push into it.
      UUID mine = c.newElder("阿依古丽", f.idNumber(), SyncFixture.SAYBAGH_VILLAGE);
      UUID intruder = c.newElder("李建国", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      SyncReport r = c.sync();
      assertThat(r.received()).isZero(); // its own elder is already here; 天山区 never comes down
      assertThat(r.accepted()).isEqualTo(1);
      assertThat(r.rejected()).isEqualTo(1);
      assertThat(c.states()).anySatisfy(s -> {
        assertThat(s.recordId()).isEqualTo(intruder);
        assertThat(s.state()).isEqualTo(OutboxEntry.State.REJECTED);
        assertThat(s.reason()).contains("650102").contains("650103").contains("不在你的辖区");
      });
      assertThat(c.elder(intruder).name()).isEqualTo("李建国"); // refused, still here, never dropped
      try (Workspace ws = c.user()) {
        assertThatThrownBy(() -> ws.elders().get(tianshan)).isNotNull();
      }
      assertThat(f.centre.admin().recordCounts()).containsEntry("elder", 2L);

      // A batch id another device used is refused, not answered with that device's answer.
      Wire.PushRequest replay = new Wire.PushRequest(lastBatchOf(f, a), 0, java.util.List.of());
      assertThatThrownBy(() -> f.centre.sync().push(new Caller(deviceOf(c), "zhao", "ASSESSOR", "650103"), replay,
          "online")).isInstanceOfSatisfying(CentreProblem.class,
              p -> assertThat(p.code()).isEqualTo("sync.centre.batchOfAnotherDevice"));

      // A revoked device cannot sign in again, and its changes stay local.
      f.centre.admin().revoke("test", deviceOf(c));
      c.setPhone(mine, "13900000009");
      assertThatThrownBy(c::sync).isInstanceOfSatisfying(CentreClient.Refused.class,
          e -> assertThat(e.code()).isEqualTo("sync.centre.deviceRevoked"));
      assertThat(c.waiting()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(SyncFixture.Backend.class)
  void batchFilesAreRefusedWhole_whenTruncatedAlteredReplayedRevokedOrForAnotherRegion(SyncFixture.Backend backend) throws Exception {
    try (SyncFixture f = SyncFixture.on(backend, dir); SyncFixture.Laptop d = f.laptop("d", SyncFixture.TIANSHAN);
        SyncFixture.Laptop c = f.laptop("c", SyncFixture.SAYBAGH)) {
      d.newElder("张秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      d.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      Path file = dir.resolve("d.ypb");
      try (Workspace ws = d.user()) {
        SyncEngine.Export e = ws.sync().exportBatch(file);
        assertThat(e.records()).isEqualTo(2);
      }
      byte[] bytes = Files.readAllBytes(file);
      assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("张秀兰")
          .doesNotContain("650102");

      assertRefused(f, Arrays.copyOf(bytes, bytes.length - 10), "sync.batch.refused.truncated");
      assertRefused(f, Arrays.copyOf(bytes, bytes.length / 2), "sync.batch.refused.truncated");
      byte[] altered = bytes.clone();
      altered[bytes.length / 2] ^= 1;
      assertRefused(f, altered, "sync.batch.refused.badSignature");
      assertRefused(f, "not a batch".getBytes(), "sync.batch.refused.notBatch");
      assertThat(f.centre.admin().recordCounts()).isEmpty();

      Wire.PushResponse applied = f.centre.sync().importBatchFile(bytes);
      assertThat(applied.results()).extracting(Wire.ItemResult::outcome).containsOnly(Wire.Outcome.ACCEPTED);
      assertThat(f.centre.admin().recordCounts()).isEqualTo(Map.of("elder", 2L));
      assertRefused(f, bytes, "sync.batch.refused.replayed");
      assertThat(f.centre.admin().recordCounts()).isEqualTo(Map.of("elder", 2L));

      // Later online, the laptop learns the answers of the batch it carried: nothing sent twice, nothing stored twice.
      SyncReport online = d.sync();
      assertThat(online.accepted()).isEqualTo(2);
      assertThat(d.waiting()).isZero();
      assertThat(f.centre.admin().recordCounts()).isEqualTo(Map.of("elder", 2L));

      // A file whose records lie in another county is refused whole.
      c.newElder("阿依古丽", f.idNumber(), SyncFixture.SAYBAGH_VILLAGE);
      c.newElder("李建国", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      Path other = dir.resolve("c.ypb");
      try (Workspace ws = c.user()) {
        ws.sync().exportBatch(other);
      }
      assertRefused(f, Files.readAllBytes(other), "sync.batch.refused.otherRegion");
      assertThat(f.centre.admin().recordCounts()).isEqualTo(Map.of("elder", 2L));

      // A file from a device revoked since it was written is refused.
      d.newElder("赵淑珍", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      Path late = dir.resolve("late.ypb");
      try (Workspace ws = d.user()) {
        ws.sync().exportBatch(late);
      }
      f.centre.admin().revoke("test", deviceOf(d));
      assertRefused(f, Files.readAllBytes(late), "sync.centre.deviceRevoked");
      assertThat(f.centre.admin().recordCounts()).isEqualTo(Map.of("elder", 2L));
    }
  }

  private static void assertRefused(SyncFixture f, byte[] file, String code) {
    assertThatThrownBy(() -> f.centre.sync().importBatchFile(file)).isInstanceOfSatisfying(CentreProblem.class,
        p -> {
          assertThat(p.code()).isEqualTo(code);
          assertThat(p.getMessage()).matches(".*[\\u4e00-\\u9fa5].*");
        });
  }

  private static String deviceOf(SyncFixture.Laptop l) {
    try (Workspace ws = l.user()) {
      return ws.session().deviceId();
    }
  }

  private static String lastBatchOf(SyncFixture f, SyncFixture.Laptop l) {
    return f.centre.store().tx(c -> {
      try (var ps = c.prepareStatement("SELECT batch_id FROM centre_batch WHERE device_id = ?")) {
        ps.setString(1, deviceOf(l));
        try (var rs = ps.executeQuery()) {
          rs.next();
          return rs.getString(1);
        }
      }
    });
  }
}

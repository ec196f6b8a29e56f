package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;

/**
 * The same person filed on two laptops (same ID number, two records): the second laptop's file is refused by the
 * centre and queued; a person merges the two from the queue, picking a value where they differ; what was filed
 * under the second file (here a care visit) moves to the surviving file, and every laptop ends with one file.
 */
@Timeout(120)
class DuplicateMergeTest {
  @TempDir Path dir;

  @Test
  void twoFilesOfOnePersonAreMergedFromTheQueue() throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"));
        SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
        SyncFixture.Laptop b = f.laptop("b", SyncFixture.TIANSHAN)) {
      String idNumber = f.idNumber();
      UUID first = a.newElder("王桂英", idNumber, SyncFixture.TIANSHAN_VILLAGE);
      a.setPhone(first, "13900000001");
      UUID visitOfFirst;
      try (Workspace ws = a.user()) {
        visitOfFirst = ws.careVisits().record(first, LocalDate.now().minusDays(1), true, Set.of(), null).id();
      }
      a.sync();

      UUID second = b.newElder("王桂英", idNumber, SyncFixture.TIANSHAN_VILLAGE);
      b.setPhone(second, "13900000002");
      UUID visit;
      try (Workspace ws = b.user()) {
        visit = ws.careVisits().record(second, LocalDate.now(), true, Set.of(), null).id();
      }
      SyncReport refused = b.sync();
      assertThat(refused.conflicts()).isEqualTo(1);
      assertThat(f.centreCount("elder")).isEqualTo(1);

      try (Workspace ws = b.user()) {
        List<SyncConflict> open = ws.sync().conflicts();
        assertThat(open).isNotEmpty().allMatch(SyncConflict::identity);
        SyncConflict c = open.get(0);
        assertThat(searchIds(ws)).containsExactly(second); // the index is loaded, with this laptop's file
        SyncEngine.Duplicate d = ws.sync().duplicate(c);
        assertThat(d.fields()).contains("phone").doesNotContain("id", "updated_at", "id_number");
        assertThat(d.local().get("phone").asText()).isEqualTo("13900000002");
        assertThat(d.centre().get("phone").asText()).isEqualTo("13900000001");

        // Every difference needs a choice.
        assertThatThrownBy(() -> ws.sync().resolve(c.id(), Map.of()))
            .isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("sync.problem.chooseEveryField"));

        Map<String, SyncEngine.Side> choices = new java.util.HashMap<>();
        d.fields().forEach(field -> choices.put(field, SyncEngine.Side.CENTRE));
        choices.put("phone", SyncEngine.Side.LOCAL);
        ws.sync().resolve(c.id(), choices);
        assertThat(ws.sync().conflicts()).isEmpty();
        assertThat(searchIds(ws)).containsExactly(first); // and follows the merge without a reload
        // One file here now, the centre's, with the phone taken from this laptop's.
        assertThat(ws.elders().get(first).phone()).isEqualTo("13900000002");
        assertThatThrownBy(() -> ws.elders().get(second)).isInstanceOf(RuntimeException.class);
      }
      try (Workspace admin = b.admin()) {
        assertThat(admin.audit().page(0, 100)).anySatisfy(e -> {
          assertThat(e.action()).isEqualTo("SYNC_DUPLICATE_MERGED");
          assertThat(e.targetId()).isEqualTo(first.toString());
          assertThat(e.detail()).doesNotContain(idNumber).doesNotContain("13900000002");
        });
      }

      SyncReport merged = b.sync();
      // The file with the phone picked here, and this laptop's visit moved under it; the visit the centre's file
      // already had (pulled before the merge) is not sent back.
      assertThat(merged.sent()).isEqualTo(2);
      assertThat(merged.conflicts()).isZero();
      assertThat(merged.rejected()).isZero();
      assertThat(b.waiting()).isZero();
      assertThat(f.centreCount("elder")).isEqualTo(1);
      assertThat(careVisitParents(f)).isEqualTo(Map.of(visit.toString(), first.toString(),
          visitOfFirst.toString(), first.toString()));

      a.sync();
      assertThat(a.elder(first).phone()).isEqualTo("13900000002");
    }
  }

  private static List<UUID> searchIds(Workspace ws) {
    return ws.elders().index().search(org.yiping.elder.search.SearchQuery.text("wgy", LocalDate.now()), 0, 5)
        .items().stream().map(org.yiping.elder.search.IndexedElder::id).toList();
  }

  /** Care visit id to the elder it belongs to, as the centre holds them. */
  private static Map<String, String> careVisitParents(SyncFixture f) {
    ObjectMapper json = new ObjectMapper();
    return f.centre.store().tx(c -> {
      Map<String, String> out = new java.util.HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT record_id, body FROM centre_record WHERE record_type = "
          + "'care_visit'"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          try {
            out.put(rs.getString(1), json.readTree(rs.getString(2)).get("elder_id").asText());
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return out;
    });
  }
}

package org.yiping.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.UserFacingException;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.protocol.RecordKinds;

/** Two files of one person, made on two laptops and queued as an identity conflict, merged into the centre's. */
final class DuplicateMerge {
  private final Transactions tx;
  private final Session session;
  private final ObjectMapper json;
  private final Clock clock;

  DuplicateMerge(Transactions tx, Session session, ObjectMapper json, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.json = json;
    this.clock = clock;
  }

  /** Columns that are not the person's data: never offered as a choice when two files are merged. */
  private static final Set<String> NOT_CHOSEN = Set.of("id", "created_at", "created_by", "deleted", "updated_at",
      "updated_by", "device_id");

  /**
   * An identity conflict's two files and the fields in which they differ; a person picks each one's value when
   * merging them.
   */
  SyncEngine.Duplicate duplicate(SyncConflict c) {
    ObjectNode local = body(currentLocal(c));
    ObjectNode centre = body(c.centreBody());
    List<String> out = new ArrayList<>();
    for (java.util.Iterator<String> it = centre.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!NOT_CHOSEN.contains(f) && !java.util.Objects.equals(text(local.get(f)), text(centre.get(f)))) {
        out.add(f);
      }
    }
    return new SyncEngine.Duplicate(local, centre, out);
  }

  /** The local file's body now (it may have changed since the conflict was found), else as it was then. */
  private String currentLocal(SyncConflict c) {
    UUID localId = UUID.fromString(body(c.localBody()).path("id").asText(c.recordId().toString()));
    SyncRecordRepository.Row row = tx.read(w -> new SyncRecordRepository(w, json).read(c.recordType(), localId));
    return row == null ? c.localBody() : row.body().toString();
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
  }

  private ObjectNode body(String text) {
    try {
      JsonNode n = text == null ? null : json.readTree(text);
      return n instanceof ObjectNode o ? o : json.createObjectNode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Merges two files of the same person made on two laptops (an identity conflict): the centre's file stays, with
   * the value chosen for each field in which they differ; everything filed under this laptop's file (assessments,
   * results, cases, beds, visits) moves to it and goes to the centre at the next sync; this laptop's file, which the
   * centre never held, is removed. Finalized assessments keep their content hash, so printed codes still verify.
   * One transaction: it happens whole or not at all; audited with ids and field names only.
   */
  /** Merges the two files; returns both ids (the one kept, the one removed) for the search index. */
  Set<UUID> merge(SyncConflict c, Map<String, SyncEngine.Side> choices) {
    if (!c.recordType().equals(RecordKinds.ELDER)) {
      throw new UserFacingException("sync.problem.identityConflict");
    }
    if (c.centreRev() == null) {
      throw new UserFacingException("sync.problem.mergeSyncFirst");
    }
    List<String> fields = duplicate(c).fields();
    if (!choices.keySet().containsAll(fields)) {
      throw new UserFacingException("sync.problem.chooseEveryField", String.join("、", fields.stream()
          .filter(f -> !choices.containsKey(f)).toList()));
    }
    return tx.write(w -> {
      SyncStateRepository st = new SyncStateRepository(w);
      SyncRecordRepository rec = new SyncRecordRepository(w, json);
      ObjectNode centre = body(c.centreBody());
      UUID centreId = UUID.fromString(centre.get("id").asText());
      UUID localId = UUID.fromString(body(c.localBody()).path("id").asText(c.recordId().toString()));
      SyncRecordRepository.Row local = rec.read(RecordKinds.ELDER, localId);
      if (local != null && local.baseRev() != null) {
        throw new UserFacingException("sync.problem.duplicateBothAtCentre");
      }
      ObjectNode merged = centre.deepCopy();
      List<String> fromLocal = new ArrayList<>();
      for (String f : fields) {
        if (choices.get(f) == SyncEngine.Side.LOCAL && local != null) {
          merged.set(f, local.body().get(f));
          fromLocal.add(f);
        }
      }
      Instant at = clock.instant();
      if (local != null) {
        rec.delete(RecordKinds.ELDER, localId); // frees the ID number for the centre's file
      }
      st.dropAll(localId);
      if (!fromLocal.isEmpty()) {
        merged.put("updated_at", at.toString());
        merged.put("updated_by", session.username());
        merged.put("device_id", session.deviceId());
      }
      Map<String, byte[]> bytes = rec.attachmentsOf(RecordKinds.ELDER, centreId);
      if (!rec.write(RecordKinds.ELDER, merged, c.centreRev(), bytes)) {
        throw new UserFacingException("sync.problem.identityConflict");
      }
      Outbox outbox = new Outbox(w);
      if (!fromLocal.isEmpty()) {
        outbox.recordChange(RecordKinds.ELDER, centreId, rec.read(RecordKinds.ELDER, centreId).rev(), false, at);
      }
      int moved = 0;
      for (String type : RecordKinds.types()) {
        if (!"elder_id".equals(RecordKinds.parentColumn(type))) {
          continue;
        }
        if (type.equals("care_assignment") && !rec.children(type, "elder_id", centreId).isEmpty()) {
          // One assignment per person: the centre's file keeps its own; this laptop's never reached the centre.
          for (UUID dropped : rec.children(type, "elder_id", localId)) {
            rec.delete(type, dropped);
            st.dropAll(dropped);
          }
        }
        for (SyncRecordRepository.Moved m : rec.repoint(type, "elder_id", localId, centreId)) {
          outbox.recordChange(type, m.id(), m.rev(), m.deleted(), at);
          moved++;
        }
      }
      for (SyncConflict other : st.conflicts(true)) {
        if (!other.id().equals(c.id()) && other.identity() && other.resolvedAt() == null
            && (other.recordId().equals(localId)
            || other.recordId().equals(centreId))) {
          st.resolved(other.id(), session.username(), "{\"merged\":\"" + localId + "\"}", at);
        }
      }
      try {
        st.resolved(c.id(), session.username(), json.writeValueAsString(choices), at);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      new AuditLog(w).append(at, session.username(), AuditAction.SYNC_DUPLICATE_MERGED, RecordKinds.ELDER,
          centreId.toString(), "merged " + localId + "; " + moved + " records moved; fields from this laptop: "
              + String.join(", ", fromLocal));
      return Set.of(centreId, localId);
    });
  }
}

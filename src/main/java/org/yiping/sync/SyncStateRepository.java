package org.yiping.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.yiping.core.Ids;
import org.yiping.store.Work;

/** The laptop's sync bookkeeping: outbox states, the unanswered batch, the conflict queue and the sync log. */
final class SyncStateRepository {
  private final Work work;

  SyncStateRepository(Work work) {
    this.work = work;
  }

  private <T> T jdbc(SyncRecordRepository.Jdbc<T> body) {
    work.em().flush();
    return work.em().unwrap(Session.class).doReturningWork(c -> body.run(c));
  }

  private static OffsetDateTime at(Instant t) {
    return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  record Pending(String recordType, UUID recordId) {}

  /**
   * Records with changes waiting to go, oldest change first, one row per record; with {@code alsoSent}, also those
   * sent in a batch that has had no answer yet (a batch file being written again with everything unconfirmed).
   */
  List<Pending> pending(int limit, boolean alsoSent) {
    return jdbc(c -> {
      List<Pending> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT record_type, record_id FROM outbox WHERE state "
          + (alsoSent ? "IN ('PENDING', 'SENT')" : "= 'PENDING'") + " GROUP BY record_type, record_id ORDER BY "
          + "MIN(seq) LIMIT ?")) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Pending(rs.getString(1), rs.getObject(2, UUID.class)));
          }
        }
      }
      return out;
    });
  }

  long waiting() {
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT record_id) FROM outbox WHERE state IN "
          + "('PENDING', 'SENT')"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** True if the record has a local change the centre has not accepted (waiting, sent, in conflict or refused). */
  boolean unsettled(UUID recordId) {
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE record_id = ? AND state <> "
          + "'ACCEPTED' LIMIT 1")) {
        ps.setObject(1, recordId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /** Of these records, those with a local change the centre has not accepted. */
  java.util.Set<UUID> unsettled(java.util.Collection<UUID> ids) {
    java.util.Set<UUID> out = new java.util.HashSet<>();
    List<UUID> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 1000) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1000));
      jdbc(c -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT record_id FROM outbox WHERE state <> "
            + "'ACCEPTED' AND record_id = ANY(?)")) {
          ps.setObject(1, chunk.toArray(new UUID[0]));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getObject(1, UUID.class));
            }
          }
        }
        return null;
      });
    }
    return out;
  }

  /** Settles many records at once: each record's changes up to its revision take {@code state}, no reason. */
  void settleAll(Map<UUID, Long> revs, OutboxEntry.State state) {
    if (revs.isEmpty()) {
      return;
    }
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = ?, last_error = NULL WHERE "
          + "record_id = ? AND rev <= ? AND state <> 'ACCEPTED'")) {
        for (Map.Entry<UUID, Long> e : revs.entrySet()) {
          ps.setString(1, state.name());
          ps.setObject(2, e.getKey());
          ps.setLong(3, e.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  /**
   * Deletes outbox rows of these records the centre accepted that no longer tell anything: every accepted row but
   * the newest, which still gives the record's state on the sync screen. The outbox so grows with the records
   * changed, not with every change.
   */
  int pruneSuperseded(java.util.Collection<UUID> records) {
    return jdbc(c -> {
      int n = 0;
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE record_id = ? AND state = 'ACCEPTED' "
          + "AND seq < (SELECT MAX(p.seq) FROM outbox p WHERE p.record_id = ?)")) {
        for (UUID id : records) {
          ps.setObject(1, id);
          ps.setObject(2, id);
          ps.addBatch();
        }
        for (int k : ps.executeBatch()) {
          n += Math.max(k, 0);
        }
      }
      return n;
    });
  }

  /** Deletes accepted rows older than {@code before} of records with nothing else waiting: history, not work. */
  int pruneAccepted(Instant before) {
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox o WHERE o.state = 'ACCEPTED' AND "
          + "o.created_at < ? AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.record_id = o.record_id AND "
          + "p.state <> 'ACCEPTED')")) {
        ps.setObject(1, at(before));
        return ps.executeUpdate();
      }
    });
  }

  void markSent(String batchId, Map<UUID, Long> revs) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 'SENT', batch_id = ?, attempts = "
          + "attempts + 1 WHERE record_id = ? AND state IN ('PENDING', 'SENT') AND rev <= ?")) {
        for (Map.Entry<UUID, Long> e : revs.entrySet()) {
          ps.setString(1, batchId);
          ps.setObject(2, e.getKey());
          ps.setLong(3, e.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  /** Settles the record's changes up to {@code rev}: accepted, in conflict or refused (with the reason). */
  void settle(UUID recordId, long rev, OutboxEntry.State state, String reason) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = ?, last_error = ? WHERE record_id = ? "
          + "AND rev <= ? AND state <> 'ACCEPTED'")) {
        ps.setString(1, state.name());
        ps.setString(2, reason == null ? null : reason.substring(0, Math.min(500, reason.length())));
        ps.setObject(3, recordId);
        ps.setLong(4, rev);
        return ps.executeUpdate();
      }
    });
  }

  /** Puts a refused record's changes back in line ("sync this record now"). */
  int requeue(UUID recordId) {
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 'PENDING', batch_id = NULL, "
          + "last_error = NULL WHERE record_id = ? AND state = 'REJECTED'")) {
        ps.setObject(1, recordId);
        return ps.executeUpdate();
      }
    });
  }

  /** Deletes every outbox row of a record: for a duplicate merged away before the centre ever held it. */
  void dropAll(UUID recordId) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE record_id = ?")) {
        ps.setObject(1, recordId);
        return ps.executeUpdate();
      }
    });
  }

  void dropConflicted(UUID recordId) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE record_id = ? AND state = 'CONFLICT'")) {
        ps.setObject(1, recordId);
        return ps.executeUpdate();
      }
    });
  }

  // ---------------------------------------------------------------- the unanswered batch

  record PendingBatch(String batchId, String via, String payload) {}

  void saveBatch(String batchId, String via, String payload, Instant now) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_pending_batch (batch_id, created_at, via, "
          + "payload) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, batchId);
        ps.setObject(2, at(now));
        ps.setString(3, via);
        ps.setString(4, payload);
        return ps.executeUpdate();
      }
    });
  }

  /** Every batch without an answer, oldest first. */
  List<PendingBatch> batches() {
    return jdbc(c -> {
      List<PendingBatch> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, via, payload FROM sync_pending_batch ORDER BY "
          + "created_at"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new PendingBatch(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
      return out;
    });
  }

  PendingBatch oldestBatch() {
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, via, payload FROM sync_pending_batch ORDER BY "
          + "created_at LIMIT 1"); ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new PendingBatch(rs.getString(1), rs.getString(2), rs.getString(3)) : null;
      }
    });
  }

  void deleteBatch(String batchId) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_pending_batch WHERE batch_id = ?")) {
        ps.setString(1, batchId);
        return ps.executeUpdate();
      }
    });
  }

  // ---------------------------------------------------------------- the conflict queue

  /** Whether the record has a conflict nobody resolved yet. */
  boolean openConflict(UUID recordId) {
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_conflict WHERE record_id = ? AND "
          + "resolved_at IS NULL")) {
        ps.setObject(1, recordId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /** Opens (or refreshes) the record's conflict with both versions. */
  void conflict(String recordType, UUID recordId, Long centreRev, List<String> fields, String reason,
      String localBody, String centreBody, String mergedBody, Instant now) {
    jdbc(c -> {
      UUID open = null;
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sync_conflict WHERE record_id = ? AND "
          + "resolved_at IS NULL")) {
        ps.setObject(1, recordId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            open = rs.getObject(1, UUID.class);
          }
        }
      }
      String sql = open == null
          ? "INSERT INTO sync_conflict (record_type, centre_rev, fields, reason, local_body, centre_body, merged_body, "
              + "detected_at, record_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          : "UPDATE sync_conflict SET record_type = ?, centre_rev = ?, fields = ?, reason = ?, local_body = ?, "
              + "centre_body = ?, merged_body = ?, detected_at = ? WHERE record_id = ? AND id = ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, recordType);
        ps.setObject(2, centreRev);
        ps.setString(3, String.join(",", fields));
        ps.setString(4, reason);
        ps.setString(5, localBody);
        ps.setString(6, centreBody);
        ps.setString(7, mergedBody);
        ps.setObject(8, at(now));
        ps.setObject(9, recordId);
        ps.setObject(10, open == null ? Ids.newId() : open);
        return ps.executeUpdate();
      }
    });
  }

  List<SyncConflict> conflicts(boolean openOnly) {
    return jdbc(c -> {
      List<SyncConflict> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, record_type, record_id, detected_at, centre_rev, "
          + "fields, reason, local_body, centre_body, merged_body, resolved_at, resolved_by FROM sync_conflict"
          + (openOnly ? " WHERE resolved_at IS NULL" : "") + " ORDER BY detected_at"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(conflict(rs));
        }
      }
      return out;
    });
  }

  SyncConflict conflict(UUID id) {
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, record_type, record_id, detected_at, centre_rev, "
          + "fields, reason, local_body, centre_body, merged_body, resolved_at, resolved_by FROM sync_conflict WHERE "
          + "id = ?")) {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? conflict(rs) : null;
        }
      }
    });
  }

  private static SyncConflict conflict(ResultSet rs) throws SQLException {
    String fields = rs.getString("fields");
    long rev = rs.getLong("centre_rev");
    Long centreRev = rs.wasNull() ? null : rev;
    OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
    return new SyncConflict(rs.getObject("id", UUID.class), rs.getString("record_type"),
        rs.getObject("record_id", UUID.class), rs.getObject("detected_at", OffsetDateTime.class).toInstant(),
        centreRev, fields.isEmpty() ? List.of() : List.of(fields.split(",")), rs.getString("reason"),
        rs.getString("local_body"), rs.getString("centre_body"), rs.getString("merged_body"),
        resolved == null ? null : resolved.toInstant(), rs.getString("resolved_by"));
  }

  void resolved(UUID id, String username, String resolution, Instant now) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, "
          + "resolution = ? WHERE id = ?")) {
        ps.setObject(1, at(now));
        ps.setString(2, username);
        ps.setString(3, resolution);
        ps.setObject(4, id);
        return ps.executeUpdate();
      }
    });
  }

  // ---------------------------------------------------------------- per-record state and the log

  List<RecordSyncState> states(int limit) {
    return jdbc(c -> {
      List<RecordSyncState> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT o.record_type, o.record_id, o.state, o.last_error, "
          + "o.created_at FROM outbox o WHERE o.seq = (SELECT MAX(p.seq) FROM outbox p WHERE p.record_id = "
          + "o.record_id) ORDER BY o.seq DESC LIMIT ?")) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new RecordSyncState(rs.getString(1), rs.getObject(2, UUID.class),
                OutboxEntry.State.valueOf(rs.getString(3)), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant()));
          }
        }
      }
      return out;
    });
  }

  void log(Instant now, String username, String via, SyncReport r, String outcome) {
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_log (id, occurred_at, username, via, sent, accepted, "
          + "duplicates, conflicts, rejected, received, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setObject(1, Ids.newId());
        ps.setObject(2, at(now));
        ps.setString(3, username);
        ps.setString(4, via);
        ps.setInt(5, r.sent());
        ps.setInt(6, r.accepted());
        ps.setInt(7, r.duplicates());
        ps.setInt(8, r.conflicts());
        ps.setInt(9, r.rejected());
        ps.setInt(10, r.received());
        ps.setString(11, outcome);
        return ps.executeUpdate();
      }
    });
  }

}

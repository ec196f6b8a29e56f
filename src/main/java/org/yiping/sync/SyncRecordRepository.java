package org.yiping.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.yiping.store.Work;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.RecordKinds;

/**
 * Reads and writes synced records generically, as rows of their tables: a record becomes a flat JSON body of its
 * columns (binary columns as attachment hashes) and a pulled body becomes a row again. One applier for every
 * synced entity, so no feature service needs a hook; it never touches the outbox's own change tracking.
 */
final class SyncRecordRepository {
  // Column names and types per synced table: fixed by this build's migrations, so read once per JVM.
  private static final Map<String, Map<String, String>> COLUMN_TYPES = new ConcurrentHashMap<>();
  private static final java.util.Set<String> LOCAL_COLUMNS = java.util.Set.of("rev", "base_rev");
  private final Work work;
  private final ObjectMapper json;

  SyncRecordRepository(Work work, ObjectMapper json) {
    this.work = work;
    this.json = json;
  }

  @FunctionalInterface
  interface Jdbc<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T jdbc(Jdbc<T> body) {
    work.em().flush();
    return work.em().unwrap(Session.class).doReturningWork(c -> body.run(c));
  }

  private static String table(String recordType) {
    if (!RecordKinds.known(recordType)) {
      throw new IllegalArgumentException("not a synced record type: " + recordType);
    }
    return recordType;
  }

  private Map<String, String> columns(Connection c, String table) throws SQLException {
    Map<String, String> cached = COLUMN_TYPES.get(table);
    if (cached != null) {
      return cached;
    }
    Map<String, String> types = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
        ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        types.put(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT), md.getColumnTypeName(i));
      }
    }
    COLUMN_TYPES.put(table, types);
    return types;
  }

  /** A record as it stands here: its body, local revision and centre base revision. */
  record Row(String recordType, UUID id, long rev, Long baseRev, ObjectNode body, Map<String, byte[]> attachments) {
    String hash() {
      return Bodies.hash(body);
    }
  }

  Row read(String recordType, UUID id) {
    String table = table(recordType);
    return jdbc(c -> {
      Map<String, String> types = columns(c, table);
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          ObjectNode body = json.createObjectNode();
          Map<String, byte[]> attachments = new LinkedHashMap<>();
          for (Map.Entry<String, String> col : types.entrySet()) {
            String name = col.getKey();
            if (LOCAL_COLUMNS.contains(name)) {
              continue;
            }
            readColumn(rs, name, col.getValue(), body, attachments);
          }
          long baseRev = rs.getLong("base_rev");
          boolean noBase = rs.wasNull(); // asked before reading another column: wasNull tells of the last one read
          return new Row(recordType, id, rs.getLong("rev"), noBase ? null : baseRev, body, attachments);
        }
      }
    });
  }

  /** Several records of one type at once (one query per 500 ids); records not here are left out. */
  Map<UUID, Row> readMany(String recordType, java.util.Collection<UUID> ids) {
    String table = table(recordType);
    Map<UUID, Row> out = new java.util.HashMap<>();
    List<UUID> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
      jdbc(c -> {
        Map<String, String> types = columns(c, table);
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ANY(?)")) {
          ps.setObject(1, chunk.toArray(new UUID[0]));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ObjectNode body = json.createObjectNode();
              Map<String, byte[]> attachments = new LinkedHashMap<>();
              for (Map.Entry<String, String> col : types.entrySet()) {
                if (!LOCAL_COLUMNS.contains(col.getKey())) {
                  readColumn(rs, col.getKey(), col.getValue(), body, attachments);
                }
              }
              UUID id = rs.getObject("id", UUID.class);
              long baseRev = rs.getLong("base_rev");
              boolean noBase = rs.wasNull();
              out.put(id, new Row(recordType, id, rs.getLong("rev"), noBase ? null : baseRev, body,
                  attachments));
            }
          }
        }
        return null;
      });
    }
    return out;
  }

  /** Local and base revisions of the records of one type that are here: {rev, baseRev or -1}. */
  Map<UUID, long[]> revisions(String recordType, java.util.Collection<UUID> ids) {
    String table = table(recordType);
    Map<UUID, long[]> out = new java.util.HashMap<>();
    List<UUID> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 1000) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1000));
      jdbc(c -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, rev, base_rev FROM " + table
            + " WHERE id = ANY(?)")) {
          ps.setObject(1, chunk.toArray(new UUID[0]));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              long base = rs.getLong(3);
              out.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.wasNull() ? -1 : base});
            }
          }
        }
        return null;
      });
    }
    return out;
  }

  /**
   * Writes many bodies of one type (pulled records) in JDBC batches; {@code revs} holds the local revisions of those
   * already here. Returns the ids a unique key refused (written nothing for them); the others are written.
   */
  List<UUID> writeMany(String recordType, List<ObjectNode> bodies, List<Long> baseRevs, Map<UUID, long[]> revs,
      Map<String, byte[]> attachmentBytes) {
    String table = table(recordType);
    return jdbc(c -> {
      Map<String, String> types = columns(c, table);
      List<String> names = new ArrayList<>();
      for (String name : types.keySet()) {
        if (!LOCAL_COLUMNS.contains(name)) {
          names.add(name);
        }
      }
      String sql = "MERGE INTO " + table + " (" + String.join(", ", names) + ", rev, base_rev) KEY (id) VALUES ("
          + String.join(", ", java.util.Collections.nCopies(names.size() + 2, "?")) + ")";
      Savepoint sp = c.setSavepoint();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < bodies.size(); i++) {
          bind(ps, names, types, bodies.get(i), baseRevs.get(i), revs, attachmentBytes);
          ps.addBatch();
        }
        ps.executeBatch();
        return List.<UUID>of();
      } catch (SQLException e) {
        if (!"23505".equals(e.getSQLState()) && !(e.getNextException() != null
            && "23505".equals(e.getNextException().getSQLState()))) {
          throw e;
        }
        c.rollback(sp);
      }
      // A unique key refused a row: write them one by one to find which.
      List<UUID> refused = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < bodies.size(); i++) {
          bind(ps, names, types, bodies.get(i), baseRevs.get(i), revs, attachmentBytes);
          Savepoint one = c.setSavepoint();
          try {
            ps.executeUpdate();
          } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
              throw e;
            }
            c.rollback(one);
            refused.add(UUID.fromString(bodies.get(i).get("id").asText()));
          }
        }
      }
      return refused;
    });
  }

  private static void bind(PreparedStatement ps, List<String> names, Map<String, String> types, ObjectNode body,
      Long baseRev, Map<UUID, long[]> revs, Map<String, byte[]> attachmentBytes) throws SQLException {
    int i = 1;
    for (String name : names) {
      ps.setObject(i++, value(body.get(name), types.get(name), attachmentBytes));
    }
    long[] current = revs.get(UUID.fromString(body.get("id").asText()));
    ps.setLong(i++, current == null ? 1 : current[0] + 1);
    ps.setObject(i, baseRev);
  }

  /** Sets the centre revisions of many records of one type (accepted pushes); each local revision goes up by one. */
  void setBaseRevs(String recordType, Map<UUID, Long> baseRevs) {
    if (baseRevs.isEmpty()) {
      return;
    }
    String table = table(recordType);
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET base_rev = ?, rev = rev + 1 WHERE "
          + "id = ?")) {
        for (Map.Entry<UUID, Long> e : baseRevs.entrySet()) {
          ps.setLong(1, e.getValue());
          ps.setObject(2, e.getKey());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  private static void readColumn(ResultSet rs, String name, String type, ObjectNode body,
      Map<String, byte[]> attachments) throws SQLException {
    switch (type) {
      case "UUID" -> {
        Object v = rs.getObject(name);
        put(body, name, v == null ? null : v.toString());
      }
      case "TIMESTAMP WITH TIME ZONE" -> {
        OffsetDateTime t = rs.getObject(name, OffsetDateTime.class);
        put(body, name, t == null ? null : t.toInstant().toString());
      }
      case "DATE" -> {
        LocalDate d = rs.getObject(name, LocalDate.class);
        put(body, name, d == null ? null : d.toString());
      }
      case "BINARY LARGE OBJECT" -> {
        byte[] b = rs.getBytes(name);
        if (b == null) {
          body.putNull(name);
        } else {
          String sha = Bodies.sha256(b);
          attachments.put(sha, b);
          Bodies.attachmentRef(body, name, sha);
        }
      }
      case "BOOLEAN" -> {
        boolean v = rs.getBoolean(name);
        if (rs.wasNull()) {
          body.putNull(name);
        } else {
          body.put(name, v);
        }
      }
      case "INTEGER", "BIGINT", "SMALLINT", "TINYINT" -> {
        long v = rs.getLong(name);
        if (rs.wasNull()) {
          body.putNull(name);
        } else {
          body.put(name, v);
        }
      }
      case "DOUBLE PRECISION", "REAL", "FLOAT" -> {
        double v = rs.getDouble(name);
        if (rs.wasNull()) {
          body.putNull(name);
        } else {
          body.put(name, v);
        }
      }
      default -> put(body, name, rs.getString(name));
    }
  }

  private static void put(ObjectNode body, String name, String value) {
    if (value == null) {
      body.putNull(name);
    } else {
      body.put(name, value);
    }
  }

  /** The attachment hashes whose bytes this store does not hold for the record (none if it does not exist). */
  Map<String, byte[]> attachmentsOf(String recordType, UUID id) {
    Row r = read(recordType, id);
    return r == null ? Map.of() : r.attachments();
  }

  /**
   * Writes {@code body} as the record's row, at centre revision {@code baseRev}. The local revision goes up by one,
   * so a screen holding the old revision is told the record changed instead of writing over it. Returns false
   * (and writes nothing) when a unique key of the table refuses the row, e.g. another file with the same ID number.
   */
  boolean write(String recordType, ObjectNode body, Long baseRev, Map<String, byte[]> attachmentBytes) {
    String table = table(recordType);
    UUID id = UUID.fromString(body.get("id").asText());
    return jdbc(c -> {
      Map<String, String> types = columns(c, table);
      long rev = 0;
      try (PreparedStatement ps = c.prepareStatement("SELECT rev FROM " + table + " WHERE id = ?")) {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            rev = rs.getLong(1);
          }
        }
      }
      List<String> names = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (Map.Entry<String, String> col : types.entrySet()) {
        String name = col.getKey();
        if (LOCAL_COLUMNS.contains(name)) {
          continue;
        }
        names.add(name);
        values.add(value(body.get(name), col.getValue(), attachmentBytes));
      }
      names.add("rev");
      values.add(rev + 1);
      names.add("base_rev");
      values.add(baseRev);
      String sql = "MERGE INTO " + table + " (" + String.join(", ", names) + ") KEY (id) VALUES ("
          + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
      Savepoint sp = c.setSavepoint();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < values.size(); i++) {
          ps.setObject(i + 1, values.get(i));
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        if ("23505".equals(e.getSQLState())) {
          c.rollback(sp);
          return false;
        }
        throw e;
      }
      return true;
    });
  }

  private static Object value(JsonNode v, String type, Map<String, byte[]> attachmentBytes) {
    if (v == null || v.isNull()) {
      return null;
    }
    return switch (type) {
      case "UUID" -> UUID.fromString(v.asText());
      case "TIMESTAMP WITH TIME ZONE" -> OffsetDateTime.ofInstant(Instant.parse(v.asText()), ZoneOffset.UTC);
      case "DATE" -> LocalDate.parse(v.asText());
      case "BINARY LARGE OBJECT" -> {
        String sha = Bodies.attachment(v);
        byte[] b = attachmentBytes.get(sha);
        if (b == null) {
          throw new IllegalStateException("attachment not downloaded: " + sha.substring(0, 12));
        }
        yield b;
      }
      case "BOOLEAN" -> v.asBoolean();
      case "INTEGER", "SMALLINT", "TINYINT" -> v.asInt();
      case "BIGINT" -> v.asLong();
      case "DOUBLE PRECISION", "REAL", "FLOAT" -> v.asDouble();
      default -> v.asText();
    };
  }

  /** The centre revision the local copy stands on; null if it has none or the record is not here. */
  Long baseRev(String recordType, UUID id) {
    String table = table(recordType);
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT base_rev FROM " + table + " WHERE id = ?")) {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          long v = rs.getLong(1);
          return rs.wasNull() ? null : v;
        }
      }
    });
  }

  /** Records the centre revision a record now stands on; the local revision goes up by one (see write). */
  void setBaseRev(String recordType, UUID id, long baseRev) {
    String table = table(recordType);
    jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET base_rev = ?, rev = rev + 1 WHERE "
          + "id = ?")) {
        ps.setLong(1, baseRev);
        ps.setObject(2, id);
        return ps.executeUpdate();
      }
    });
  }

  /** Deletes a record outright: only for one the centre never held (see {@code SyncEngine.mergeDuplicate}). */
  int delete(String recordType, UUID id) {
    String table = table(recordType);
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
        ps.setObject(1, id);
        return ps.executeUpdate();
      }
    });
  }

  /** A record moved to another parent: its id, new local revision and whether it is a tombstone. */
  record Moved(UUID id, long rev, boolean deleted) {}

  /**
   * Moves every record of a type from one parent to another (the local revision goes up); returns those moved,
   * not the ones the new parent already had.
   */
  List<Moved> repoint(String recordType, String parentColumn, UUID from, UUID to) {
    String table = table(recordType);
    return jdbc(c -> {
      List<Moved> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, rev, deleted FROM " + table + " WHERE " + parentColumn
          + " = ?")) {
        ps.setObject(1, from);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Moved(rs.getObject(1, UUID.class), rs.getLong(2) + 1, rs.getBoolean(3)));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + parentColumn + " = ?, rev = rev + 1 "
          + "WHERE " + parentColumn + " = ?")) {
        ps.setObject(1, to);
        ps.setObject(2, from);
        ps.executeUpdate();
      }
      return out;
    });
  }

  /** The ids of the records of a type under a parent. */
  List<UUID> children(String recordType, String parentColumn, UUID parent) {
    String table = table(recordType);
    return jdbc(c -> {
      List<UUID> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE " + parentColumn + " = ?")) {
        ps.setObject(1, parent);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getObject(1, UUID.class));
          }
        }
      }
      return out;
    });
  }

  /** The id of another row holding the same value in a column (e.g. the elder with this ID number), or null. */
  UUID otherWith(String recordType, String column, String value, UUID notId) {
    String table = table(recordType);
    return jdbc(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ? AND "
          + "id <> ?")) {
        ps.setString(1, value);
        ps.setObject(2, notId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getObject(1, UUID.class) : null;
        }
      }
    });
  }
}

package org.yiping.sync;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.yiping.store.Work;

/** The form versions sync installed from the centre, as the centre served them (table {@code installed_form}). */
final class InstalledFormRepository {
  private final Work work;

  InstalledFormRepository(Work work) {
    this.work = work;
  }

  /** One installed version: its key, its content hash and the JSON the centre served. */
  record Installed(String formId, String version, String contentHash, byte[] definition) {}

  /** Keeps a version; a version already kept is left as it is (versions never change). */
  boolean save(String formId, String version, String contentHash, byte[] definition, Instant at, String by) {
    return work.em().unwrap(Session.class).doReturningWork(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM installed_form WHERE form_id = ? AND version = ?")) {
        ps.setString(1, formId);
        ps.setString(2, version);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO installed_form (form_id, version, content_hash, "
          + "definition, installed_at, installed_by) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, formId);
        ps.setString(2, version);
        ps.setString(3, contentHash);
        ps.setString(4, new String(definition, StandardCharsets.UTF_8));
        ps.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        ps.setString(6, by);
        ps.executeUpdate();
      }
      return true;
    });
  }

  List<Installed> all() {
    return work.em().unwrap(Session.class).doReturningWork(c -> {
      List<Installed> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT form_id, version, content_hash, definition FROM "
          + "installed_form ORDER BY form_id, installed_at"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Installed(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4).getBytes(StandardCharsets.UTF_8)));
        }
      }
      return out;
    });
  }
}

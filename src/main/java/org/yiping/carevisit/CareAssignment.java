package org.yiping.carevisit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** Who visits an elder each month; one row per elder, changed in place when the visitor changes. */
@Entity
@Table(name = "care_assignment")
public class CareAssignment extends SyncedRecord {
  public static final String RECORD_TYPE = "care_assignment";

  @Column(name = "elder_id", nullable = false, updatable = false)
  private UUID elderId;

  @Column(nullable = false, length = 64)
  private String visitor;

  protected CareAssignment() {}

  CareAssignment(UUID id, UUID elderId, String visitor) {
    super(id);
    this.elderId = elderId;
    this.visitor = visitor;
  }

  void visitor(String username) {
    this.visitor = username;
  }

  UUID elderId() {
    return elderId;
  }

  String visitor() {
    return visitor;
  }
}

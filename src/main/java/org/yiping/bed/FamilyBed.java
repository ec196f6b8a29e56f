package org.yiping.bed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** A family elder-care bed (家庭养老床位) set up in an elder's home. */
@Entity
@Table(name = "family_bed")
public class FamilyBed extends SyncedRecord {
  public static final String RECORD_TYPE = "family_bed";

  @Column(name = "elder_id", nullable = false, updatable = false)
  private UUID elderId;

  @Column(name = "township_code", length = 12, columnDefinition = "char(12)")
  private String townshipCode;

  @Column(name = "bed_code", nullable = false, length = 40, updatable = false)
  private String bedCode;

  @Column(nullable = false, length = 200)
  private String provider;

  @Column(name = "agreement_from", nullable = false)
  private LocalDate agreementFrom;

  @Column(name = "agreement_to", nullable = false)
  private LocalDate agreementTo;

  @Column(name = "adaptation_case_id")
  private UUID adaptationCaseId;

  @Lob
  @Column(nullable = false)
  private String devices;

  @Column(nullable = false)
  private boolean eligible;

  @Column(name = "eligibility_basis", nullable = false, length = 300)
  private String eligibilityBasis;

  @Column(name = "override_reason", length = 500)
  private String overrideReason;

  @Column(name = "opened_on", nullable = false, updatable = false)
  private LocalDate openedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "close_reason", length = 24)
  private CloseReason closeReason;

  @Column(name = "close_note", length = 500)
  private String closeNote;

  protected FamilyBed() {}

  FamilyBed(UUID id, UUID elderId, String townshipCode, String bedCode, BedSetup setup, String devicesJson,
      boolean eligible, String basis, LocalDate openedOn) {
    super(id);
    this.elderId = elderId;
    this.townshipCode = townshipCode;
    this.bedCode = bedCode;
    this.provider = setup.provider();
    this.agreementFrom = setup.agreementFrom();
    this.agreementTo = setup.agreementTo();
    this.adaptationCaseId = setup.adaptationCaseId();
    this.devices = devicesJson;
    this.eligible = eligible;
    this.eligibilityBasis = basis;
    this.overrideReason = eligible ? null : setup.overrideReason();
    this.openedOn = openedOn;
  }

  void close(LocalDate on, CloseReason reason, String note) {
    this.closedOn = on;
    this.closeReason = reason;
    this.closeNote = note;
  }

  LocalDate openedOn() {
    return openedOn;
  }

  LocalDate closedOn() {
    return closedOn;
  }

  String devicesJson() {
    return devices;
  }

  BedRecord toRecord(java.util.List<Device> deviceList) {
    return new BedRecord(id(), elderId, townshipCode, bedCode, provider, agreementFrom, agreementTo,
        adaptationCaseId, deviceList, eligible,
        java.util.List.of(eligibilityBasis.isEmpty() ? new String[0] : eligibilityBasis.split(";")), overrideReason,
        openedOn, closedOn, closeReason, closeNote);
  }
}

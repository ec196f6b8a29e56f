package org.yiping.bed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.yiping.sync.SyncedRecord;

/** One entry of a family bed's log: a service visit, a monthly check, a device alert or a referral. */
@Entity
@Table(name = "bed_event")
public class BedEvent extends SyncedRecord {
  public static final String RECORD_TYPE = "bed_event";

  @Column(name = "bed_id", nullable = false, updatable = false)
  private UUID bedId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private EventKind kind;

  @Column(name = "happened_on", nullable = false, updatable = false)
  private LocalDate happenedOn;

  @Column(length = 100, updatable = false)
  private String staff;

  @Column(length = 200, updatable = false)
  private String services;

  @Column(updatable = false)
  private Integer minutes;

  @Column(name = "device_serial", length = 64, updatable = false)
  private String deviceSerial;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral_to", length = 24, updatable = false)
  private BedKind referralTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral_status", length = 16)
  private ReferralStatus referralStatus;

  @Column(length = 500)
  private String note;

  protected BedEvent() {}

  BedEvent(UUID id, UUID bedId, EventKind kind, LocalDate on, String staff, String services, Integer minutes,
      String deviceSerial, BedKind referralTo, ReferralStatus referralStatus, String note) {
    super(id);
    this.bedId = bedId;
    this.kind = kind;
    this.happenedOn = on;
    this.staff = staff;
    this.services = services;
    this.minutes = minutes;
    this.deviceSerial = deviceSerial;
    this.referralTo = referralTo;
    this.referralStatus = referralStatus;
    this.note = note;
  }

  void referral(ReferralStatus status, String newNote) {
    this.referralStatus = status;
    if (newNote != null) {
      this.note = newNote;
    }
  }

  UUID bedId() {
    return bedId;
  }

  EventKind kind() {
    return kind;
  }

  ReferralStatus referralStatus() {
    return referralStatus;
  }

  BedEventRecord toRecord() {
    java.util.Set<ServiceKind> kinds = new java.util.TreeSet<>();
    if (services != null && !services.isEmpty()) {
      for (String s : services.split(",")) {
        kinds.add(ServiceKind.valueOf(s));
      }
    }
    return new BedEventRecord(id(), bedId, kind, happenedOn, staff, kinds, minutes, deviceSerial, referralTo,
        referralStatus, note);
  }
}

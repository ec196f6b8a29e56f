package org.yiping.elder;

import static org.yiping.core.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.yiping.core.Sex;
import org.yiping.sync.SyncedRecord;

/** The elder's file in the store. Sets are kept as name lists and contacts as JSON, so one row syncs whole. */
@Entity
@Table(name = "elder")
public class Elder extends SyncedRecord {
  public static final String RECORD_TYPE = "elder";

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "id_number", nullable = false, length = 18, columnDefinition = "char(18)")
  private String idNumber;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Sex sex;

  @Column(length = 32)
  private String ethnicity;

  @Column(length = 8)
  private String religion;

  @Column(length = 32)
  private String phone;

  @Column(length = 300)
  private String address;

  @Column(name = "township_code", length = 12, columnDefinition = "char(12)")
  private String townshipCode;

  @Column(name = "village_code", length = 12, columnDefinition = "char(12)")
  private String villageCode;

  @Column(name = "living_arrangements", nullable = false, length = 300)
  private String livingArrangements = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "marital_status", length = 32)
  private MaritalStatus maritalStatus;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Education education;

  @Column(name = "medical_payments", nullable = false, length = 300)
  private String medicalPayments = "";

  @Column(name = "income_sources", nullable = false, length = 300)
  private String incomeSources = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "economic_status", length = 32)
  private EconomicStatus economicStatus;

  @Column(name = "hardship_flags", nullable = false, length = 300)
  private String hardshipFlags = "";

  @Lob
  @Column(nullable = false)
  private String contacts = "[]";

  @Column(length = 2000)
  private String notes;

  protected Elder() {}

  Elder(UUID id, Instant createdAt) {
    super(id);
    this.createdAt = createdAt;
  }

  /** Copies a validated draft in. Derived values (birth date, sex, township) come from the service. */
  void apply(ValidElder v, String contactsJson) {
    this.name = v.name();
    this.idNumber = v.idNumber().value();
    this.birthDate = v.idNumber().birthDate();
    this.sex = v.idNumber().sex();
    ElderDraft d = v.draft();
    this.ethnicity = blankToNull(d.ethnicity());
    this.religion = blankToNull(d.religion());
    this.phone = v.phone();
    this.address = blankToNull(d.address());
    this.townshipCode = v.townshipCode();
    this.villageCode = v.divisionCode();
    this.livingArrangements = EnumSetText.write(d.livingArrangements());
    this.maritalStatus = d.maritalStatus();
    this.education = d.education();
    this.medicalPayments = EnumSetText.write(d.medicalPayments());
    this.incomeSources = EnumSetText.write(d.incomeSources());
    this.economicStatus = d.economicStatus();
    this.hardshipFlags = EnumSetText.write(v.storedFlags());
    this.contacts = contactsJson;
    this.notes = blankToNull(d.notes());
  }


  String name() {
    return name;
  }

  String idNumber() {
    return idNumber;
  }

  LocalDate birthDate() {
    return birthDate;
  }

  Sex sex() {
    return sex;
  }

  String ethnicity() {
    return ethnicity;
  }

  String religion() {
    return religion;
  }

  String phone() {
    return phone;
  }

  String address() {
    return address;
  }

  String townshipCode() {
    return townshipCode;
  }

  String villageCode() {
    return villageCode;
  }

  String livingArrangementsText() {
    return livingArrangements;
  }

  MaritalStatus maritalStatus() {
    return maritalStatus;
  }

  Education education() {
    return education;
  }

  String medicalPaymentsText() {
    return medicalPayments;
  }

  String incomeSourcesText() {
    return incomeSources;
  }

  EconomicStatus economicStatus() {
    return economicStatus;
  }

  String hardshipFlagsText() {
    return hardshipFlags;
  }

  String contactsJson() {
    return contacts;
  }

  String notes() {
    return notes;
  }

  Instant createdAt() {
    return createdAt;
  }
}

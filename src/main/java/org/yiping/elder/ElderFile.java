package org.yiping.elder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.yiping.core.Sex;

/** One elder's file as screens and reports see it (一人一档). */
public record ElderFile(UUID id, long rev, String name, String idNumber, LocalDate birthDate, Sex sex,
    String ethnicity, String religion, String phone, String address, String townshipCode, String divisionCode,
    String divisionName, Set<LivingArrangement> livingArrangements, MaritalStatus maritalStatus, Education education,
    Set<MedicalPayment> medicalPayments, Set<IncomeSource> incomeSources, EconomicStatus economicStatus,
    Set<HardshipFlag> flags, List<Contact> contacts, String notes, Instant createdAt, Instant updatedAt,
    String updatedBy) {

  public int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate, day).getYears();
  }

  /** The draft that reproduces this file: the editor starts from it. */
  public ElderDraft toDraft() {
    return new ElderDraft(name, idNumber, ethnicity, religion, phone, address, divisionCode, livingArrangements,
        maritalStatus, education, medicalPayments, incomeSources, economicStatus, flags, contacts, notes);
  }
}

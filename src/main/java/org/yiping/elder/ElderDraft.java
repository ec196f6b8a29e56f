package org.yiping.elder;

import java.util.List;
import java.util.Set;

/**
 * What a person types (or a roster row gives) to create or change an elder's file. Birth date and sex are not here:
 * they come from the ID number. {@code divisionCode} is the 12-digit code of the village (or at least the township)
 * where the elder lives.
 */
public record ElderDraft(String name, String idNumber, String ethnicity, String religion, String phone,
    String address, String divisionCode, Set<LivingArrangement> livingArrangements, MaritalStatus maritalStatus,
    Education education, Set<MedicalPayment> medicalPayments, Set<IncomeSource> incomeSources,
    EconomicStatus economicStatus, Set<HardshipFlag> flags, List<Contact> contacts, String notes) {

  public ElderDraft {
    livingArrangements = livingArrangements == null ? Set.of() : Set.copyOf(livingArrangements);
    medicalPayments = medicalPayments == null ? Set.of() : Set.copyOf(medicalPayments);
    incomeSources = incomeSources == null ? Set.of() : Set.copyOf(incomeSources);
    flags = flags == null ? Set.of() : Set.copyOf(flags);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }

  /** This draft with other hardship flags. */
  public ElderDraft withFlags(Set<HardshipFlag> newFlags) {
    return new ElderDraft(name, idNumber, ethnicity, religion, phone, address, divisionCode, livingArrangements,
        maritalStatus, education, medicalPayments, incomeSources, economicStatus, newFlags, contacts, notes);
  }

  /** The minimum a roster gives: name, ID number, where they live; everything else empty. */
  public static ElderDraft minimal(String name, String idNumber, String divisionCode) {
    return new ElderDraft(name, idNumber, null, null, null, null, divisionCode, Set.of(), null, null, Set.of(),
        Set.of(), null, Set.of(), List.of(), null);
  }
}

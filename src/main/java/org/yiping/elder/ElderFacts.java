package org.yiping.elder;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What monthly lists and statistics need of one elder: no ID number, phone, contacts or notes. */
public record ElderFacts(UUID id, String name, String townshipCode, String villageCode, EconomicStatus economicStatus,
    Set<HardshipFlag> flags, LocalDate birthDate) {
  public ElderFacts {
    flags = Set.copyOf(flags);
  }

  public int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate, day).getYears();
  }
}

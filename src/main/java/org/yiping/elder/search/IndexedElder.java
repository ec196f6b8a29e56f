package org.yiping.elder.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.yiping.core.Sex;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;

/**
 * What the search index keeps of one elder: enough to find and list them, nothing more. {@link #toString()} hides
 * the personal data.
 *
 * @param id the elder's identity
 * @param name the name as recorded, e.g. 张秀兰 or 阿依古丽·买买提
 * @param idNumber the 18-character citizen ID number (upper-case X), or null if unknown
 * @param phone the normalised phone number, or null
 * @param townshipCode the 12-digit township code, or null
 * @param villageCode the 12-digit village code, or null
 * @param villageName the village name to show and to match Han characters against, or null
 * @param economicStatus 经济状况, or null when not recorded
 * @param flags the recorded hardship flags; {@link HardshipFlag#ADVANCED_AGE} is derived from the birth date and is
 *     dropped here
 * @param birthDate the birth date (from the ID number), or null
 * @param sex the sex (from the ID number), or null
 */
public record IndexedElder(UUID id, String name, String idNumber, String phone, String townshipCode,
    String villageCode, String villageName, EconomicStatus economicStatus, Set<HardshipFlag> flags,
    LocalDate birthDate, Sex sex) {

  public IndexedElder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    EnumSet<HardshipFlag> f = EnumSet.noneOf(HardshipFlag.class);
    if (flags != null) {
      f.addAll(flags);
    }
    f.remove(HardshipFlag.ADVANCED_AGE);
    flags = Collections.unmodifiableSet(f);
  }

  /** Whether the elder is 80 or older on {@code today} (高龄); false when the birth date is unknown. */
  public boolean isAdvancedAge(LocalDate today) {
    return birthDate != null && !birthDate.plusYears(80).isAfter(today);
  }

  @Override
  public String toString() {
    return "IndexedElder[" + id + "]";
  }
}

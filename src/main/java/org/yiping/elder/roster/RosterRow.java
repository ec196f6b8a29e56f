package org.yiping.elder.roster;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.yiping.core.idcard.IdNumber;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.division.Division;

/**
 * One valid roster row, typed. {@link #toString()} hides the personal data.
 *
 * @param row the spreadsheet row number the user sees (header = 1)
 * @param name the name, blanks at both ends removed
 * @param idNumber the citizen ID number (gives birth date and sex)
 * @param phone the normalised phone number, or null when blank
 * @param ethnicity the 民族 text as written (stripped), or null when blank or absent
 * @param address the 现住址 text, or null
 * @param township the resolved township, or null when the roster gives none
 * @param village the resolved village, or null when the roster gives none
 * @param economicStatus 经济状况, or null when blank or absent
 * @param flags the 是 flags (never {@link HardshipFlag#ADVANCED_AGE}, which is derived)
 * @param notes 备注, or null
 */
public record RosterRow(int row, String name, IdNumber idNumber, String phone, String ethnicity, String address,
    Division township, Division village, EconomicStatus economicStatus, Set<HardshipFlag> flags, String notes) {

  public RosterRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
    EnumSet<HardshipFlag> f = EnumSet.noneOf(HardshipFlag.class);
    if (flags != null) {
      f.addAll(flags);
    }
    flags = Collections.unmodifiableSet(f);
  }

  @Override
  public String toString() {
    return "RosterRow[row " + row + "]";
  }
}

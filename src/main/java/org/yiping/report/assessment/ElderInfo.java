package org.yiping.report.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yiping.core.Sex;
import org.yiping.core.idcard.IdNumber;
import org.yiping.core.idcard.InvalidIdNumberException;

/**
 * The elder as the report's basic-information block prints them (GB/T 42195 annex A.1). Anything unknown is
 * {@code null} and prints as a dash.
 *
 * @param name {@code null} only on a printout from an answers file without {@code elder}
 * @param sex {@code null} if unknown
 * @param idNumber the 18-character citizen ID number, {@code null} if not known
 * @param birthDate {@code null} if unknown
 * @param age the age in full years on the day of the assessment, {@code null} if unknown
 * @param address the address as text (village, street, house)
 * @param details further annex-A facts to print in order, label → value (民族, 婚姻状况, 居住情况, 医疗费用支付方式…)
 */
public record ElderInfo(String name, Sex sex, String idNumber, LocalDate birthDate, Integer age, String address,
    Map<String, String> details) {

  public ElderInfo {
    details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Name and ID number, with sex, birth date and age derived from the number (never typed twice).
   *
   * @param ageOn the day the age is counted on: the assessment's day
   * @throws InvalidIdNumberException if the number is not a valid citizen ID number
   */
  public static ElderInfo fromIdNumber(String name, String idNumber, String address, LocalDate ageOn)
      throws InvalidIdNumberException {
    IdNumber id = IdNumber.parse(idNumber, ageOn);
    return new ElderInfo(name, id.sex(), id.value(), id.birthDate(), id.ageOn(ageOn), address, Map.of());
  }

  /** The same person with more annex-A facts to print. */
  public ElderInfo withDetails(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(details);
    all.putAll(more);
    return new ElderInfo(name, sex, idNumber, birthDate, age, address, all);
  }

  /** The ID number as this copy prints it. */
  String printedIdNumber(IdNumberPrinting printing) {
    return printing.apply(idNumber);
  }
}

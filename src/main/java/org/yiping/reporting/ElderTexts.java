package org.yiping.reporting;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.yiping.elder.ChineseLabelled;
import org.yiping.elder.ElderFile;
import org.yiping.report.ReportText;

/** An elder's file as the printed reports word it: the standard's Chinese labels, the address as one line. */
final class ElderTexts {
  private ElderTexts() {}

  /** The division's full name and the street address, as one line; {@code null} when neither is known. */
  static String address(ElderFile f) {
    String division = f.divisionName() == null ? "" : f.divisionName();
    String street = f.address() == null ? "" : f.address();
    String all = (division + " " + street).strip();
    return all.isEmpty() ? null : all;
  }

  /**
   * The annex-A facts of the file, label → value, in print order.
   *
   * @param all every fact, a dash for the unknown ones (the summary); else only the known ones (the assessment
   *     report, which has less room)
   */
  static Map<String, String> details(ElderFile f, boolean all) {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, all, ReportText.ETHNICITY, f.ethnicity());
    put(m, all, ReportText.PHONE, all ? f.phone() : null);
    put(m, all, ReportText.MARITAL_STATUS, label(f.maritalStatus()));
    put(m, all, ReportText.EDUCATION, label(f.education()));
    put(m, all, ReportText.ECONOMIC_STATUS, label(f.economicStatus()));
    put(m, all, ReportText.LIVING_ARRANGEMENT, labels(f.livingArrangements()));
    put(m, all, ReportText.MEDICAL_PAYMENT, labels(f.medicalPayments()));
    put(m, all, ReportText.INCOME_SOURCE, labels(f.incomeSources()));
    return m;
  }

  private static void put(Map<String, String> m, boolean all, String label, String value) {
    if (all || value != null && !value.isBlank()) {
      m.put(label, value);
    }
  }

  static String label(ChineseLabelled e) {
    return e == null ? null : e.chinese();
  }

  /** In the enum's order, joined with 、; {@code null} for none. */
  static String labels(Collection<? extends ChineseLabelled> set) {
    if (set == null || set.isEmpty()) {
      return null;
    }
    return set.stream().map(ChineseLabelled::chinese).collect(Collectors.joining(ReportText.LIST_SEPARATOR));
  }
}

package org.yiping.report.elder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.yiping.core.Sex;

/**
 * Everything an elder's file summary (一人一档) prints, as plain data. Texts are as printed: the ID number already
 * masked, labels in Chinese.
 *
 * @param elderId the file's id; the verification code points at it
 * @param printedOn the day the summary is made: the age, 高龄 and whether a result has expired are judged on it, so
 *     they are left out of {@link #content()}
 * @param idNumber as printed (masked on every summary)
 * @param address the division's full name and the street address, as one line
 * @param details further facts, label → value, in print order (民族, 联系电话, 婚姻状况 …)
 * @param flags the hardship flags recorded on the file (高龄 is not recorded: see {@code advancedAge})
 * @param advancedAge 80 or older on {@code printedOn}
 * @param results every result from every standard, newest first
 * @param cases home-adaptation cases, one line each; empty prints 暂无
 * @param beds family-bed records, one line each; empty prints 暂无
 */
public record ElderSummaryData(UUID elderId, LocalDate printedOn, String name, Sex sex, String idNumber,
    LocalDate birthDate, String address, Map<String, String> details, List<String> flags, boolean advancedAge,
    List<ContactLine> contacts, List<ResultLine> results, List<String> cases, List<String> beds) {

  /** A contact person or guardian. */
  public record ContactLine(String name, String relation, String phone, boolean guardian) {}

  /**
   * One result.
   *
   * @param standard what decided it: a form's title, or an external document (残疾人证 …)
   * @param result the level or grade as printed (2 级 能力中度受损, 肢体残疾 二级)
   * @param validUntil {@code null} when it does not expire
   * @param decidedBy the assessor's name, or the issuing office
   * @param standing what the store says of it; whether it has expired is judged on the print day
   */
  public record ResultLine(String standard, String result, LocalDate decidedOn, LocalDate validUntil,
      String decidedBy, Standing standing) {
    public ResultLine {
      Objects.requireNonNull(standing, "standing");
    }
  }

  /** Where a result stands in the store. */
  public enum Standing {
    /** A result that holds until {@code validUntil}. */
    HOLDS,
    /** Finalized, waiting for the township office's review. */
    IN_REVIEW,
    /** Replaced by a corrected version. */
    SUPERSEDED
  }

  public ElderSummaryData {
    Objects.requireNonNull(elderId, "elderId");
    Objects.requireNonNull(printedOn, "printedOn");
    details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    flags = flags == null ? List.of() : List.copyOf(flags);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    results = results == null ? List.of() : List.copyOf(results);
    cases = cases == null ? List.of() : List.copyOf(cases);
    beds = beds == null ? List.of() : List.copyOf(beds);
  }

  /** Age in full years on the print day, {@code null} without a birth date. */
  public Integer age() {
    return birthDate == null ? null : java.time.Period.between(birthDate, printedOn).getYears();
  }

  /**
   * What the verification code's hash covers: every value printed, as printed, except what is judged on the print
   * day (age, 高龄, expired or not), so a summary printed last month still matches when nothing in the file changed.
   * Plain maps, lists, strings and booleans, in a fixed order; the caller makes canonical JSON of it.
   */
  public Map<String, Object> content() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "elder-summary-1");
    m.put("elderId", elderId.toString());
    m.put("name", name);
    m.put("sex", sex == null ? null : sex.name());
    m.put("idNumber", idNumber);
    m.put("birthDate", text(birthDate));
    m.put("address", address);
    m.put("details", new LinkedHashMap<>(details));
    m.put("flags", flags);
    List<Object> cs = new ArrayList<>();
    for (ContactLine c : contacts) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", c.name());
      x.put("relation", c.relation());
      x.put("phone", c.phone());
      x.put("guardian", c.guardian());
      cs.add(x);
    }
    m.put("contacts", cs);
    List<Object> rs = new ArrayList<>();
    for (ResultLine r : results) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("standard", r.standard());
      x.put("result", r.result());
      x.put("decidedOn", text(r.decidedOn()));
      x.put("validUntil", text(r.validUntil()));
      x.put("decidedBy", r.decidedBy());
      x.put("standing", r.standing().name());
      rs.add(x);
    }
    m.put("results", rs);
    m.put("cases", cases);
    m.put("beds", beds);
    return m;
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }
}

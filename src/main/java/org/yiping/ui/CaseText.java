package org.yiping.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yiping.core.i18n.Messages;
import org.yiping.core.validation.TextNormalizer;

/**
 * Words and amounts of the case screens (home adaptation, family beds, care visits): the reason codes the services
 * give for eligibility and visit lists, put in words; money kept in fen, shown and typed in yuan.
 */
public final class CaseText {
  private CaseText() {}

  /**
   * One eligibility or visit-list reason in words: {@code economic:TEKUN}, {@code age:84}, {@code level:3},
   * {@code level:gbt42195-2022:2}, {@code flag:DISABLED}, {@code certificate}, {@code missing:economic},
   * {@code missing:need}, {@code missing:disability}. An unknown code is shown as it is.
   */
  public static String reason(Messages m, String code) {
    if (code == null) {
      return "";
    }
    String[] p = code.split(":");
    switch (p[0]) {
      case "economic":
        return m.get("cases.reason.economic", enumText(m, "EconomicStatus", p[1]));
      case "flag":
        return m.get("cases.reason.flag", enumText(m, "HardshipFlag", p[1]));
      case "age":
        return m.get("cases.reason.age", p[1]);
      case "certificate":
        return m.get("cases.reason.certificate");
      case "level":
        return p.length == 2 ? level(m, "CAPABILITY_LEVEL", p[1]) : level(m, p[1], p[2]);
      case "missing":
        String key = "cases.reason.missing." + p[1];
        return m.has(key) ? m.get(key) : code;
      default:
        return code;
    }
  }

  /** Several reasons in words, one sentence. */
  public static String reasons(Messages m, List<String> codes) {
    return codes.stream().map(c -> reason(m, c)).collect(Collectors.joining(m.get("cases.reason.separator")));
  }

  /** A reason as a short tag for a list column: the flag or economic status alone ({@code 独居}, {@code 低保}). */
  public static String tag(Messages m, String code) {
    if (code != null && code.startsWith("flag:")) {
      return enumText(m, "HardshipFlag", code.substring(5));
    }
    if (code != null && code.startsWith("economic:")) {
      return enumText(m, "EconomicStatus", code.substring(9));
    }
    return reason(m, code);
  }

  private static String level(Messages m, String standard, String level) {
    boolean ltc = standard.equals("ltc-2021") || standard.equals("LTC_GRADE");
    String gradeKey = "results.grade." + (ltc ? "LTC_GRADE" : "CAPABILITY_LEVEL") + "." + level;
    String grade = m.has(gradeKey) ? m.get(gradeKey) : level;
    return m.get(ltc ? "cases.reason.ltc" : "cases.reason.capability", grade, level);
  }

  private static String enumText(Messages m, String type, String name) {
    String key = "enum." + type + "." + name;
    return m.has(key) ? m.get(key) : name;
  }

  /**
   * What a person reads for a failure of a case screen: like {@link Ui#describe}, with the eligibility codes of a
   * refused application or bed set-up put in words.
   */
  public static String describe(Throwable error, Messages m) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.yiping.core.UserFacingException u && u.key().endsWith(".problem.notEligible")
          && u.args().length == 1 && u.args()[0] instanceof String codes) {
        return m.get(u.key(), reasons(m, List.of(codes.split(";"))));
      }
    }
    return Ui.describe(error, m);
  }

  /** An amount in fen as people read it: {@code 1,260.00 元}. */
  public static String yuan(Messages m, long fen) {
    return m.get("cases.money", money().format(BigDecimal.valueOf(fen, 2)));
  }

  /** An amount in fen as it is typed back into a field: {@code 80}, {@code 80.50}, {@code 1200.05}. */
  public static String yuanInput(long fen) {
    return fen % 100 == 0 ? Long.toString(fen / 100) : BigDecimal.valueOf(fen, 2).toPlainString();
  }

  /**
   * Yuan typed by a person (full-width digits, blanks and thousands commas allowed, at most two decimals) in fen;
   * null when it is not such an amount or is negative.
   */
  public static Long fen(String typed) {
    if (typed == null) {
      return null;
    }
    String t = TextNormalizer.removeBlanks(TextNormalizer.toHalfWidth(typed)).replace(",", "").replace("，", "")
        .replace("。", ".");
    if (t.endsWith("元")) {
      t = t.substring(0, t.length() - 1);
    }
    if (!t.matches("\\d{1,9}(\\.\\d{0,2})?")) {
      return null;
    }
    return new BigDecimal(t).movePointRight(2).longValueExact();
  }

  /** A whole number typed by a person (full-width digits and blanks allowed); null when it is not one. */
  public static Integer count(String typed) {
    if (typed == null) {
      return null;
    }
    String t = TextNormalizer.removeBlanks(TextNormalizer.toHalfWidth(typed));
    return t.matches("\\d{1,6}") ? Integer.valueOf(t) : null;
  }

  private static DecimalFormat money() {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }
}

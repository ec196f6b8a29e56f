package org.yiping.core.validation;

import java.util.Objects;
import java.util.Optional;
import org.yiping.core.i18n.Messages;

/**
 * A Chinese mobile or landline number in one normalised form.
 *
 * <ul>
 *   <li>Mobile: {@code 1[3-9]} and 9 more digits; a {@code +86}/{@code 86}/{@code 0086} prefix, blanks, dashes,
 *       dots and parentheses are dropped. Normalised to 11 digits, e.g. {@code 13912345678}.</li>
 *   <li>Landline: {@code 0}, an area code, then a 7–8 digit local number not starting with 0. Area codes
 *       {@code 010} and {@code 020}–{@code 029} have 3 digits, all others 4 (Xinjiang's start with {@code 09}, e.g.
 *       {@code 0991} Urumqi). Normalised to {@code 0991-1234567}.</li>
 * </ul>
 *
 * {@link #toString()} masks the number: phones are personal data.
 */
public record PhoneNumber(String value, Kind kind) {
  public enum Kind { MOBILE, LANDLINE }

  /** What is wrong with a phone number; the user text is {@code phone.problem.<NAME>}. */
  public enum Problem {
    /** Nothing typed. */
    EMPTY,
    /** Letters or other characters that no phone number has. */
    CHARACTERS,
    /** Starts with 1 but is not 11 digits. */
    MOBILE_LENGTH,
    /** 11 digits starting with 1, but the second digit is not 3–9. */
    MOBILE_PREFIX,
    /** A local number without area code (7–8 digits). */
    LANDLINE_AREA_CODE,
    /** Starts with 0 but the local part is not 7–8 digits or starts with 0. */
    LANDLINE_FORMAT;

    public String messageKey() {
      return "phone.problem." + name();
    }
  }

  /** Thrown by {@link #parse}; the message names the problem only, never the number. */
  public static final class InvalidPhoneNumberException extends Exception {
    private final Problem problem;

    public InvalidPhoneNumberException(Problem problem) {
      super("invalid phone number: " + problem);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }

    /** The sentence telling the user what to fix. */
    public String message(Messages messages) {
      return messages.get(problem.messageKey());
    }
  }

  public PhoneNumber {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
  }

  /** Parses and normalises {@code raw}. */
  public static PhoneNumber parse(String raw) throws InvalidPhoneNumberException {
    if (TextNormalizer.isBlank(raw)) {
      throw new InvalidPhoneNumberException(Problem.EMPTY);
    }
    String s = TextNormalizer.toHalfWidth(raw);
    StringBuilder digits = new StringBuilder(s.length());
    boolean plus = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0 && !plus) {
        plus = true;
      } else if (!(TextNormalizer.isBlank(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012'
          || c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '.' || c == '(' || c == ')')) {
        throw new InvalidPhoneNumberException(Problem.CHARACTERS);
      }
    }
    String d = digits.toString();
    if (d.isEmpty()) {
      throw new InvalidPhoneNumberException(Problem.CHARACTERS);
    }
    // Country code: +86, 0086, or 86 in front of an otherwise too long mobile number.
    if (plus) {
      if (!d.startsWith("86")) {
        throw new InvalidPhoneNumberException(Problem.CHARACTERS);
      }
      d = d.substring(2);
      if (!d.isEmpty() && d.charAt(0) != '1' && d.charAt(0) != '0') {
        d = "0" + d; // +86 991 1234567: the trunk 0 is dropped after a country code
      }
    } else if (d.startsWith("0086")) {
      d = d.substring(4);
      if (!d.isEmpty() && d.charAt(0) != '1' && d.charAt(0) != '0') {
        d = "0" + d;
      }
    } else if (d.length() == 13 && d.startsWith("861")) {
      d = d.substring(2);
    }
    if (d.isEmpty()) {
      throw new InvalidPhoneNumberException(Problem.CHARACTERS);
    }
    char first = d.charAt(0);
    if (first == '1') {
      if (d.length() != 11) {
        throw new InvalidPhoneNumberException(Problem.MOBILE_LENGTH);
      }
      if (d.charAt(1) < '3') {
        throw new InvalidPhoneNumberException(Problem.MOBILE_PREFIX);
      }
      return new PhoneNumber(d, Kind.MOBILE);
    }
    if (first == '0') {
      if (d.length() < 2) {
        throw new InvalidPhoneNumberException(Problem.LANDLINE_FORMAT);
      }
      int areaLength = d.charAt(1) == '1' || d.charAt(1) == '2' ? 3 : 4;
      String local = d.length() > areaLength ? d.substring(areaLength) : "";
      if (d.charAt(1) == '0' || local.length() < 7 || local.length() > 8 || local.charAt(0) == '0') {
        throw new InvalidPhoneNumberException(Problem.LANDLINE_FORMAT);
      }
      return new PhoneNumber(d.substring(0, areaLength) + "-" + local, Kind.LANDLINE);
    }
    if (d.length() == 7 || d.length() == 8) {
      throw new InvalidPhoneNumberException(Problem.LANDLINE_AREA_CODE);
    }
    throw new InvalidPhoneNumberException(Problem.LANDLINE_FORMAT);
  }

  /** The normalised form of {@code raw}, or empty when it is not a valid number. */
  public static Optional<String> normalize(String raw) {
    try {
      return Optional.of(parse(raw).value());
    } catch (InvalidPhoneNumberException e) {
      return Optional.empty();
    }
  }

  /** The landline area code ({@code 0991}), or empty for a mobile number. */
  public Optional<String> areaCode() {
    return kind == Kind.LANDLINE ? Optional.of(value.substring(0, value.indexOf('-'))) : Optional.empty();
  }

  /** Whether this is a landline with a Xinjiang area code (09xx). */
  public boolean isXinjiangLandline() {
    return kind == Kind.LANDLINE && value.startsWith("09");
  }

  /** Only digits, e.g. {@code 09911234567}: what search matches typed digits against. */
  public String digits() {
    return value.replace("-", "");
  }

  /** The number with the middle hidden, e.g. {@code 139****5678}. */
  public String masked() {
    String d = digits();
    return d.substring(0, 3) + "****" + d.substring(d.length() - 4);
  }

  @Override
  public String toString() {
    return "PhoneNumber[" + masked() + "]";
  }
}

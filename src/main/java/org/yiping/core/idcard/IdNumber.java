package org.yiping.core.idcard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.yiping.core.Sex;
import org.yiping.core.validation.TextNormalizer;
import org.yiping.core.idcard.InvalidIdNumberException.Problem;

/**
 * A valid 18-character citizen ID number (公民身份号码, GB 11643-1999) with the birth date and sex it encodes.
 * Obtain one through {@link #parse(String, LocalDate)}; the canonical constructor only checks that the three parts
 * agree, so a record read back from storage cannot carry a contradiction.
 *
 * <p>{@link #toString()} masks the number: an ID number is personal data and must not reach a log by accident.
 */
public record IdNumber(String value, LocalDate birthDate, Sex sex) {
  /** Earliest birth date accepted: nobody alive was born before it. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1890, 1, 1);

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  public IdNumber {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    if (value.length() != 18 || checkChar(value) != value.charAt(17)
        || !birthDate.equals(birthDateOf(value)) || sex != sexOf(value)) {
      throw new IllegalArgumentException("inconsistent IdNumber");
    }
  }

  /**
   * Parses what a user typed or a roster holds. Blanks anywhere are dropped, full-width digits and Ｘ become
   * half-width, a lower-case x becomes X. The birth date must be a real date, not before 1890 and not after
   * {@code today}.
   *
   * @throws InvalidIdNumberException naming the first problem found, in the order of {@link Problem}
   */
  public static IdNumber parse(String raw, LocalDate today) throws InvalidIdNumberException {
    Objects.requireNonNull(today, "today");
    String s = normalize(raw);
    if (s.isEmpty()) {
      throw new InvalidIdNumberException(Problem.EMPTY, 0);
    }
    if (s.length() != 18) {
      throw new InvalidIdNumberException(Problem.LENGTH, s.length());
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        throw new InvalidIdNumberException(Problem.CHARACTERS, 18);
      }
    }
    char last = s.charAt(17);
    if (!isAsciiDigit(last) && last != 'X') {
      throw new InvalidIdNumberException(Problem.CHARACTERS, 18);
    }
    LocalDate birth = birthDateOf(s);
    if (birth == null || birth.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new InvalidIdNumberException(Problem.BIRTH_DATE, 18);
    }
    if (birth.isAfter(today)) {
      throw new InvalidIdNumberException(Problem.FUTURE_BIRTH_DATE, 18);
    }
    if (checkChar(s) != last) {
      throw new InvalidIdNumberException(Problem.CHECK_DIGIT, 18);
    }
    return new IdNumber(s, birth, sexOf(s));
  }

  /** Whether {@code raw} parses; convenience for filters and form validation. */
  public static boolean isValid(String raw, LocalDate today) {
    try {
      parse(raw, today);
      return true;
    } catch (InvalidIdNumberException e) {
      return false;
    }
  }

  /**
   * The clean-up {@link #parse} applies before checking: blanks removed, full-width forms made half-width, x made
   * upper-case. Never null.
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    String s = TextNormalizer.removeBlanks(TextNormalizer.toHalfWidth(raw));
    return s.indexOf('x') >= 0 ? s.replace('x', 'X') : s;
  }

  /**
   * The check character for the first 17 digits of {@code s} (ISO 7064 MOD 11-2): {@code "10X98765432"[Σ aᵢ·Wᵢ
   * mod 11]}.
   */
  public static char checkChar(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /** The full age in years on {@code date}. */
  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** The 6-digit address code (positions 1–6, GB/T 2260 county of first registration). */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The number with all but the first 4 and last 4 characters hidden, e.g. {@code 6501**********123X}. */
  public String masked() {
    return value.substring(0, 4) + "**********" + value.substring(14);
  }

  /** Whether the number ends with {@code tail} (case-insensitive for X), as when a user types the last digits. */
  public boolean endsWith(String tail) {
    String t = normalize(tail);
    return !t.isEmpty() && value.endsWith(t);
  }

  @Override
  public String toString() {
    return "IdNumber[" + masked() + "]";
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static LocalDate birthDateOf(String s) {
    int y = Integer.parseInt(s, 6, 10, 10);
    int m = Integer.parseInt(s, 10, 12, 10);
    int d = Integer.parseInt(s, 12, 14, 10);
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Sex sexOf(String s) {
    return (s.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }
}

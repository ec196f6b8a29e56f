package org.yiping.security;

import java.util.Locale;
import java.util.Set;
import org.yiping.core.UserFacingException;

/**
 * The strength rule: at least 8 characters, with letters and digits, not containing the user name, not one of the
 * passwords every guesser tries first. Long enough to resist guessing on a stolen laptop (the key derivation makes
 * each guess expensive), short enough that an assessor can type it in a village with cold hands.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;
  private static final Set<String> COMMON = Set.of("password1", "password123", "12345678a", "a12345678",
      "qwerty123", "abc12345", "abcd1234", "1234abcd", "admin123", "admin1234", "passw0rd", "iloveyou1",
      "1qaz2wsx", "qwer1234", "woaini1314", "aa123456", "a123456789", "zxcvbnm123", "yiping123");

  private PasswordPolicy() {}

  /** Throws a user-facing error naming the first rule {@code password} breaks. */
  public static void check(String username, char[] password) {
    String p = new String(password);
    if (p.length() < MIN_LENGTH) {
      throw new UserFacingException("password.problem.short", MIN_LENGTH);
    }
    if (p.chars().noneMatch(Character::isLetter) || p.chars().noneMatch(Character::isDigit)) {
      throw new UserFacingException("password.problem.mix");
    }
    String lower = p.toLowerCase(Locale.ROOT);
    if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw new UserFacingException("password.problem.username");
    }
    if (COMMON.contains(lower) || p.chars().distinct().count() < 4) {
      throw new UserFacingException("password.problem.common");
    }
  }
}

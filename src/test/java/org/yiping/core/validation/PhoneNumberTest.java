package org.yiping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiping.core.i18n.Messages;
import org.yiping.core.validation.PhoneNumber.InvalidPhoneNumberException;
import org.yiping.core.validation.PhoneNumber.Kind;
import org.yiping.core.validation.PhoneNumber.Problem;

class PhoneNumberTest {
  private static Problem problemOf(String raw) {
    try {
      PhoneNumber.parse(raw);
    } catch (InvalidPhoneNumberException e) {
      return e.problem();
    }
    throw new AssertionError("expected a problem");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "13912345678|13912345678|MOBILE",
      "139 1234 5678|13912345678|MOBILE",
      "139-1234-5678|13912345678|MOBILE",
      "+86 139 1234 5678|13912345678|MOBILE",
      "+8613912345678|13912345678|MOBILE",
      "8613912345678|13912345678|MOBILE",
      "008613912345678|13912345678|MOBILE",
      "１３９１２３４５６７８|13912345678|MOBILE",
      "0991-1234567|0991-1234567|LANDLINE",
      "0991 12345678|0991-12345678|LANDLINE",
      "(0998)2345678|0998-2345678|LANDLINE",
      "（0998）2345678|0998-2345678|LANDLINE",
      "09912345678|0991-2345678|LANDLINE",
      "010-62345678|010-62345678|LANDLINE",
      "+86 991 1234567|0991-1234567|LANDLINE"})
  void valid(String raw, String normalised, Kind kind) throws Exception {
    PhoneNumber p = PhoneNumber.parse(raw);
    assertThat(p.value()).isEqualTo(normalised);
    assertThat(p.kind()).isEqualTo(kind);
  }

  @Test
  void problems() {
    assertThat(problemOf(null)).isEqualTo(Problem.EMPTY);
    assertThat(problemOf(" ")).isEqualTo(Problem.EMPTY);
    assertThat(problemOf("139abc45678")).isEqualTo(Problem.CHARACTERS);
    assertThat(problemOf("1391234567")).isEqualTo(Problem.MOBILE_LENGTH);
    assertThat(problemOf("139123456789")).isEqualTo(Problem.MOBILE_LENGTH);
    assertThat(problemOf("12912345678")).isEqualTo(Problem.MOBILE_PREFIX);
    assertThat(problemOf("2345678")).isEqualTo(Problem.LANDLINE_AREA_CODE);
    assertThat(problemOf("0991-123456")).isEqualTo(Problem.LANDLINE_FORMAT);
    assertThat(problemOf("0991-0234567")).isEqualTo(Problem.LANDLINE_FORMAT);
    assertThat(problemOf("00991234567")).isEqualTo(Problem.LANDLINE_FORMAT);
    assertThat(problemOf("+1 415 555 0100")).isEqualTo(Problem.CHARACTERS);
  }

  @Test
  void helpers() throws Exception {
    PhoneNumber land = PhoneNumber.parse("0991-1234567");
    assertThat(land.areaCode()).contains("0991");
    assertThat(land.isXinjiangLandline()).isTrue();
    assertThat(land.digits()).isEqualTo("09911234567");
    PhoneNumber mobile = PhoneNumber.parse("13912345678");
    assertThat(mobile.areaCode()).isEmpty();
    assertThat(mobile.masked()).isEqualTo("139****5678");
    assertThat(mobile.toString()).doesNotContain("1234");
    assertThat(PhoneNumber.normalize("139 1234 5678")).contains("13912345678");
    assertThat(PhoneNumber.normalize("nope")).isEmpty();
  }

  @Test
  void messages() {
    for (Problem p : Problem.values()) {
      assertThat(new InvalidPhoneNumberException(p).message(Messages.chinese())).doesNotStartWith("!");
      assertThat(new InvalidPhoneNumberException(p).message(new Messages(Locale.ENGLISH))).doesNotStartWith("!");
    }
  }
}

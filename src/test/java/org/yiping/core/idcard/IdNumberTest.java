package org.yiping.core.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiping.core.Sex;
import org.yiping.core.i18n.Messages;
import org.yiping.core.idcard.InvalidIdNumberException.Problem;

class IdNumberTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private static Problem problemOf(String raw) {
    try {
      IdNumber.parse(raw, TODAY);
    } catch (InvalidIdNumberException e) {
      return e.problem();
    }
    throw new AssertionError("expected a problem");
  }

  @ParameterizedTest
  @CsvSource({
      "11010519491231002X, 1949-12-31, FEMALE",
      "440524188001010014, 1880-01-01, MALE",
      "34052419800101001X, 1980-01-01, MALE",
      "650102195003071237, 1950-03-07, MALE"})
  void researchVectorsParse(String raw, LocalDate birth, Sex sex) throws Exception {
    // 440524188001010014 is a valid check digit but 1880 lies before the 1890 floor: see below.
    if (birth.getYear() < 1890) {
      assertThat(problemOf(raw)).isEqualTo(Problem.BIRTH_DATE);
      assertThat(IdNumber.checkChar(raw)).isEqualTo(raw.charAt(17));
      return;
    }
    IdNumber id = IdNumber.parse(raw, TODAY);
    assertThat(id.value()).isEqualTo(raw);
    assertThat(id.birthDate()).isEqualTo(birth);
    assertThat(id.sex()).isEqualTo(sex);
  }

  @Test
  void wrongCheckDigit() {
    assertThat(problemOf("110105194912310021")).isEqualTo(Problem.CHECK_DIGIT);
    assertThat(problemOf("650102195003071238")).isEqualTo(Problem.CHECK_DIGIT);
  }

  @Test
  void lowerCaseXAndFullWidthAndBlanksAreNormalised() throws Exception {
    assertThat(IdNumber.parse("11010519491231002x", TODAY).value()).isEqualTo("11010519491231002X");
    assertThat(IdNumber.parse(" １１０１０５１９４９１２３１００２Ｘ　", TODAY).value())
        .isEqualTo("11010519491231002X");
    assertThat(IdNumber.parse("110105 19491231 002x", TODAY).value()).isEqualTo("11010519491231002X");
  }

  @Test
  void eachProblemKind() {
    assertThat(problemOf(null)).isEqualTo(Problem.EMPTY);
    assertThat(problemOf("  ")).isEqualTo(Problem.EMPTY);
    assertThat(problemOf("65010219500307123")).isEqualTo(Problem.LENGTH);
    assertThat(problemOf("6501021950030712377")).isEqualTo(Problem.LENGTH);
    assertThat(problemOf("65010219500307123A")).isEqualTo(Problem.CHARACTERS);
    assertThat(problemOf("6501021950O307123X")).isEqualTo(Problem.CHARACTERS);
    assertThat(problemOf("650102195013071237")).isEqualTo(Problem.BIRTH_DATE);
    assertThat(problemOf("650102188912311234")).isEqualTo(Problem.BIRTH_DATE);
    assertThat(problemOf("650102202501010019")).isEqualTo(Problem.CHECK_DIGIT);
    assertThat(problemOf("650102203001010018")).isEqualTo(Problem.FUTURE_BIRTH_DATE);
  }

  @Test
  void leapDays() throws Exception {
    assertThat(problemOf("650102190002290018")).isEqualTo(Problem.BIRTH_DATE); // 1900 is not a leap year
    assertThat(IdNumber.parse("650102190002280018", TODAY).birthDate()).isEqualTo(LocalDate.of(1900, 2, 28));
    IdNumber leap = IdNumber.parse("650102200002290028", TODAY);
    assertThat(leap.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(leap.sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void futureBirthDate() throws Exception {
    // 2025-01-01 is valid on 2025-06-01 but in the future on 2024-12-31.
    assertThat(IdNumber.parse("650102202501010018", TODAY).birthDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThatThrownBy(() -> IdNumber.parse("650102202501010018", LocalDate.of(2024, 12, 31)))
        .isInstanceOfSatisfying(InvalidIdNumberException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.FUTURE_BIRTH_DATE));
  }

  @Test
  void ageMaskAndTail() throws Exception {
    IdNumber id = IdNumber.parse("650102194501010037", TODAY);
    assertThat(id.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(79);
    assertThat(id.ageOn(LocalDate.of(2025, 1, 1))).isEqualTo(80);
    assertThat(id.masked()).isEqualTo("6501**********0037");
    assertThat(id.toString()).doesNotContain("19450101");
    assertThat(id.endsWith("0037")).isTrue();
    assertThat(id.endsWith("0036")).isFalse();
    assertThat(IdNumber.parse("11010519491231002X", TODAY).endsWith("002x")).isTrue();
    assertThat(id.addressCode()).isEqualTo("650102");
  }

  @Test
  void canonicalConstructorRejectsContradictions() {
    assertThatThrownBy(() -> new IdNumber("650102194501010037", LocalDate.of(1945, 1, 2), Sex.MALE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdNumber("650102194501010037", LocalDate.of(1945, 1, 1), Sex.FEMALE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void messagesInBothLanguages() {
    InvalidIdNumberException e = new InvalidIdNumberException(Problem.LENGTH, 17);
    assertThat(e.message(Messages.chinese())).isEqualTo("公民身份号码应为18位，当前为17位");
    assertThat(e.message(new Messages(Locale.ENGLISH))).contains("18").contains("17");
    for (Problem p : Problem.values()) {
      String zh = new InvalidIdNumberException(p, 5).message(Messages.chinese());
      String en = new InvalidIdNumberException(p, 5).message(new Messages(Locale.ENGLISH));
      assertThat(zh).doesNotStartWith("!").isNotEqualTo(en);
      assertThat(en).doesNotStartWith("!");
    }
    assertThat(e.getMessage()).contains("LENGTH");
  }
}

package org.yiping.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiping.core.i18n.Messages;

/** The verification code's text format: written, read back, checked against a record. */
class VerificationCodeTest {
  private static final UUID ID = UUID.fromString("01932c4e-7a10-7b2c-9d3e-0123456789ab");
  private static final String HASH = "3fa9c01b22d47e65aa00bb11cc22dd33ee44ff5566778899aabbccddeeff0011";
  private static final String TEXT = "YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E65";

  @Test
  void formatIsPrefixKindIdAndSixteenHexDigitsOfTheHash() {
    VerificationCode c = VerificationCode.of(ReportKind.ASSESSMENT, ID, HASH);
    assertThat(c.text()).isEqualTo(TEXT);
    assertThat(VerificationCode.of(ReportKind.ASSESSMENT, ID, "sha256:" + HASH)).isEqualTo(c);
    assertThat(VerificationCode.of(ReportKind.ANSWERS_FILE, ID, HASH).text()).startsWith("YP1.ANS.");
    // Only characters of the QR code's alphanumeric mode.
    assertThat(c.text()).matches("[0-9A-Z.\\-]+");
  }

  @Test
  void readsWhatItWritesAndForgivesCaseAndSpaces() {
    assertThat(VerificationCode.parse(TEXT)).isEqualTo(VerificationCode.of(ReportKind.ASSESSMENT, ID, HASH));
    assertThat(VerificationCode.parse("  yp1.asm.01932c4e-7a10-7b2c-9d3e-0123456789ab.3fa9c01b 22d47e65\n").text())
        .isEqualTo(TEXT);
    assertThat(VerificationCode.parse("YP1。ASM。01932C4E-7A10-7B2C-9D3E-0123456789AB。3FA9C01B22D47E65").text())
        .isEqualTo(TEXT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "empty||report.verify.empty",
    "not Yiping|XX1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E65|report.verify.prefix",
    "cut off|YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB|report.verify.parts",
    "extra dot|YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B.22D47E65|report.verify.parts",
    "unknown kind|YP1.XYZ.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E65|report.verify.kind",
    "bad id|YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789A.3FA9C01B22D47E65|report.verify.id",
    "O for 0 in the id|YP1.ASM.O1932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E65|report.verify.id",
    "short hash|YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E6|report.verify.hash",
    "not hex|YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E6G|report.verify.hash"})
  void malformedCodesSayWhatIsWrongInBothLanguages(String name, String text, String key) {
    assertThatThrownBy(() -> VerificationCode.parse(text))
        .isInstanceOfSatisfying(InvalidVerificationCodeException.class, e -> {
          assertThat(e.key()).isEqualTo(key);
          assertThat(e.render(Messages.chinese())).doesNotStartWith("!");
          assertThat(e.render(new Messages(java.util.Locale.ENGLISH))).doesNotStartWith("!");
        });
  }

  @Test
  void matchesOnlyTheRecordAndContentItWasPrintedFrom() {
    assertThat(VerificationCode.matches(TEXT, ReportKind.ASSESSMENT, ID, HASH)).isTrue();
    assertThat(VerificationCode.matches(TEXT.toLowerCase(), ReportKind.ASSESSMENT, ID, "sha256:" + HASH)).isTrue();
    String changed = "4" + HASH.substring(1);
    assertThat(VerificationCode.matches(TEXT, ReportKind.ASSESSMENT, ID, changed)).isFalse();
    assertThat(VerificationCode.matches(TEXT, ReportKind.ASSESSMENT, UUID.randomUUID(), HASH)).isFalse();
    assertThat(VerificationCode.matches(TEXT, ReportKind.ANSWERS_FILE, ID, HASH)).isFalse();
    assertThat(VerificationCode.matches("not a code", ReportKind.ASSESSMENT, ID, HASH)).isFalse();
    assertThat(VerificationCode.matches(TEXT, ReportKind.ASSESSMENT, ID, null)).isFalse();
    assertThat(VerificationCode.matches(TEXT, ReportKind.ASSESSMENT, ID, "not hex")).isFalse();
  }

  @Test
  void aContentHashMustBeHex() {
    assertThatThrownBy(() -> VerificationCode.of(ReportKind.ASSESSMENT, ID, "short"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VerificationCode.of(ReportKind.ASSESSMENT, ID, "z".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contentWithoutARecordGetsAStableIdFromItsHash() {
    assertThat(VerificationCode.contentId("sha256:" + HASH)).isEqualTo(VerificationCode.contentId(HASH));
    assertThat(VerificationCode.contentId(HASH)).isNotEqualTo(VerificationCode.contentId("4" + HASH.substring(1)));
  }
}

package org.yiping.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiping.core.i18n.Messages;

/** The bundled faces: rare name characters are there, missing ones are named, never dropped. */
class ReportFontsTest {
  /** CJK Extension B, the first character: not in Noto Sans SC (checked below, not assumed). */
  static final String MISSING = new String(Character.toChars(0x20000));

  @Test
  void rareNameCharactersArePrintableInBothFaces() {
    ReportFonts fonts = ReportFonts.bundled();
    for (int cp : "喆堃镕玥颐评第页共".codePoints().toArray()) {
      assertThat(fonts.regular().charExists(cp)).as("U+%04X", cp).isTrue();
      assertThat(fonts.bold().charExists(cp)).as("U+%04X", cp).isTrue();
    }
    assertThat(fonts.missingCharacters("张喆 王堃 李镕 赵玥\n")).isEmpty();
  }

  @Test
  void extensionBCharacterIsReallyMissingAndCountedOnceAsOneCodePoint() {
    ReportFonts fonts = ReportFonts.bundled();
    assertThat(MISSING).hasSize(2); // a surrogate pair
    assertThat(fonts.regular().charExists(0x20000)).isFalse();
    assertThat(fonts.missingCharacters("张" + MISSING + "三" + MISSING)).containsExactly(0x20000);
    assertThat(fonts.missingCharacters("张\uD840")).containsExactly(0xD840); // a lone surrogate is no character
  }

  @Test
  void sharedAcrossCallers() {
    assertThat(ReportFonts.bundled()).isSameAs(ReportFonts.bundled());
  }

  @Test
  void refusalNamesTheFieldAndTheCharacters() {
    assertThatThrownBy(() -> ReportFonts.bundled().requirePrintable("姓名", "张" + MISSING))
        .isInstanceOfSatisfying(UnprintableTextException.class, e -> {
          assertThat(e.field()).isEqualTo("姓名");
          assertThat(e.codePoints()).isEqualTo(List.of(0x20000));
          String text = e.render(Messages.chinese());
          assertThat(text).contains("姓名").contains(MISSING).contains("U+20000").doesNotContain("!");
          assertThat(e.toString()).doesNotContain(MISSING);
        });
  }
}

package org.yiping.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.yiping.adaptation.AdaptationStep;
import org.yiping.adaptation.CaseState;
import org.yiping.adaptation.Payer;
import org.yiping.bed.BedKind;
import org.yiping.bed.CloseReason;
import org.yiping.bed.DeviceType;
import org.yiping.bed.EventKind;
import org.yiping.bed.ReferralStatus;
import org.yiping.bed.ServiceKind;
import org.yiping.carevisit.MonthRow;
import org.yiping.carevisit.NeedKind;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;

/** The words and amounts of the case screens: reason codes in words, yuan typed and shown, every enum worded. */
class CaseTextTest {
  private final Messages zh = Messages.chinese();
  private final Messages en = new Messages(Locale.ENGLISH);

  @Test
  void reasonCodesAreWords() {
    assertThat(CaseText.reason(zh, "economic:TEKUN")).isEqualTo("经济状况：特困");
    assertThat(CaseText.reason(zh, "age:84")).isEqualTo("年满 80 岁（84 岁）");
    assertThat(CaseText.reason(zh, "level:3")).isEqualTo("老年人能力等级：能力重度受损（3 级）");
    assertThat(CaseText.reason(zh, "level:gbt42195-2022:2")).isEqualTo("老年人能力等级：能力中度受损（2 级）");
    assertThat(CaseText.reason(zh, "level:ltc-2021:4")).isEqualTo("长护失能等级：重度失能Ⅱ级（4 级）");
    assertThat(CaseText.reason(zh, "level:LTC_GRADE:1")).isEqualTo("长护失能等级：轻度失能（1 级）");
    assertThat(CaseText.reason(zh, "flag:DISABLED")).isEqualTo("档案标记：失能");
    assertThat(CaseText.reason(zh, "certificate")).isEqualTo("持有效残疾人证");
    assertThat(CaseText.reasons(zh, List.of("missing:economic", "missing:need")))
        .isEqualTo("档案中的经济状况不是特困、低保、低保边缘或经济困难；未满 80 岁，没有失能或重残标记、能力受损的评估结果或残疾人证");
    assertThat(CaseText.reason(zh, "missing:disability")).startsWith("没有仍然有效的失能等级评估结果");
    assertThat(CaseText.tag(zh, "flag:LIVING_ALONE")).isEqualTo("独居");
    assertThat(CaseText.tag(zh, "economic:DIBAO")).isEqualTo("低保");
    assertThat(CaseText.reason(en, "economic:TEKUN")).isEqualTo("economic status: Extreme hardship (特困)");
  }

  @Test
  void everyCodeAServiceGivesHasWordsInBothLanguages() {
    List<String> codes = new ArrayList<>(List.of("age:80", "level:1", "certificate", "missing:economic",
        "missing:need", "missing:disability"));
    for (EconomicStatus s : EconomicStatus.values()) {
      codes.add("economic:" + s.name());
    }
    for (HardshipFlag f : HardshipFlag.values()) {
      codes.add("flag:" + f.name());
    }
    for (String standard : List.of("gbt42195-2022", "ltc-2021", "CAPABILITY_LEVEL", "LTC_GRADE")) {
      for (int level = 1; level <= 4; level++) {
        codes.add("level:" + standard + ":" + level);
      }
    }
    for (Messages m : List.of(zh, en)) {
      for (String code : codes) {
        String words = CaseText.reason(m, code);
        assertThat(words).as(code).isNotEqualTo(code).doesNotContain(":" + code.replaceAll(".*:", ""))
            .doesNotContain("_").doesNotContain("{");
      }
    }
  }

  @Test
  void refusedApplicationsSayWhyInWords() {
    UserFacingException e = new UserFacingException("bed.problem.notEligible", "missing:economic;missing:disability");
    assertThat(CaseText.describe(new RuntimeException(e), zh)).startsWith("该老人不符合建床条件（档案中的经济状况不是特困")
        .doesNotContain("missing:");
  }

  @Test
  void yuanAreTypedAndShownExactly() {
    assertThat(CaseText.fen("80")).isEqualTo(8_000L);
    assertThat(CaseText.fen(" 1,200.5 ")).isEqualTo(120_050L);
    assertThat(CaseText.fen("１５０．５０")).isEqualTo(15_050L); // full-width, as a Chinese input method types
    assertThat(CaseText.fen("150。5")).isEqualTo(15_050L);
    assertThat(CaseText.fen("99元")).isEqualTo(9_900L);
    assertThat(CaseText.fen("0.07")).isEqualTo(7L);
    assertThat(CaseText.fen("1.005")).isNull();
    assertThat(CaseText.fen("-5")).isNull();
    assertThat(CaseText.fen("8o")).isNull();
    assertThat(CaseText.fen("")).isNull();
    assertThat(CaseText.yuan(zh, 126_100)).isEqualTo("1,261.00 元");
    assertThat(CaseText.yuan(en, 5)).isEqualTo("¥0.05");
    assertThat(CaseText.yuanInput(8_000)).isEqualTo("80");
    assertThat(CaseText.yuanInput(15_050)).isEqualTo("150.50");
    assertThat(CaseText.count("１２")).isEqualTo(12);
    assertThat(CaseText.count("1.5")).isNull();
  }

  @Test
  void everyEnumTheCaseScreensShowIsWordedInBothBundles() throws IOException {
    List<String> keys = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(CaseState.class, Payer.class, DeviceType.class,
        ServiceKind.class, EventKind.class, BedKind.class, ReferralStatus.class, CloseReason.class, NeedKind.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        keys.add("enum." + type.getSimpleName() + "." + e.name());
      }
    }
    for (AdaptationStep.Action a : AdaptationStep.Action.values()) {
      keys.add("adaptation.action." + a.name());
    }
    for (CaseState s : CaseState.values()) {
      if (!s.closed()) {
        keys.add("adaptation.advance." + s.name());
      }
    }
    for (MonthRow.State s : MonthRow.State.values()) {
      keys.add("care.state." + s.name());
    }
    for (String s : List.of("OPEN", "CLOSED", "ALL")) {
      keys.add("bed.list.show." + s);
    }
    for (String bundle : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
      Properties p = new Properties();
      try (var in = new InputStreamReader(Messages.class.getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
        p.load(in);
      }
      assertThat(p.stringPropertyNames()).as(bundle).containsAll(keys);
    }
  }
}

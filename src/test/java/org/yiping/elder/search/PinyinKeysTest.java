package org.yiping.elder.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinKeysTest {
  @Test
  void commonName() {
    PinyinKeys k = PinyinKeys.of("张秀兰");
    assertThat(k.primary()).isEqualTo("zhangxiulan");
    assertThat(k.full()).contains("zhangxiulan");
    assertThat(k.initials()).contains("zxl");
    assertThat(k.fullTails()).contains("xiulan", "lan");
    assertThat(k.initialTails()).contains("xl");
  }

  @Test
  void surnameReadings() {
    assertThat(PinyinKeys.of("单秀英").primary()).startsWith("shan");
    assertThat(PinyinKeys.of("单秀英").full()).anyMatch(s -> s.startsWith("dan")); // other readings kept
    assertThat(PinyinKeys.of("曾国强").primary()).isEqualTo("zengguoqiang");
    assertThat(PinyinKeys.of("解放").primary()).startsWith("xie");
    assertThat(PinyinKeys.of("翟志刚").primary()).startsWith("zhai");
    // Not in the first position: no surname preference.
    assertThat(PinyinKeys.of("王单").full()).anyMatch(s -> s.equals("wangdan"));
  }

  @Test
  void polyphonicCombinationsAreCapped() {
    PinyinKeys k = PinyinKeys.of("长乐重行都会还");
    assertThat(k.full()).hasSizeLessThanOrEqualTo(PinyinKeys.MAX_COMBINATIONS).hasSizeGreaterThan(1);
  }

  @Test
  void uyghurNameWithDots() {
    PinyinKeys k = PinyinKeys.of("阿依古丽·买买提");
    assertThat(k.primary()).isEqualTo("ayigulimaimaiti");
    assertThat(k.initials()).contains("ayglmmt");
    assertThat(PinyinKeys.of("阿依古丽•买买提").primary()).isEqualTo("ayigulimaimaiti");
    assertThat(PinyinKeys.of("阿依古丽・买买提").primary()).isEqualTo("ayigulimaimaiti");
  }

  @Test
  void latinAndUmlaut() {
    PinyinKeys k = PinyinKeys.of("Ayshem Tursun");
    assertThat(k.full()).containsExactly("ayshemtursun");
    assertThat(k.initials()).containsExactly("at");
    assertThat(PinyinKeys.of("吕").primary()).isEqualTo("lv");
    assertThat(PinyinKeys.of("").full()).isEmpty();
    assertThat(PinyinKeys.of(null).primary()).isEmpty();
  }
}

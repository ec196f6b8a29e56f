package org.yiping.assessment.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void displayIsJsonLikeAndAlwaysOneLine() {
    assertThat(Values.display("a\nb\r\tc\"d\\e")).isEqualTo("\"a\\nb\\r\\tc\\\"d\\\\e\"");
    assertThat(Values.display("\u0000\u0007\u007f\u0085\u2028\u2029")).isEqualTo(
        "\"\\u0000\\u0007\\u007f\\u0085\\u2028\\u2029\"");
    assertThat(Values.display("颐评")).isEqualTo("\"颐评\"");
    assertThat(Values.display(List.of("F00\nF03", 1L, true))).isEqualTo("[\"F00\\nF03\",1,true]");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("k\n", List.of("v\n"));
    m.put("n", null);
    assertThat(Values.display(m)).isEqualTo("{\"k\\n\":[\"v\\n\"],\"n\":null}");
    assertThat(Values.display(null)).isEqualTo("null");
    assertThat(Values.escapeControls("X\nY \"q\"")).isEqualTo("X\\nY \"q\"");
  }

  @Test
  void integersTooLargeForALongAreOutOfRange() {
    Object huge = Values.normalize(new BigInteger("99999999999999999999999"));
    assertThat(Values.outOfRange(huge)).isTrue();
    assertThat(Values.outOfRange(Values.normalize(new BigInteger("4")))).isFalse();
    assertThat(Values.normalize(new BigInteger("4"))).isEqualTo(4L);
    assertThat(Values.outOfRange(Values.normalize(1e300))).isFalse();
  }
}

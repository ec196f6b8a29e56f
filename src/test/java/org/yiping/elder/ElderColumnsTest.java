package org.yiping.elder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** An elder's stored columns read as a person reads them, for the side-by-side of two files. */
class ElderColumnsTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Test
  void codesByTheirLabelsAndContactsByName() {
    assertThat(ElderColumns.words("living_arrangements", F.textNode("ALONE,WITH_CHILDREN")))
        .isEqualTo("独居、与子女居住");
    assertThat(ElderColumns.words("hardship_flags", F.textNode("EMPTY_NEST"))).isEqualTo("空巢");
    assertThat(ElderColumns.words("sex", F.textNode("FEMALE"))).isEqualTo("女");
    assertThat(ElderColumns.words("contacts",
        F.textNode("[{\"name\":\"王建国\",\"relation\":\"CHILD\",\"phone\":\"13900000001\",\"guardian\":true}]")))
        .isEqualTo("王建国（子女） 13900000001");
    assertThat(ElderColumns.words("phone", F.textNode("13900000001"))).isEqualTo("13900000001");
    assertThat(ElderColumns.words("living_arrangements", F.textNode(""))).isEmpty();
    // A code this version does not know is shown as it came, not dropped.
    assertThat(ElderColumns.words("education", F.textNode("DOCTORATE_2030"))).isEqualTo("DOCTORATE_2030");
    assertThat(ElderColumns.words("notes", F.nullNode())).isEmpty();
  }
}

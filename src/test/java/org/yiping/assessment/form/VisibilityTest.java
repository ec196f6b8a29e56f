package org.yiping.assessment.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Show conditions in three-valued logic: an item is hidden only when its condition is known to be false; an
 * unanswered controlling item leaves it shown. Chains are followed whatever the order of the items.
 */
class VisibilityTest {
  private static Item item(String code, Condition showIf) {
    return new Item(code, code, "help", AnswerType.SINGLE, true,
        List.of(new Option(0L, "否", 0), new Option(1L, "是", 1)), showIf, Map.of());
  }

  private static Condition is1(String code) {
    return new Condition.ItemIn(code, Set.of(1L));
  }

  /** F (first in the form) depends on C, which depends on A and B. */
  private static final List<Item> ITEMS = List.of(
      item("F", new Condition.ItemIn("C", Set.of(0L))),
      item("A", null),
      item("B", null),
      item("C", new Condition.All(List.of(is1("A"), is1("B")))),
      item("D", new Condition.Any(List.of(is1("A"), is1("B")))),
      item("E", new Condition.Not(is1("A"))),
      item("G", new Condition.CountOf(List.of(is1("A"), is1("B")), 1, 1)));

  private static List<String> hidden(Long a, Long b) {
    Map<String, Integer> index = new HashMap<>();
    ITEMS.forEach(i -> index.put(i.code(), index.size()));
    Object[] values = new Object[ITEMS.size()];
    values[index.get("A")] = a;
    values[index.get("B")] = b;
    values[index.get("F")] = 1L;
    boolean[] hidden = new boolean[ITEMS.size()];
    Visibility.of(ITEMS, index::get).apply(values, hidden);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        out.add(ITEMS.get(i).code());
        assertThat(values[i]).as("answer of hidden " + ITEMS.get(i).code() + " is dropped").isNull();
      }
    }
    return out;
  }

  @Test
  void nothingAnsweredHidesNothing() {
    assertThat(hidden(null, null)).isEmpty();
  }

  @Test
  void anAnsweredItemThatAlreadyDecidesTheConditionHidesEvenWithTheOtherUnanswered() {
    // all(A=1, B=1) is false once A=0; C hidden, so F (C in [0]) is hidden too; any/countOf stay unknown.
    assertThat(hidden(0L, null)).containsExactly("F", "C");
  }

  @Test
  void everythingAnswered() {
    assertThat(hidden(1L, 1L)).containsExactly("E", "G");
    assertThat(hidden(0L, 0L)).containsExactly("F", "C", "D", "G");
    assertThat(hidden(1L, 0L)).containsExactly("F", "C", "E");
  }

  @Test
  void anUnansweredControllingItemLeavesTheItemShown() {
    // C is shown (A=1, B unknown), unanswered and not hidden: F's condition is unknown, so F stays shown.
    assertThat(hidden(1L, null)).containsExactly("E");
  }

  @Test
  void aCycleIsNamed() {
    List<Item> items = List.of(item("X", is1("Y")), item("Y", is1("Z")), item("Z", is1("Y")));
    Map<String, Integer> index = Map.of("X", 0, "Y", 1, "Z", 2);
    assertThatThrownBy(() -> Visibility.of(items, index::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("showIf of Y depends on itself (Y -> Z -> Y)");
  }
}

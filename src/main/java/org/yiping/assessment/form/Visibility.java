package org.yiping.assessment.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which items are hidden by their {@code showIf}, compiled once per form. The single implementation of the rule,
 * shared by the scorer and by the checks at load:
 *
 * <p>An item is hidden only when its condition is <em>known</em> to be false: every item it depends on is answered
 * or itself hidden (a hidden item matches nothing), or the answered ones already decide it (three-valued logic:
 * an unanswered item is unknown). An item whose controlling item is still unanswered stays shown, so a required one
 * counts as missing. A hidden item's answer is dropped. Conditions are evaluated in dependency order, so a chain
 * (A hides B, B controls C) is followed whatever the order of the items in the form.
 */
public final class Visibility {
  private static final int FALSE = 0;
  private static final int TRUE = 1;
  private static final int UNKNOWN = 2;

  /** A show condition in three-valued logic over values and the hidden flags computed so far. */
  @FunctionalInterface
  private interface Tri {
    int test(Object[] values, boolean[] hidden);
  }

  private final int[] order;
  private final Tri[] conditions;

  private Visibility(int[] order, Tri[] conditions) {
    this.order = order;
    this.conditions = conditions;
  }

  /**
   * Compiles the show conditions of {@code items} (in form order; {@code index} gives an item code's position).
   *
   * @throws IllegalArgumentException if an item's condition depends on itself, naming the cycle
   */
  public static Visibility of(List<Item> items, ToIntFunction<String> index) {
    int n = items.size();
    Tri[] conditions = new Tri[n];
    int[][] refs = new int[n][];
    for (int i = 0; i < n; i++) {
      Condition c = items.get(i).showIf();
      if (c != null) {
        conditions[i] = compile(c, index);
        refs[i] = Conditions.items(c).stream().mapToInt(index).toArray();
      }
    }
    int[] state = new int[n];
    List<Integer> order = new ArrayList<>();
    List<Integer> path = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (conditions[i] != null && state[i] == 0) {
        visit(i, items, refs, conditions, state, path, order);
      }
    }
    return new Visibility(order.stream().mapToInt(Integer::intValue).toArray(), conditions);
  }

  private static void visit(int i, List<Item> items, int[][] refs, Tri[] conditions, int[] state, List<Integer> path,
      List<Integer> order) {
    state[i] = 1;
    path.add(i);
    for (int j : refs[i]) {
      if (conditions[j] == null || state[j] == 2) {
        continue;
      }
      if (state[j] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int k = path.indexOf(j); k < path.size(); k++) {
          cycle.add(items.get(path.get(k)).code());
        }
        cycle.add(items.get(j).code());
        throw new IllegalArgumentException("showIf of " + items.get(j).code() + " depends on itself ("
            + String.join(" -> ", cycle) + ")");
      }
      visit(j, items, refs, conditions, state, path, order);
    }
    path.remove(path.size() - 1);
    state[i] = 2;
    order.add(i);
  }

  /** No item of the form has a show condition. */
  public boolean none() {
    return order.length == 0;
  }

  /**
   * Marks the hidden items in {@code hidden} (all {@code false} on entry) and drops their answers from
   * {@code values}. Allocates nothing.
   */
  public void apply(Object[] values, boolean[] hidden) {
    for (int i : order) {
      if (conditions[i].test(values, hidden) == FALSE) {
        hidden[i] = true;
        values[i] = null;
      }
    }
  }

  private static Tri compile(Condition c, ToIntFunction<String> index) {
    if (c instanceof Condition.ItemIn in) {
      int i = index.applyAsInt(in.item());
      var set = in.values();
      return (v, h) -> v[i] == null ? (h[i] ? FALSE : UNKNOWN) : Conditions.matches(v[i], set) ? TRUE : FALSE;
    }
    if (c instanceof Condition.Not not) {
      Tri p = compile(not.condition(), index);
      return (v, h) -> {
        int r = p.test(v, h);
        return r == UNKNOWN ? UNKNOWN : 1 - r;
      };
    }
    if (c instanceof Condition.GradeIn) {
      throw new IllegalArgumentException("a grade condition cannot decide whether an item is shown");
    }
    Tri[] ps = Conditions.children(c).stream().map(x -> compile(x, index)).toArray(Tri[]::new);
    if (c instanceof Condition.All) {
      return (v, h) -> {
        int r = TRUE;
        for (Tri p : ps) {
          int x = p.test(v, h);
          if (x == FALSE) {
            return FALSE;
          }
          if (x == UNKNOWN) {
            r = UNKNOWN;
          }
        }
        return r;
      };
    }
    if (c instanceof Condition.Any) {
      return (v, h) -> {
        int r = FALSE;
        for (Tri p : ps) {
          int x = p.test(v, h);
          if (x == TRUE) {
            return TRUE;
          }
          if (x == UNKNOWN) {
            r = UNKNOWN;
          }
        }
        return r;
      };
    }
    Condition.CountOf co = (Condition.CountOf) c;
    int min = co.min();
    int max = co.max() == null ? Integer.MAX_VALUE : co.max();
    return (v, h) -> {
      int yes = 0;
      int unknown = 0;
      for (Tri p : ps) {
        int x = p.test(v, h);
        if (x == TRUE) {
          yes++;
        } else if (x == UNKNOWN) {
          unknown++;
        }
      }
      if (yes + unknown < min || yes > max) {
        return FALSE;
      }
      return yes >= min && yes + unknown <= max ? TRUE : UNKNOWN;
    };
  }
}

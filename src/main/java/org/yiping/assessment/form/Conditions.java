package org.yiping.assessment.form;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Conditions compiled to predicates over arrays, once per form: the single implementation of what a
 * {@link Condition} means, shared by the scorer and by the checks at load.
 */
public final class Conditions {
  private Conditions() {}

  /** A compiled condition over item values (by item index) and dimension grades (by dimension index). */
  @FunctionalInterface
  public interface Compiled {
    /**
     * @param values normalized answers by item index ({@code null}: unanswered or hidden)
     * @param grades grades by dimension index ({@code -1}: not graded), or {@code null} where grades are not known
     */
    boolean test(Object[] values, int[] grades);
  }

  /** Compiles {@code c}; the index functions resolve item and dimension codes (already checked to exist). */
  public static Compiled compile(Condition c, ToIntFunction<String> itemIndex, ToIntFunction<String> dimIndex) {
    if (c instanceof Condition.ItemIn in) {
      int i = itemIndex.applyAsInt(in.item());
      Set<Object> set = in.values();
      return (v, g) -> matches(v[i], set);
    }
    if (c instanceof Condition.GradeIn gi) {
      int d = dimIndex.applyAsInt(gi.dimension());
      Set<Integer> set = gi.grades();
      return (v, g) -> g != null && g[d] >= 0 && set.contains(g[d]);
    }
    if (c instanceof Condition.All a) {
      Compiled[] ps = compileAll(a.conditions(), itemIndex, dimIndex);
      return (v, g) -> {
        for (Compiled p : ps) {
          if (!p.test(v, g)) {
            return false;
          }
        }
        return true;
      };
    }
    if (c instanceof Condition.Any a) {
      Compiled[] ps = compileAll(a.conditions(), itemIndex, dimIndex);
      return (v, g) -> {
        for (Compiled p : ps) {
          if (p.test(v, g)) {
            return true;
          }
        }
        return false;
      };
    }
    if (c instanceof Condition.Not n) {
      Compiled p = compile(n.condition(), itemIndex, dimIndex);
      return (v, g) -> !p.test(v, g);
    }
    Condition.CountOf co = (Condition.CountOf) c;
    Compiled[] ps = compileAll(co.conditions(), itemIndex, dimIndex);
    int min = co.min();
    int max = co.max() == null ? Integer.MAX_VALUE : co.max();
    return (v, g) -> {
      int n = 0;
      for (Compiled p : ps) {
        if (p.test(v, g)) {
          n++;
        }
      }
      return n >= min && n <= max;
    };
  }

  private static Compiled[] compileAll(List<Condition> cs, ToIntFunction<String> itemIndex,
      ToIntFunction<String> dimIndex) {
    return cs.stream().map(x -> compile(x, itemIndex, dimIndex)).toArray(Compiled[]::new);
  }

  /** The answer (any element, for a list) is in the set; an unanswered item matches nothing. */
  public static boolean matches(Object value, Collection<Object> set) {
    if (value == null) {
      return false;
    }
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (set.contains(o)) {
          return true;
        }
      }
      return false;
    }
    return set.contains(value);
  }

  /** Every item code the condition refers to, in first-mention order. */
  public static Set<String> items(Condition c) {
    Set<String> out = new LinkedHashSet<>();
    collect(c, out, null);
    return out;
  }

  /** Every dimension code the condition refers to (grade conditions), in first-mention order. */
  public static Set<String> dimensions(Condition c) {
    Set<String> out = new LinkedHashSet<>();
    collect(c, null, out);
    return out;
  }

  /** Every {@link Condition.ItemIn} in {@code c}. */
  static void itemConditions(Condition c, List<Condition.ItemIn> out) {
    if (c instanceof Condition.ItemIn in) {
      out.add(in);
    } else {
      children(c).forEach(x -> itemConditions(x, out));
    }
  }

  private static void collect(Condition c, Set<String> items, Set<String> dims) {
    if (c instanceof Condition.ItemIn in) {
      if (items != null) {
        items.add(in.item());
      }
    } else if (c instanceof Condition.GradeIn g) {
      if (dims != null) {
        dims.add(g.dimension());
      }
    } else {
      children(c).forEach(x -> collect(x, items, dims));
    }
  }

  static List<Condition> children(Condition c) {
    if (c instanceof Condition.All a) {
      return a.conditions();
    }
    if (c instanceof Condition.Any a) {
      return a.conditions();
    }
    if (c instanceof Condition.Not n) {
      return List.of(n.condition());
    }
    if (c instanceof Condition.CountOf n) {
      return n.conditions();
    }
    return List.of();
  }
}

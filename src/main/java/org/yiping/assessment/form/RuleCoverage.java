package org.yiping.assessment.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.yiping.assessment.form.Scoring.Dimension;
import org.yiping.assessment.form.Scoring.GradeRule;
import org.yiping.assessment.form.Scoring.LevelRule;

/**
 * The load-time proof that first-match rule tables leave no case without a rule, so that scoring never meets one:
 * every combination of the answers a dimension's grading rules can see, and every combination of the grades (and
 * answers) the preliminary-level rules can see, is run through the compiled rules once. A gap refuses the file,
 * naming the first uncovered case. Enumerations are bounded by {@link #MAX_CASES}; a table that would need more is
 * refused rather than left unchecked.
 */
final class RuleCoverage {
  /** The most combinations one table may need; MZ/T 039 needs 400 (B.3 grading) and 256 (the overall level). */
  static final int MAX_CASES = 100_000;

  private final List<Item> items;
  private final Map<String, Integer> index;
  private final Map<String, Integer> dimIndex;
  private final Visibility visibility;
  private final Function<String, FormLoadException> fail;

  RuleCoverage(List<Item> items, Map<String, Integer> index, Map<String, Integer> dimIndex, Visibility visibility,
      Function<String, FormLoadException> fail) {
    this.items = items;
    this.index = index;
    this.dimIndex = dimIndex;
    this.visibility = visibility;
    this.fail = fail;
  }

  /** One enumerated variable: an item (values, {@code null} = unanswered) or a dimension grade. */
  private record Axis(String code, int slot, boolean grade, Object[] domain) {}

  /**
   * Checks that some rule matches every reachable combination of the answers the rules and the dimension's items
   * can take (hidden items as the show conditions make them), and returns the grades the rules actually give.
   */
  Set<Integer> gradeRules(Dimension dim, List<GradeRule> rules) {
    Set<String> own = new LinkedHashSet<>(dim.items());
    List<Condition> conditions = new ArrayList<>();
    rules.forEach(r -> conditions.add(r.when()));
    Set<String> involved = new LinkedHashSet<>(own);
    conditions.forEach(c -> involved.addAll(Conditions.items(c)));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String code : List.copyOf(involved)) {
        Condition show = items.get(index.get(code)).showIf();
        if (show != null) {
          conditions.add(show);
          grew |= involved.addAll(Conditions.items(show));
        }
      }
    }
    List<Axis> axes = new ArrayList<>();
    involved.stream().sorted((a, b) -> index.get(a) - index.get(b))
        .forEach(code -> axes.add(itemAxis(code, conditions, !own.contains(code))));
    String where = "dimension " + dim.code();
    checkSize(where + ": its grading rules", axes);

    Conditions.Compiled[] compiled = rules.stream()
        .map(r -> Conditions.compile(r.when(), index::get, d -> {
          throw new IllegalStateException("grade condition in a grading rule");
        }))
        .toArray(Conditions.Compiled[]::new);
    int[] ownSlots = own.stream().mapToInt(index::get).toArray();
    Set<Integer> grades = new TreeSet<>();
    Object[] values = new Object[items.size()];
    boolean[] hidden = new boolean[items.size()];
    int[] pos = new int[axes.size()];
    do {
      Arrays.fill(hidden, false);
      for (int k = 0; k < pos.length; k++) {
        values[axes.get(k).slot()] = axes.get(k).domain()[pos[k]];
      }
      visibility.apply(values, hidden);
      if (!graded(ownSlots, values, hidden)) {
        continue;
      }
      int hit = first(compiled, values, null);
      if (hit < 0) {
        throw fail.apply(where + ": no grading rule matches " + describe(axes, values, hidden, null));
      }
      grades.add(rules.get(hit).grade());
    } while (next(pos, axes));
    return grades;
  }

  /**
   * Checks that some rule matches every combination of the grades each referenced dimension can reach and of the
   * answers the rules name (unanswered where an item is optional or can be hidden).
   */
  void levelRules(List<LevelRule> rules, Map<String, Set<Integer>> reachableGrades) {
    List<Condition> conditions = rules.stream().map(LevelRule::when).toList();
    Set<String> dims = new LinkedHashSet<>();
    Set<String> refItems = new LinkedHashSet<>();
    conditions.forEach(c -> {
      dims.addAll(Conditions.dimensions(c));
      refItems.addAll(Conditions.items(c));
    });
    List<Axis> axes = new ArrayList<>();
    dims.stream().sorted((a, b) -> dimIndex.get(a) - dimIndex.get(b)).forEach(d ->
        axes.add(new Axis(d, dimIndex.get(d), true, reachableGrades.get(d).toArray())));
    refItems.stream().sorted((a, b) -> index.get(a) - index.get(b)).forEach(code -> {
      Item item = items.get(index.get(code));
      axes.add(itemAxis(code, conditions, !item.required() || item.showIf() != null));
    });
    checkSize("preliminaryLevel: its rules", axes);

    Conditions.Compiled[] compiled = rules.stream()
        .map(r -> Conditions.compile(r.when(), index::get, dimIndex::get))
        .toArray(Conditions.Compiled[]::new);
    Object[] values = new Object[items.size()];
    int[] grades = new int[dimIndex.size()];
    Arrays.fill(grades, -1);
    int[] pos = new int[axes.size()];
    do {
      for (int k = 0; k < pos.length; k++) {
        Axis a = axes.get(k);
        if (a.grade()) {
          grades[a.slot()] = (Integer) a.domain()[pos[k]];
        } else {
          values[a.slot()] = a.domain()[pos[k]];
        }
      }
      if (first(compiled, values, grades) < 0) {
        throw fail.apply("preliminaryLevel: no rule matches " + describe(axes, values, null, grades));
      }
    } while (next(pos, axes));
  }

  private static boolean graded(int[] ownSlots, Object[] values, boolean[] hidden) {
    for (int i : ownSlots) {
      if (values[i] == null && !hidden[i]) {
        return false;
      }
    }
    return true;
  }

  private static int first(Conditions.Compiled[] rules, Object[] values, int[] grades) {
    for (int r = 0; r < rules.length; r++) {
      if (rules[r].test(values, grades)) {
        return r;
      }
    }
    return -1;
  }

  /** Advances the odometer (the first axis turns slowest); {@code false} when every combination was seen. */
  private static boolean next(int[] pos, List<Axis> axes) {
    for (int k = pos.length - 1; k >= 0; k--) {
      if (++pos[k] < axes.get(k).domain().length) {
        return true;
      }
      pos[k] = 0;
    }
    return false;
  }

  private void checkSize(String what, List<Axis> axes) {
    long n = 1;
    for (Axis a : axes) {
      n *= a.domain().length;
      if (n > MAX_CASES) {
        throw fail.apply(what + " depend on more than " + MAX_CASES
            + " combinations, too many to check at load; split them");
      }
    }
  }

  /**
   * The values an item can take as far as {@code conditions} can tell: every option of a single-choice or yes/no
   * item; for a multi-choice item every selection of the groups of options the conditions tell apart (so a
   * 23-option list named by one condition needs 4 cases, not 2^23); {@code null} too if it may be unanswered.
   */
  private Axis itemAxis(String code, List<Condition> conditions, boolean mayBeUnanswered) {
    Item item = items.get(index.get(code));
    List<Object> domain = new ArrayList<>();
    if (item.type() == AnswerType.MULTI) {
      List<Condition.ItemIn> named = new ArrayList<>();
      conditions.forEach(c -> Conditions.itemConditions(c, named));
      List<Set<Object>> sets = named.stream().filter(n -> n.item().equals(code)).map(Condition.ItemIn::values)
          .toList();
      Map<BitSet, Object> groups = new LinkedHashMap<>();
      for (Option o : item.options()) {
        BitSet signature = new BitSet();
        for (int s = 0; s < sets.size(); s++) {
          if (sets.get(s).contains(o.value())) {
            signature.set(s);
          }
        }
        groups.putIfAbsent(signature, o.value());
      }
      List<Object> representatives = List.copyOf(groups.values());
      if (representatives.size() > 16) {
        throw fail.apply("item " + code + ": rules tell apart more than 16 groups of its options, too many to check");
      }
      for (int mask = 0; mask < 1 << representatives.size(); mask++) {
        List<Object> selection = new ArrayList<>();
        for (int b = 0; b < representatives.size(); b++) {
          if ((mask & 1 << b) != 0) {
            selection.add(representatives.get(b));
          }
        }
        domain.add(List.copyOf(selection));
      }
    } else {
      item.options().forEach(o -> domain.add(o.value()));
    }
    if (mayBeUnanswered) {
      domain.add(null);
    }
    return new Axis(code, index.get(code), false, domain.toArray());
  }

  private static String describe(List<Axis> axes, Object[] values, boolean[] hidden, int[] grades) {
    List<String> parts = new ArrayList<>();
    for (Axis a : axes) {
      if (a.grade()) {
        parts.add(a.code() + " grade " + grades[a.slot()]);
      } else if (hidden != null && hidden[a.slot()]) {
        parts.add(a.code() + " hidden");
      } else if (values[a.slot()] == null) {
        parts.add(a.code() + " unanswered");
      } else {
        parts.add(a.code() + "=" + Values.display(values[a.slot()]));
      }
    }
    return String.join(", ", parts);
  }
}

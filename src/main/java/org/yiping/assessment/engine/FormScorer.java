package org.yiping.assessment.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yiping.assessment.form.AnswerType;
import org.yiping.assessment.form.Condition;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.Item;
import org.yiping.assessment.form.Option;
import org.yiping.assessment.form.Scoring;
import org.yiping.assessment.form.Scoring.Band;
import org.yiping.assessment.form.Scoring.BandGrading;
import org.yiping.assessment.form.Scoring.ComaOverride;
import org.yiping.assessment.form.Scoring.Dimension;
import org.yiping.assessment.form.Scoring.GradeRule;
import org.yiping.assessment.form.Scoring.ItemMatch;
import org.yiping.assessment.form.Scoring.LevelBand;
import org.yiping.assessment.form.Scoring.LevelBands;
import org.yiping.assessment.form.Scoring.LevelChangeRule;
import org.yiping.assessment.form.Scoring.LevelMatrix;
import org.yiping.assessment.form.Scoring.LevelRule;
import org.yiping.assessment.form.Scoring.LevelRules;
import org.yiping.assessment.form.Scoring.RaiseIfAnySelected;
import org.yiping.assessment.form.Scoring.RaiseIfSumAtLeast;
import org.yiping.assessment.form.Scoring.RuleGrading;
import org.yiping.assessment.form.Values;

/**
 * A form compiled for scoring: item codes resolved to array indexes and conditions to predicates, once. Scoring never
 * parses JSON. Immutable and thread-safe.
 */
public final class FormScorer {

  /** A compiled condition over the item values (by index) and dimension grades (by index). */
  private interface Pred {
    boolean test(Object[] values, int[] grades);
  }

  private final FormDefinition form;
  private final Scoring scoring;
  private final Item[] items;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Map<Object, Option>> optionsByValue = new ArrayList<>();
  private final ValueKind[] kinds;
  private final List<List<Object>> allowed = new ArrayList<>();
  private final List<Object> allItemCodes;
  private final Pred[] showIf;
  private final Dimension[] dims;
  private final int[][] dimItems;
  private final Pred[][] dimGradeRules;
  private final Map<String, Integer> dimIndex = new HashMap<>();
  private final int[] totalDims;
  private final Pred[] levelRules;

  FormScorer(FormDefinition form) {
    this.form = form;
    this.scoring = form.scoring();
    List<Item> list = form.items();
    items = list.toArray(new Item[0]);
    kinds = new ValueKind[items.length];
    List<Object> codes = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      Item it = items[i];
      index.put(it.code(), i);
      codes.add(it.code());
      Map<Object, Option> byValue = new HashMap<>();
      List<Object> values = new ArrayList<>();
      for (Option o : it.options()) {
        byValue.put(o.value(), o);
        values.add(o.value());
      }
      optionsByValue.add(byValue);
      allowed.add(List.copyOf(values));
      kinds[i] = kindOf(it);
    }
    allItemCodes = List.copyOf(codes);
    showIf = new Pred[items.length];
    for (int i = 0; i < items.length; i++) {
      showIf[i] = items[i].showIf() == null ? null : compile(items[i].showIf());
    }
    if (scoring == null) {
      dims = new Dimension[0];
      dimItems = new int[0][];
      dimGradeRules = new Pred[0][];
      totalDims = null;
      levelRules = null;
      return;
    }
    dims = scoring.dimensions().toArray(new Dimension[0]);
    dimItems = new int[dims.length][];
    dimGradeRules = new Pred[dims.length][];
    for (int d = 0; d < dims.length; d++) {
      dimIndex.put(dims[d].code(), d);
      dimItems[d] = dims[d].items().stream().mapToInt(index::get).toArray();
      if (dims[d].grading() instanceof RuleGrading rg) {
        dimGradeRules[d] = rg.rules().stream().map(r -> compile(r.when())).toArray(Pred[]::new);
      }
    }
    totalDims = scoring.total() == null ? null
        : scoring.total().dimensions().stream().mapToInt(dimIndex::get).toArray();
    levelRules = scoring.preliminaryLevel() instanceof LevelRules lr
        ? lr.rules().stream().map(r -> compile(r.when())).toArray(Pred[]::new)
        : null;
  }

  public FormDefinition form() {
    return form;
  }

  private static ValueKind kindOf(Item it) {
    if (it.type() == AnswerType.BOOLEAN) {
      return ValueKind.BOOLEAN;
    }
    Object first = it.options().get(0).value();
    boolean integer = first instanceof Long;
    if (it.type() == AnswerType.MULTI) {
      return integer ? ValueKind.INTEGER_LIST : first instanceof String ? ValueKind.STRING_LIST
          : ValueKind.BOOLEAN_LIST;
    }
    return integer ? ValueKind.INTEGER : ValueKind.STRING;
  }

  // ----------------------------------------------------------------------------------------------- conditions

  private Pred compile(Condition c) {
    if (c instanceof Condition.ItemIn in) {
      int i = index.get(in.item());
      Set<Object> set = in.values();
      return (v, g) -> matches(v[i], set);
    }
    if (c instanceof Condition.GradeIn gi) {
      int d = dimIndex.get(gi.dimension());
      Set<Integer> set = gi.grades();
      return (v, g) -> g != null && g[d] >= 0 && set.contains(g[d]);
    }
    if (c instanceof Condition.All a) {
      Pred[] ps = a.conditions().stream().map(this::compile).toArray(Pred[]::new);
      return (v, g) -> {
        for (Pred p : ps) {
          if (!p.test(v, g)) {
            return false;
          }
        }
        return true;
      };
    }
    if (c instanceof Condition.Any a) {
      Pred[] ps = a.conditions().stream().map(this::compile).toArray(Pred[]::new);
      return (v, g) -> {
        for (Pred p : ps) {
          if (p.test(v, g)) {
            return true;
          }
        }
        return false;
      };
    }
    if (c instanceof Condition.Not n) {
      Pred p = compile(n.condition());
      return (v, g) -> !p.test(v, g);
    }
    Condition.CountOf co = (Condition.CountOf) c;
    Pred[] ps = co.conditions().stream().map(this::compile).toArray(Pred[]::new);
    int min = co.min();
    int max = co.max() == null ? Integer.MAX_VALUE : co.max();
    return (v, g) -> {
      int n = 0;
      for (Pred p : ps) {
        if (p.test(v, g)) {
          n++;
        }
      }
      return n >= min && n <= max;
    };
  }

  /** The answer (any element, for a list) is in the set; an unanswered item matches nothing. */
  private static boolean matches(Object value, Collection<Object> set) {
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

  // ----------------------------------------------------------------------------------------------- validation

  /** All problems with the answers, including missing required items, in form order after unknown items. */
  public List<Problem> validate(Map<String, ?> answers) {
    List<Problem> problems = new ArrayList<>();
    Object[] values = read(answers, problems);
    if (problems.isEmpty()) {
      boolean[] hidden = applyVisibility(values);
      for (String code : missing(values, hidden)) {
        int i = index.get(code);
        problems.add(new Problem(ProblemKind.MISSING_REQUIRED, code, null, allowed.get(i), kinds[i]));
      }
    }
    return problems;
  }

  /** Normalized values by item index; adds invalid-answer problems. */
  private Object[] read(Map<String, ?> answers, List<Problem> problems) {
    Object[] values = new Object[items.length];
    for (Map.Entry<String, ?> e : answers.entrySet()) {
      Integer idx = index.get(e.getKey());
      if (idx == null) {
        problems.add(new Problem(ProblemKind.UNKNOWN_ITEM, e.getKey(), e.getValue(), allItemCodes, null));
        continue;
      }
      Object raw = e.getValue();
      if (raw == null) {
        continue;
      }
      int i = idx;
      if (items[i].type() == AnswerType.MULTI) {
        if (!(raw instanceof List<?> list)) {
          problems.add(new Problem(ProblemKind.WRONG_TYPE, items[i].code(), raw, allowed.get(i), kinds[i]));
          continue;
        }
        List<Object> out = new ArrayList<>(list.size());
        boolean ok = true;
        for (Object el : list) {
          Object v = checkScalar(i, el, problems);
          if (v == null) {
            ok = false;
            break;
          }
          if (!out.contains(v)) {
            out.add(v);
          }
        }
        if (ok) {
          values[i] = List.copyOf(out);
        }
      } else {
        values[i] = checkScalar(i, raw, problems);
      }
    }
    return values;
  }

  private Object checkScalar(int i, Object raw, List<Problem> problems) {
    Object v = Values.normalize(raw);
    boolean typeOk = switch (kinds[i]) {
      case INTEGER, INTEGER_LIST -> v instanceof Long || v instanceof Double;
      case STRING, STRING_LIST -> v instanceof String;
      case BOOLEAN, BOOLEAN_LIST -> v instanceof Boolean;
    };
    if (!typeOk) {
      problems.add(new Problem(ProblemKind.WRONG_TYPE, items[i].code(), raw, allowed.get(i), kinds[i]));
      return null;
    }
    if (!optionsByValue.get(i).containsKey(v)) {
      problems.add(new Problem(ProblemKind.NOT_AN_OPTION, items[i].code(), raw, allowed.get(i), kinds[i]));
      return null;
    }
    return v;
  }

  /** Hides items whose show condition fails (in form order) and drops their answers. */
  private boolean[] applyVisibility(Object[] values) {
    boolean[] hidden = new boolean[items.length];
    for (int i = 0; i < items.length; i++) {
      if (showIf[i] != null && !showIf[i].test(values, null)) {
        hidden[i] = true;
        values[i] = null;
      }
    }
    return hidden;
  }

  private List<String> missing(Object[] values, boolean[] hidden) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      if (items[i].required() && !hidden[i] && values[i] == null) {
        missing.add(items[i].code());
      }
    }
    return missing;
  }

  // ----------------------------------------------------------------------------------------------- scoring

  /** Validates and scores; see {@link ScoringResult} for what an invalid or incomplete result holds. */
  public ScoringResult score(Map<String, ?> answers) {
    List<Problem> problems = new ArrayList<>();
    Object[] values = read(answers, problems);
    if (!problems.isEmpty()) {
      return result(problems, List.of(), Map.of(), null, null, null, null, List.of());
    }
    boolean[] hidden = applyVisibility(values);
    List<String> missing = missing(values, hidden);

    Map<String, DimensionResult> dimResults = new LinkedHashMap<>();
    int[] grades = new int[dims.length];
    int[] sums = new int[dims.length];
    boolean allDims = true;
    for (int d = 0; d < dims.length; d++) {
      grades[d] = -1;
      DimensionResult r = dimension(d, values, hidden, sums, grades);
      if (r == null) {
        allDims = false;
      } else {
        dimResults.put(r.code(), r);
      }
    }
    if (!missing.isEmpty() || !allDims || scoring == null) {
      return result(problems, missing, dimResults, null, null, null, null, List.of());
    }

    Integer total = null;
    if (totalDims != null) {
      int t = 0;
      for (int d : totalDims) {
        t += sums[d];
      }
      total = t;
    }
    int preliminary;
    LevelBasis basis;
    if (scoring.preliminaryLevel() instanceof LevelBands lb) {
      LevelBand band = null;
      for (LevelBand b : lb.bands()) {
        if (total >= b.min() && total <= b.max()) {
          band = b;
          break;
        }
      }
      if (band == null) {
        throw new IllegalStateException(form.key() + ": no level band holds total " + total);
      }
      preliminary = band.level();
      basis = new LevelBasis("bands", "total " + band.min() + "-" + band.max(), null);
    } else if (scoring.preliminaryLevel() instanceof LevelRules lr) {
      int hit = -1;
      for (int r = 0; r < levelRules.length; r++) {
        if (levelRules[r].test(values, grades)) {
          hit = r;
          break;
        }
      }
      if (hit < 0) {
        throw new IllegalStateException(form.key() + ": no preliminary-level rule matches the grades");
      }
      LevelRule rule = lr.rules().get(hit);
      preliminary = rule.level();
      basis = new LevelBasis("rules", rule.id(), rule.description());
    } else {
      LevelMatrix m = (LevelMatrix) scoring.preliminaryLevel();
      int row = grades[dimIndex.get(m.rowDimension())];
      int col = m.columnMax() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
      for (String c : m.columnDimensions()) {
        int g = grades[dimIndex.get(c)];
        col = m.columnMax() ? Math.max(col, g) : Math.min(col, g);
      }
      preliminary = m.cell(row, col);
      basis = new LevelBasis("matrix", "row " + row + ", column " + col, m.description());
    }

    List<LevelChange> changes = new ArrayList<>();
    int fin = applyChanges(preliminary, values, changes);
    return result(problems, missing, dimResults, total, preliminary, basis, fin, changes);
  }

  private DimensionResult dimension(int d, Object[] values, boolean[] hidden, int[] sums, int[] grades) {
    Dimension dim = dims[d];
    List<ItemScore> trace = new ArrayList<>(dimItems[d].length);
    int sum = 0;
    for (int i : dimItems[d]) {
      if (values[i] == null) {
        if (hidden[i]) {
          continue;
        }
        return null;
      }
      Integer s = scoreOf(i, values[i]);
      if (dim.summed()) {
        sum += s;
      }
      trace.add(new ItemScore(items[i].code(), values[i], s));
    }
    sums[d] = sum;
    Integer grade = null;
    String gradeLabel = null;
    String gradeBasis = null;
    if (dim.grading() instanceof BandGrading bg) {
      for (Band b : bg.bands()) {
        if (sum >= b.min() && sum <= b.max()) {
          grade = b.grade();
          gradeLabel = b.label();
          gradeBasis = "band " + b.min() + "-" + b.max();
          break;
        }
      }
      if (grade == null) {
        throw new IllegalStateException(form.key() + ": no band of " + dim.code() + " holds " + sum);
      }
    } else if (dim.grading() instanceof RuleGrading rg) {
      Pred[] ps = dimGradeRules[d];
      for (int r = 0; r < ps.length; r++) {
        if (ps[r].test(values, null)) {
          GradeRule rule = rg.rules().get(r);
          grade = rule.grade();
          gradeLabel = rule.label();
          gradeBasis = rule.id();
          break;
        }
      }
      if (grade == null) {
        throw new IllegalStateException(form.key() + ": no grade rule of " + dim.code() + " matches");
      }
    }
    grades[d] = grade == null ? -1 : grade;
    return new DimensionResult(dim.code(), dim.label(), dim.summed() ? sum : null, grade, gradeLabel, gradeBasis,
        dim.grading() != null && dim.grading().provisional(), trace);
  }

  private Integer scoreOf(int i, Object value) {
    Option o = optionsByValue.get(i).get(value);
    return o == null ? null : o.score();
  }

  private int applyChanges(int preliminary, Object[] values, List<LevelChange> changes) {
    Scoring.LevelChanges lc = scoring.levelChanges();
    if (lc == null || (lc.ignoreFromLevel() != null && preliminary >= lc.ignoreFromLevel())) {
      return preliminary;
    }
    for (LevelChangeRule rule : lc.rules()) {
      if (rule instanceof ComaOverride co) {
        List<ItemScore> hit = matched(co.when(), values);
        if (!hit.isEmpty()) {
          changes.add(new LevelChange(co.id(), co.kind(), co.description(), preliminary, co.level(), hit));
          return co.level();
        }
      }
    }
    List<LevelChangeRule> fired = new ArrayList<>();
    List<List<ItemScore>> triggers = new ArrayList<>();
    for (LevelChangeRule rule : lc.rules()) {
      List<ItemScore> hit = List.of();
      if (rule instanceof RaiseIfAnySelected r) {
        hit = matched(r.when(), values);
      } else if (rule instanceof RaiseIfSumAtLeast r) {
        int sum = 0;
        List<ItemScore> contributing = new ArrayList<>();
        for (String code : r.items()) {
          int i = index.get(code);
          if (values[i] != null) {
            int s = scoreOf(i, values[i]);
            sum += s;
            if (s != 0) {
              contributing.add(new ItemScore(code, values[i], s));
            }
          }
        }
        hit = sum >= r.atLeast() ? contributing : List.of();
      }
      if (!hit.isEmpty()) {
        fired.add(rule);
        triggers.add(hit);
      }
    }
    int level = preliminary;
    if (lc.cumulative()) {
      for (int k = 0; k < fired.size(); k++) {
        int to = Math.max(level, Math.min(lc.maxLevel(), level + by(fired.get(k))));
        changes.add(change(fired.get(k), level, to, triggers.get(k)));
        level = to;
      }
    } else if (!fired.isEmpty()) {
      int by = 0;
      for (LevelChangeRule r : fired) {
        by = Math.max(by, by(r));
      }
      int to = Math.max(preliminary, Math.min(lc.maxLevel(), preliminary + by));
      for (int k = 0; k < fired.size(); k++) {
        changes.add(change(fired.get(k), preliminary, to, triggers.get(k)));
      }
      level = to;
    }
    return level;
  }

  private static int by(LevelChangeRule r) {
    return r instanceof RaiseIfAnySelected a ? a.by() : ((RaiseIfSumAtLeast) r).by();
  }

  private static LevelChange change(LevelChangeRule r, int from, int to, List<ItemScore> hit) {
    return new LevelChange(r.id(), r.kind(), r.description(), from, to, hit);
  }

  private List<ItemScore> matched(List<ItemMatch> when, Object[] values) {
    List<ItemScore> hit = new ArrayList<>(1);
    for (ItemMatch m : when) {
      int i = index.get(m.item());
      if (matches(values[i], m.values())) {
        hit.add(new ItemScore(m.item(), values[i], values[i] instanceof List ? null : scoreOf(i, values[i])));
      }
    }
    return hit;
  }

  private ScoringResult result(List<Problem> problems, List<String> missing, Map<String, DimensionResult> dims,
      Integer total, Integer preliminary, LevelBasis basis, Integer fin, List<LevelChange> changes) {
    String levelName = null;
    if (fin != null) {
      Scoring.LevelDef def = scoring.level(fin);
      levelName = def == null ? null : def.name();
    }
    return new ScoringResult(form.id(), form.version(), form.contentHash(), form.provisional(), problems, missing,
        dims, total, preliminary, basis, fin, levelName, changes);
  }
}

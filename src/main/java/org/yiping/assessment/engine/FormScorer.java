package org.yiping.assessment.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yiping.assessment.form.AnswerType;
import org.yiping.assessment.form.Condition;
import org.yiping.assessment.form.Conditions;
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
import org.yiping.assessment.form.Visibility;

/**
 * A form compiled for scoring: item codes resolved to array indexes and conditions to predicates, once. Scoring never
 * parses JSON. Immutable and thread-safe.
 */
public final class FormScorer {

  private final FormDefinition form;
  private final Scoring scoring;
  private final Item[] items;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Map<Object, Option>> optionsByValue = new ArrayList<>();
  private final ValueKind[] kinds;
  private final List<List<Object>> allowed = new ArrayList<>();
  private final List<Object> allItemCodes;
  private final Visibility visibility;
  private final Dimension[] dims;
  private final int[][] dimItems;
  private final Conditions.Compiled[][] dimGradeRules;
  private final Map<String, Integer> dimIndex = new HashMap<>();
  private final int[] totalDims;
  private final Conditions.Compiled[] levelRules;
  private final int maxLevelDefined;

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
    visibility = Visibility.of(list, index::get);
    if (scoring == null) {
      dims = new Dimension[0];
      dimItems = new int[0][];
      dimGradeRules = new Conditions.Compiled[0][];
      totalDims = null;
      levelRules = null;
      maxLevelDefined = -1;
      return;
    }
    dims = scoring.dimensions().toArray(new Dimension[0]);
    dimItems = new int[dims.length][];
    dimGradeRules = new Conditions.Compiled[dims.length][];
    for (int d = 0; d < dims.length; d++) {
      dimIndex.put(dims[d].code(), d);
      dimItems[d] = dims[d].items().stream().mapToInt(index::get).toArray();
      if (dims[d].grading() instanceof RuleGrading rg) {
        dimGradeRules[d] = rg.rules().stream().map(r -> compile(r.when())).toArray(Conditions.Compiled[]::new);
      }
    }
    maxLevelDefined = scoring.levels().stream().mapToInt(Scoring.LevelDef::level).max().orElse(-1);
    totalDims = scoring.total() == null ? null
        : scoring.total().dimensions().stream().mapToInt(dimIndex::get).toArray();
    levelRules = scoring.preliminaryLevel() instanceof LevelRules lr
        ? lr.rules().stream().map(r -> compile(r.when())).toArray(Conditions.Compiled[]::new)
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

  private Conditions.Compiled compile(Condition c) {
    return Conditions.compile(c, index::get, dimIndex::get);
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
    if (Values.outOfRange(v) && (kinds[i] == ValueKind.INTEGER || kinds[i] == ValueKind.INTEGER_LIST)) {
      problems.add(new Problem(ProblemKind.OUT_OF_RANGE, items[i].code(), raw, allowed.get(i), kinds[i]));
      return null;
    }
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

  /** Hides the items whose show condition is known to fail and drops their answers (see {@link Visibility}). */
  private boolean[] applyVisibility(Object[] values) {
    boolean[] hidden = new boolean[items.length];
    visibility.apply(values, hidden);
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
      return result(problems, List.of(), Map.of(), null, null, null, null, List.of(), null);
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
      PendingLevel pending = scoring == null ? null : pendingLevel(values);
      return result(problems, missing, dimResults, null, null, null, null, List.of(), pending);
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
    return result(problems, missing, dimResults, total, preliminary, basis, fin, changes, null);
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
      Conditions.Compiled[] ps = dimGradeRules[d];
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

  /**
   * On an incomplete assessment, the level-setting rule (coma) that already holds and will decide the final level
   * whatever the missing answers turn out to be; {@code null} if none. The level itself is never given while
   * answers are missing.
   */
  private PendingLevel pendingLevel(Object[] values) {
    Scoring.LevelChanges lc = scoring.levelChanges();
    if (lc == null) {
      return null;
    }
    for (LevelChangeRule rule : lc.rules()) {
      if (rule instanceof ComaOverride co && overrideIsCertain(lc, co)) {
        List<ItemScore> hit = matched(co.when(), values);
        if (!hit.isEmpty()) {
          Scoring.LevelDef def = scoring.level(co.level());
          return new PendingLevel(co.id(), co.description(), co.level(), def == null ? null : def.name(), hit);
        }
      }
    }
    return null;
  }

  /**
   * The override's level is the final level whatever the preliminary level: always, unless {@code ignoreFromLevel}
   * could keep a preliminary level other than the override's (MZ/T 039: from 3, the highest level, which is also
   * the coma level, so it is certain there too).
   */
  private boolean overrideIsCertain(Scoring.LevelChanges lc, ComaOverride co) {
    Integer from = lc.ignoreFromLevel();
    if (from == null || from > maxLevelDefined) {
      return true;
    }
    return from == co.level() && co.level() == maxLevelDefined;
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
      if (Conditions.matches(values[i], m.values())) {
        hit.add(new ItemScore(m.item(), values[i], values[i] instanceof List ? null : scoreOf(i, values[i])));
      }
    }
    return hit;
  }

  private ScoringResult result(List<Problem> problems, List<String> missing, Map<String, DimensionResult> dims,
      Integer total, Integer preliminary, LevelBasis basis, Integer fin, List<LevelChange> changes,
      PendingLevel pending) {
    String levelName = null;
    if (fin != null) {
      Scoring.LevelDef def = scoring.level(fin);
      levelName = def == null ? null : def.name();
    }
    return new ScoringResult(form.id(), form.version(), form.contentHash(), form.provisional(), problems, missing,
        dims, total, preliminary, basis, fin, levelName, changes, pending);
  }
}

package org.yiping.assessment.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yiping.assessment.form.Scoring.Band;
import org.yiping.assessment.form.Scoring.BandGrading;
import org.yiping.assessment.form.Scoring.ComaOverride;
import org.yiping.assessment.form.Scoring.Dimension;
import org.yiping.assessment.form.Scoring.GradeRule;
import org.yiping.assessment.form.Scoring.Grading;
import org.yiping.assessment.form.Scoring.ItemMatch;
import org.yiping.assessment.form.Scoring.LevelBand;
import org.yiping.assessment.form.Scoring.LevelBands;
import org.yiping.assessment.form.Scoring.LevelChangeRule;
import org.yiping.assessment.form.Scoring.LevelChanges;
import org.yiping.assessment.form.Scoring.LevelDef;
import org.yiping.assessment.form.Scoring.LevelMatrix;
import org.yiping.assessment.form.Scoring.LevelRule;
import org.yiping.assessment.form.Scoring.LevelRules;
import org.yiping.assessment.form.Scoring.LevelScheme;
import org.yiping.assessment.form.Scoring.RaiseIfAnySelected;
import org.yiping.assessment.form.Scoring.RaiseIfSumAtLeast;
import org.yiping.assessment.form.Scoring.RuleGrading;
import org.yiping.assessment.form.Scoring.Total;

/**
 * Builds a {@link FormDefinition} from a form file that already passed the schema, and checks what a schema cannot:
 * references between items, dimensions and levels, show conditions without cycles, that every score a dimension or
 * the total can reach falls in exactly one band, and that first-match rule tables (grading rules, preliminary-level
 * rules) match every case they can meet ({@link RuleCoverage}).
 */
final class FormParser {
  private final String source;
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final Map<String, Integer> itemIndex = new HashMap<>();
  private Visibility visibility;

  private FormParser(String source) {
    this.source = source;
  }

  static FormDefinition parse(String source, JsonNode root) {
    return new FormParser(source).form(root);
  }

  private FormLoadException fail(String problem) {
    return new FormLoadException(source, problem);
  }

  private FormDefinition form(JsonNode root) {
    if (!FormVersions.valid(root.get("version").asText())) {
      throw fail("version " + root.get("version").asText() + ": at most 18 digits per number");
    }
    List<Section> sections = new ArrayList<>();
    for (JsonNode s : root.get("sections")) {
      List<Item> sectionItems = new ArrayList<>();
      for (JsonNode i : s.get("items")) {
        Item item = item(i);
        if (items.put(item.code(), item) != null) {
          throw fail("item " + item.code() + " is defined twice");
        }
        sectionItems.add(item);
      }
      sections.add(new Section(s.get("code").asText(), s.get("label").asText(), sectionItems));
    }
    for (Item item : items.values()) {
      itemIndex.put(item.code(), itemIndex.size());
      if (item.showIf() != null) {
        checkItemCondition(item.showIf(), "showIf of " + item.code());
      }
    }
    try {
      visibility = Visibility.of(List.copyOf(items.values()), itemIndex::get);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
    Scoring scoring = root.has("scoring") ? scoring(root.get("scoring")) : null;
    List<String> notes = new ArrayList<>();
    if (root.has("notes")) {
      root.get("notes").forEach(n -> notes.add(n.asText()));
    }
    return new FormDefinition(
        root.get("id").asText(),
        root.get("version").asText(),
        FormStatus.fromJson(root.get("status").asText()),
        root.get("title").asText(),
        root.path("standard").asText(""),
        notes,
        sections,
        scoring,
        CanonicalJson.hash(root),
        source);
  }

  private Item item(JsonNode n) {
    String code = n.get("code").asText();
    AnswerType type = AnswerType.fromJson(n.get("type").asText());
    List<Option> options = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    Set<Class<?>> kinds = new HashSet<>();
    for (JsonNode o : n.get("options")) {
      Object value = scalar(o.get("value"));
      if (!seen.add(value)) {
        throw fail("item " + code + ": option value " + Values.display(value) + " appears twice");
      }
      kinds.add(value.getClass());
      Integer score = o.has("score") ? o.get("score").intValue() : null;
      options.add(new Option(value, o.get("label").asText(), score));
    }
    if (kinds.size() > 1) {
      throw fail("item " + code + ": option values mix integers and strings");
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (n.has("attributes")) {
      JsonNode attrs = n.get("attributes");
      attrs.fieldNames().forEachRemaining(k -> attributes.put(k, scalar(attrs.get(k))));
    }
    Condition showIf = n.has("showIf") ? condition(n.get("showIf")) : null;
    return new Item(code, n.get("label").asText(), n.get("help").asText(), type,
        n.get("required").booleanValue(), options, showIf, attributes);
  }

  private static Object scalar(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return Values.normalize(v.doubleValue());
    }
    return v.asText();
  }

  private Condition condition(JsonNode n) {
    if (n.has("item")) {
      Set<Object> values = new LinkedHashSet<>();
      n.get("in").forEach(v -> values.add(scalar(v)));
      return new Condition.ItemIn(n.get("item").asText(), values);
    }
    if (n.has("grade")) {
      Set<Integer> grades = new LinkedHashSet<>();
      n.get("in").forEach(v -> grades.add(v.intValue()));
      return new Condition.GradeIn(n.get("grade").asText(), grades);
    }
    if (n.has("all")) {
      return new Condition.All(conditions(n.get("all")));
    }
    if (n.has("any")) {
      return new Condition.Any(conditions(n.get("any")));
    }
    if (n.has("not")) {
      return new Condition.Not(condition(n.get("not")));
    }
    Integer max = n.has("max") ? n.get("max").intValue() : null;
    return new Condition.CountOf(conditions(n.get("countOf")), n.get("min").intValue(), max);
  }

  private List<Condition> conditions(JsonNode arr) {
    List<Condition> list = new ArrayList<>();
    arr.forEach(c -> list.add(condition(c)));
    return list;
  }

  /** Item references exist and name option values; no grade references. */
  private void checkItemCondition(Condition c, String where) {
    if (c instanceof Condition.ItemIn in) {
      checkMatch(in.item(), in.values(), where);
    } else if (c instanceof Condition.GradeIn) {
      throw fail(where + ": a grade condition is only allowed in preliminary-level rules");
    } else {
      Conditions.children(c).forEach(x -> checkItemCondition(x, where));
    }
  }

  private Item requireItem(String code, String where) {
    Item item = items.get(code);
    if (item == null) {
      throw fail(where + ": unknown item " + code);
    }
    return item;
  }

  private void checkMatch(String code, Set<Object> values, String where) {
    Item item = requireItem(code, where);
    for (Object v : values) {
      if (item.option(v) == null) {
        throw fail(where + ": " + Values.display(v) + " is not an option of " + code);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ scoring

  private Scoring scoring(JsonNode n) {
    Map<String, Dimension> dims = new LinkedHashMap<>();
    Map<String, BitSet> reachable = new HashMap<>();
    Set<String> usedItems = new HashSet<>();
    for (JsonNode d : n.get("dimensions")) {
      Dimension dim = dimension(d, usedItems);
      if (dims.put(dim.code(), dim) != null) {
        throw fail("dimension " + dim.code() + " is defined twice");
      }
      if (dim.summed()) {
        reachable.put(dim.code(), reachableSums(dim));
      }
      checkGrading(dim, reachable.get(dim.code()));
    }
    Map<String, Integer> dimIndex = new HashMap<>();
    dims.keySet().forEach(code -> dimIndex.put(code, dimIndex.size()));
    RuleCoverage coverage = new RuleCoverage(List.copyOf(items.values()), itemIndex, dimIndex, visibility, this::fail);
    Map<String, Set<Integer>> reachableGrades = new HashMap<>();
    for (Dimension dim : dims.values()) {
      if (dim.grading() instanceof BandGrading bg) {
        reachableGrades.put(dim.code(), reachableGrades(bg, reachable.get(dim.code())));
      } else if (dim.grading() instanceof RuleGrading rg) {
        reachableGrades.put(dim.code(), coverage.gradeRules(dim, rg.rules()));
      }
    }
    Total total = null;
    if (n.has("total")) {
      List<String> td = new ArrayList<>();
      n.get("total").get("dimensions").forEach(x -> td.add(x.asText()));
      for (String code : td) {
        Dimension dim = dims.get(code);
        if (dim == null || !dim.summed()) {
          throw fail("total: " + code + " is not a summed dimension");
        }
      }
      total = new Total(n.get("total").get("label").asText(), td);
    }
    Map<Integer, LevelDef> levels = new LinkedHashMap<>();
    for (JsonNode l : n.get("levels")) {
      LevelDef def = new LevelDef(l.get("level").intValue(), l.get("name").asText(),
          l.has("alias") ? l.get("alias").asText() : null);
      if (levels.put(def.level(), def) != null) {
        throw fail("level " + def.level() + " is defined twice");
      }
    }
    LevelScheme scheme = levelScheme(n.get("preliminaryLevel"), dims, reachable, total, levels.keySet());
    if (scheme instanceof LevelRules lr) {
      coverage.levelRules(lr.rules(), reachableGrades);
    }
    LevelChanges changes = n.has("levelChanges") ? levelChanges(n.get("levelChanges"), levels.keySet()) : null;
    return new Scoring(List.copyOf(dims.values()), total, List.copyOf(levels.values()), scheme, changes);
  }

  private Dimension dimension(JsonNode d, Set<String> usedItems) {
    String code = d.get("code").asText();
    boolean summed = "sum".equals(d.get("score").asText());
    List<String> codes = new ArrayList<>();
    for (JsonNode x : d.get("items")) {
      Item item = requireItem(x.asText(), "dimension " + code);
      if (!usedItems.add(item.code())) {
        throw fail("dimension " + code + ": item " + item.code() + " already belongs to another dimension");
      }
      if (summed) {
        if (item.type() != AnswerType.SINGLE) {
          throw fail("dimension " + code + ": summed item " + item.code() + " must be a single-choice item");
        }
        for (Option o : item.options()) {
          if (o.score() == null) {
            throw fail("dimension " + code + ": option " + Values.display(o.value()) + " of " + item.code()
                + " has no score");
          }
        }
      }
      codes.add(item.code());
    }
    Grading grading = d.has("grading") ? grading(d.get("grading"), code) : null;
    return new Dimension(code, d.get("label").asText(), summed, codes, grading);
  }

  private Grading grading(JsonNode g, String dim) {
    boolean provisional = "provisional".equals(g.path("status").asText());
    if ("bands".equals(g.get("method").asText())) {
      List<Band> bands = new ArrayList<>();
      for (JsonNode b : g.get("bands")) {
        bands.add(new Band(b.get("min").intValue(), b.get("max").intValue(), b.get("grade").intValue(),
            b.has("label") ? b.get("label").asText() : null));
      }
      return new BandGrading(provisional, bands);
    }
    List<GradeRule> rules = new ArrayList<>();
    for (JsonNode r : g.get("rules")) {
      Condition when = condition(r.get("when"));
      checkItemCondition(when, "dimension " + dim + " rule " + r.get("id").asText());
      rules.add(new GradeRule(r.get("id").asText(), r.get("grade").intValue(),
          r.has("label") ? r.get("label").asText() : null, r.get("description").asText(), when));
    }
    return new RuleGrading(provisional, rules);
  }

  /** Every sum the dimension can reach (hidden items count as absent, so 0 is added for them). */
  private BitSet reachableSums(Dimension dim) {
    BitSet sums = new BitSet();
    sums.set(0);
    for (String code : dim.items()) {
      Item item = items.get(code);
      BitSet next = new BitSet();
      for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
        for (Option o : item.options()) {
          if (o.score() < 0) {
            throw fail("item " + code + ": negative scores are not supported");
          }
          next.set(s + o.score());
        }
        if (item.showIf() != null) {
          next.set(s);
        }
      }
      sums = next;
    }
    return sums;
  }

  private void checkGrading(Dimension dim, BitSet reachable) {
    if (dim.grading() instanceof BandGrading bg) {
      if (!dim.summed()) {
        throw fail("dimension " + dim.code() + ": band grading needs a summed dimension");
      }
      checkCoverage("dimension " + dim.code(), reachable, bg.bands().stream().map(b -> new int[] {b.min(), b.max()})
          .toList());
    }
  }

  /** The grades of the bands that hold at least one reachable score. */
  private static Set<Integer> reachableGrades(BandGrading bg, BitSet reachable) {
    Set<Integer> grades = new TreeSet<>();
    for (Band b : bg.bands()) {
      int s = reachable.nextSetBit(Math.max(0, b.min()));
      if (s >= 0 && s <= b.max()) {
        grades.add(b.grade());
      }
    }
    return grades;
  }

  private void checkCoverage(String where, BitSet reachable, List<int[]> ranges) {
    for (int s = reachable.nextSetBit(0); s >= 0; s = reachable.nextSetBit(s + 1)) {
      int hits = 0;
      for (int[] r : ranges) {
        if (s >= r[0] && s <= r[1]) {
          hits++;
        }
      }
      if (hits != 1) {
        throw fail(where + ": reachable score " + s + " falls in " + hits + " bands (must be exactly 1)");
      }
    }
  }

  private static Set<Integer> grades(Dimension d) {
    Set<Integer> g = new TreeSet<>();
    if (d.grading() instanceof BandGrading bg) {
      bg.bands().forEach(b -> g.add(b.grade()));
    } else if (d.grading() instanceof RuleGrading rg) {
      rg.rules().forEach(r -> g.add(r.grade()));
    }
    return g;
  }

  private LevelScheme levelScheme(JsonNode n, Map<String, Dimension> dims, Map<String, BitSet> reachable,
      Total total, Set<Integer> levels) {
    boolean provisional = "provisional".equals(n.path("status").asText());
    String method = n.get("method").asText();
    switch (method) {
      case "bands" -> {
        if (total == null) {
          throw fail("preliminaryLevel: bands of the total need a 'total'");
        }
        List<LevelBand> bands = new ArrayList<>();
        for (JsonNode b : n.get("bands")) {
          LevelBand lb = new LevelBand(b.get("min").intValue(), b.get("max").intValue(), b.get("level").intValue());
          requireLevel(levels, lb.level(), "preliminaryLevel band");
          bands.add(lb);
        }
        BitSet totals = new BitSet();
        totals.set(0);
        for (String d : total.dimensions()) {
          BitSet r = reachable.get(d);
          BitSet next = new BitSet();
          for (int a = totals.nextSetBit(0); a >= 0; a = totals.nextSetBit(a + 1)) {
            for (int b = r.nextSetBit(0); b >= 0; b = r.nextSetBit(b + 1)) {
              next.set(a + b);
            }
          }
          totals = next;
        }
        checkCoverage("preliminaryLevel", totals, bands.stream().map(b -> new int[] {b.min(), b.max()}).toList());
        return new LevelBands(provisional, bands);
      }
      case "rules" -> {
        List<LevelRule> rules = new ArrayList<>();
        for (JsonNode r : n.get("rules")) {
          String id = r.get("id").asText();
          Condition when = condition(r.get("when"));
          checkGradeCondition(when, dims, "preliminaryLevel rule " + id);
          int level = r.get("level").intValue();
          requireLevel(levels, level, "preliminaryLevel rule " + id);
          rules.add(new LevelRule(id, level, r.get("description").asText(), when));
        }
        return new LevelRules(provisional, rules);
      }
      default -> {
        String row = n.get("rowDimension").asText();
        List<String> cols = new ArrayList<>();
        n.get("columnDimensions").forEach(c -> cols.add(c.asText()));
        int rowGrades = maxGrade(dims, row, "preliminaryLevel matrix") + 1;
        int colGrades = 0;
        for (String c : cols) {
          colGrades = Math.max(colGrades, maxGrade(dims, c, "preliminaryLevel matrix") + 1);
        }
        JsonNode cellsNode = n.get("cells");
        if (cellsNode.size() < rowGrades) {
          throw fail("preliminaryLevel matrix: " + cellsNode.size() + " rows, needs " + rowGrades);
        }
        int[][] cells = new int[cellsNode.size()][];
        for (int i = 0; i < cells.length; i++) {
          JsonNode rowNode = cellsNode.get(i);
          if (rowNode.size() < colGrades) {
            throw fail("preliminaryLevel matrix: row " + i + " has " + rowNode.size() + " cells, needs " + colGrades);
          }
          cells[i] = new int[rowNode.size()];
          for (int j = 0; j < cells[i].length; j++) {
            cells[i][j] = rowNode.get(j).intValue();
            requireLevel(levels, cells[i][j], "preliminaryLevel matrix cell [" + i + "][" + j + "]");
          }
        }
        return new LevelMatrix(provisional, n.path("description").asText(""), row, cols,
            "max".equals(n.get("columnCombine").asText()), cells);
      }
    }
  }

  private int maxGrade(Map<String, Dimension> dims, String code, String where) {
    Dimension d = dims.get(code);
    if (d == null || d.grading() == null) {
      throw fail(where + ": " + code + " is not a graded dimension");
    }
    return grades(d).stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private void checkGradeCondition(Condition c, Map<String, Dimension> dims, String where) {
    if (c instanceof Condition.ItemIn in) {
      checkMatch(in.item(), in.values(), where);
    } else if (c instanceof Condition.GradeIn g) {
      Dimension d = dims.get(g.dimension());
      if (d == null || d.grading() == null) {
        throw fail(where + ": " + g.dimension() + " is not a graded dimension");
      }
    } else {
      Conditions.children(c).forEach(x -> checkGradeCondition(x, dims, where));
    }
  }

  private void requireLevel(Set<Integer> levels, int level, String where) {
    if (!levels.contains(level)) {
      throw fail(where + ": level " + level + " is not defined in 'levels'");
    }
  }

  private LevelChanges levelChanges(JsonNode n, Set<Integer> levels) {
    int maxLevel = n.get("maxLevel").intValue();
    requireLevel(levels, maxLevel, "levelChanges.maxLevel");
    List<LevelChangeRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode r : n.get("rules")) {
      String id = r.get("id").asText();
      if (!ids.add(id)) {
        throw fail("level-change rule " + id + " is defined twice");
      }
      String where = "level-change rule " + id;
      String desc = r.get("description").asText();
      switch (r.get("kind").asText()) {
        case "coma-override" -> {
          int level = r.get("level").intValue();
          requireLevel(levels, level, where);
          rules.add(new ComaOverride(id, desc, matches(r.get("when"), where), level));
        }
        case "raise-if-any-selected" -> rules.add(
            new RaiseIfAnySelected(id, desc, matches(r.get("when"), where), r.get("by").intValue()));
        default -> {
          List<String> codes = new ArrayList<>();
          for (JsonNode x : r.get("items")) {
            Item item = requireItem(x.asText(), where);
            if (item.type() != AnswerType.SINGLE || item.options().stream().anyMatch(o -> o.score() == null)) {
              throw fail(where + ": item " + item.code() + " must be single-choice with scored options");
            }
            codes.add(item.code());
          }
          rules.add(new RaiseIfSumAtLeast(id, desc, codes, r.get("atLeast").intValue(), r.get("by").intValue()));
        }
      }
    }
    Integer ignoreFrom = n.has("ignoreFromLevel") ? n.get("ignoreFromLevel").intValue() : null;
    return new LevelChanges(n.get("cumulative").booleanValue(), maxLevel, ignoreFrom, rules);
  }

  private List<ItemMatch> matches(JsonNode arr, String where) {
    List<ItemMatch> list = new ArrayList<>();
    for (JsonNode m : arr) {
      Set<Object> values = new LinkedHashSet<>();
      m.get("in").forEach(v -> values.add(scalar(v)));
      String code = m.get("item").asText();
      checkMatch(code, values, where);
      list.add(new ItemMatch(code, values));
    }
    return list;
  }
}

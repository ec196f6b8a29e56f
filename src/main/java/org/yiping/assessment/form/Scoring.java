package org.yiping.assessment.form;

import java.util.List;
import java.util.Set;

/**
 * The scoring part of a form: dimensions, optional total, level names, how the preliminary level is found and which
 * rules change it. All of it is data read from the form file.
 */
public record Scoring(
    List<Dimension> dimensions,
    Total total,
    List<LevelDef> levels,
    LevelScheme preliminaryLevel,
    LevelChanges levelChanges) {

  public Scoring {
    dimensions = List.copyOf(dimensions);
    levels = List.copyOf(levels);
  }

  public LevelDef level(int level) {
    for (LevelDef d : levels) {
      if (d.level() == level) {
        return d;
      }
    }
    return null;
  }

  /** A first-level indicator. {@code summed}: its score is the sum of its items' scores. */
  public record Dimension(String code, String label, boolean summed, List<String> items, Grading grading) {
    public Dimension {
      items = List.copyOf(items);
    }
  }

  public record Total(String label, List<String> dimensions) {
    public Total {
      dimensions = List.copyOf(dimensions);
    }
  }

  public record LevelDef(int level, String name, String alias) {}

  /** How a dimension is graded. {@code provisional}: the table is not confirmed against the official text. */
  public sealed interface Grading {
    boolean provisional();
  }

  public record Band(int min, int max, int grade, String label) {}

  /** Grade by the band the dimension score falls in. */
  public record BandGrading(boolean provisional, List<Band> bands) implements Grading {
    public BandGrading {
      bands = List.copyOf(bands);
    }
  }

  public record GradeRule(String id, int grade, String label, String description, Condition when) {}

  /** Grade by the first rule (in file order, most severe first) whose condition holds. */
  public record RuleGrading(boolean provisional, List<GradeRule> rules) implements Grading {
    public RuleGrading {
      rules = List.copyOf(rules);
    }
  }

  /** How the preliminary level is found. */
  public sealed interface LevelScheme {
    boolean provisional();
  }

  public record LevelBand(int min, int max, int level) {}

  /** Level by the band the total falls in. */
  public record LevelBands(boolean provisional, List<LevelBand> bands) implements LevelScheme {
    public LevelBands {
      bands = List.copyOf(bands);
    }
  }

  public record LevelRule(String id, int level, String description, Condition when) {}

  /** Level by the first rule (file order, most severe first) whose condition holds. */
  public record LevelRules(boolean provisional, List<LevelRule> rules) implements LevelScheme {
    public LevelRules {
      rules = List.copyOf(rules);
    }
  }

  /**
   * Level from a table: row = grade of {@code rowDimension}; column = the max (or min) grade of
   * {@code columnDimensions}.
   */
  public record LevelMatrix(
      boolean provisional,
      String description,
      String rowDimension,
      List<String> columnDimensions,
      boolean columnMax,
      int[][] cells)
      implements LevelScheme {
    public LevelMatrix {
      columnDimensions = List.copyOf(columnDimensions);
      int[][] copy = new int[cells.length][];
      for (int i = 0; i < cells.length; i++) {
        copy[i] = cells[i].clone();
      }
      cells = copy;
    }

    public int cell(int row, int column) {
      return cells[row][column];
    }

    public int rows() {
      return cells.length;
    }

    public int columns(int row) {
      return cells[row].length;
    }
  }

  /**
   * Rules that change the preliminary level (GB/T 42195 C.4, MZ/T 039 C.3).
   *
   * @param cumulative {@code false}: all triggered raise rules together raise once, by the largest {@code by}
   * @param maxLevel the final level never goes above this
   * @param ignoreFromLevel when the preliminary level is at least this, no rule applies ({@code null}: always apply)
   */
  public record LevelChanges(boolean cumulative, int maxLevel, Integer ignoreFromLevel, List<LevelChangeRule> rules) {
    public LevelChanges {
      rules = List.copyOf(rules);
    }
  }

  /** An item whose answer (any selected value) is one of {@code values}. */
  public record ItemMatch(String item, Set<Object> values) {
    public ItemMatch {
      values = Set.copyOf(values);
    }
  }

  /** The named rule kinds the engine knows. */
  public sealed interface LevelChangeRule {
    String id();

    String kind();

    String description();
  }

  /** Any match → the final level is {@code level}, whatever the score; no other rule applies. */
  public record ComaOverride(String id, String description, List<ItemMatch> when, int level)
      implements LevelChangeRule {
    public ComaOverride {
      when = List.copyOf(when);
    }

    @Override
    public String kind() {
      return "coma-override";
    }
  }

  /** Any match → raise by {@code by}. */
  public record RaiseIfAnySelected(String id, String description, List<ItemMatch> when, int by)
      implements LevelChangeRule {
    public RaiseIfAnySelected {
      when = List.copyOf(when);
    }

    @Override
    public String kind() {
      return "raise-if-any-selected";
    }
  }

  /** The option scores of {@code items} (unanswered count 0) add up to at least {@code atLeast} → raise by {@code by}. */
  public record RaiseIfSumAtLeast(String id, String description, List<String> items, int atLeast, int by)
      implements LevelChangeRule {
    public RaiseIfSumAtLeast {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "raise-if-sum-at-least";
    }
  }
}

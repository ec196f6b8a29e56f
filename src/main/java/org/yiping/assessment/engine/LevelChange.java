package org.yiping.assessment.engine;

import java.util.List;

/**
 * A level-change rule that fired (GB/T 42195 C.4, MZ/T 039 C.3). When rules are not cumulative, every rule that
 * fired is listed with the same from and to. A rule can fire and change nothing: a raise stopped by the cap, or coma
 * on a preliminary level that is already the coma level; then {@code toLevel == fromLevel} and {@link #applied()}
 * is {@code false}.
 *
 * @param triggeredBy the answers that triggered the rule
 */
public record LevelChange(
    String ruleId, String kind, String description, int fromLevel, int toLevel, List<ItemScore> triggeredBy) {
  public LevelChange {
    triggeredBy = List.copyOf(triggeredBy);
  }

  /** The rule changed the level ({@code toLevel != fromLevel}). */
  public boolean applied() {
    return toLevel != fromLevel;
  }
}

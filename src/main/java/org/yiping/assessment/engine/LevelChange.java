package org.yiping.assessment.engine;

import java.util.List;

/**
 * A level-change rule that applied (GB/T 42195 C.4, MZ/T 039 C.3). When rules are not cumulative, every rule that
 * applied is listed with the same from and to; when the cap stopped a raise, {@code toLevel == fromLevel}.
 *
 * @param triggeredBy the answers that triggered the rule
 */
public record LevelChange(
    String ruleId, String kind, String description, int fromLevel, int toLevel, List<ItemScore> triggeredBy) {
  public LevelChange {
    triggeredBy = List.copyOf(triggeredBy);
  }
}

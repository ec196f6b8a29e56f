package org.yiping.assessment.engine;

import java.util.List;

/**
 * On an incomplete assessment, a level-setting rule (GB/T 42195 coma A.5.11, MZ/T 039 coma B.3.1) that already holds:
 * once every required answer is given, the final level will be {@code level}, whatever the scores. It is a note for
 * the assessor, not a level: an incomplete assessment has none (never rescaled, never guessed).
 *
 * @param triggeredBy the answers that make the rule hold
 */
public record PendingLevel(String ruleId, String description, int level, String levelName,
    List<ItemScore> triggeredBy) {
  public PendingLevel {
    triggeredBy = List.copyOf(triggeredBy);
  }
}

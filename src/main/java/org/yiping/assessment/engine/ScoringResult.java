package org.yiping.assessment.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring one set of answers on one form version. Every number can be traced: dimension scores to
 * their items, the total to its dimensions, the preliminary level to {@link #preliminaryBasis()}, the final level to
 * {@link #levelChanges()}.
 *
 * <p>Invalid answers ({@link #problems()} not empty) give no scores at all. Incomplete answers ({@link #missing()} not
 * empty) give the dimensions that are fully answered, and no total and no level. Scores are never rescaled.
 *
 * @param dimensions by code, in form order
 * @param total {@code null} if incomplete or the form has no total
 * @param pendingLevel only on an incomplete result: a level-setting rule (coma) that already holds, so the final level
 *     is known once the assessment is complete; {@code null} otherwise. Incomplete still means no level.
 */
public record ScoringResult(
    String formId,
    String formVersion,
    String formHash,
    boolean provisional,
    List<Problem> problems,
    List<String> missing,
    Map<String, DimensionResult> dimensions,
    Integer total,
    Integer preliminaryLevel,
    LevelBasis preliminaryBasis,
    Integer finalLevel,
    String levelName,
    List<LevelChange> levelChanges,
    PendingLevel pendingLevel) {

  public ScoringResult {
    problems = List.copyOf(problems);
    missing = List.copyOf(missing);
    dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    levelChanges = List.copyOf(levelChanges);
  }

  /** No invalid answer. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** Valid and nothing required is missing. */
  public boolean complete() {
    return problems.isEmpty() && missing.isEmpty();
  }

  public DimensionResult dimension(String code) {
    return dimensions.get(code);
  }
}

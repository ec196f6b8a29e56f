package org.yiping.assessment.engine;

/**
 * Why the preliminary level is what it is.
 *
 * @param method {@code bands}, {@code rules} or {@code matrix}
 * @param ruleId the band ({@code total 66-89}), rule id or matrix cell ({@code row 2, column 1})
 * @param description the rule's Chinese description, if any
 */
public record LevelBasis(String method, String ruleId, String description) {}

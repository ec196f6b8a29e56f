package org.yiping.assessment.engine;

import java.util.List;

/**
 * One first-level indicator of a result.
 *
 * @param score the sum of the item scores, {@code null} for a dimension graded by rules only
 * @param grade the grade, {@code null} if the form does not grade this dimension
 * @param gradeLabel e.g. 轻度受损
 * @param gradeBasis why this grade: {@code band 65-95} or the id of the rule that matched
 * @param provisional the grading table is not confirmed
 * @param items the items that produced the score and grade, in form order
 */
public record DimensionResult(
    String code,
    String label,
    Integer score,
    Integer grade,
    String gradeLabel,
    String gradeBasis,
    boolean provisional,
    List<ItemScore> items) {

  public DimensionResult {
    items = List.copyOf(items);
  }
}

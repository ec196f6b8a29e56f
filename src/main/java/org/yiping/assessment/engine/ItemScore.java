package org.yiping.assessment.engine;

/**
 * One answered item as it enters a result.
 *
 * @param value the answer (normalized: integers are {@link Long})
 * @param score the option's score, {@code null} for an unscored item
 */
public record ItemScore(String item, Object value, Integer score) {}

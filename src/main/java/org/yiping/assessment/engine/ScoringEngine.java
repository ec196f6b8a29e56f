package org.yiping.assessment.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yiping.assessment.form.FormDefinition;

/**
 * Entry point of the scoring engine: a generic interpreter of the form format. Compiles each form version once
 * (keyed by id, version and content hash) and scores answers on it. Thread-safe.
 */
public final class ScoringEngine {
  private final Map<String, FormScorer> compiled = new ConcurrentHashMap<>();

  /** The compiled scorer of this form version. */
  public FormScorer scorer(FormDefinition form) {
    return compiled.computeIfAbsent(form.key() + "#" + form.contentHash(), k -> new FormScorer(form));
  }

  /**
   * Validates and scores {@code answers} (item code → value: an integer or string option value, a boolean, or a
   * list for a multi-choice item; a {@code null} value counts as unanswered).
   */
  public ScoringResult score(FormDefinition form, Map<String, ?> answers) {
    return scorer(form).score(answers);
  }
}

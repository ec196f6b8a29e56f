package org.yiping.elder;

import java.util.List;

/**
 * The file was saved by someone else (or brought down by sync) while it was being edited, and their change touched
 * fields this edit changed too. Carries the newer version and those fields, so the editor keeps what was typed and
 * the person decides; saving again then stands on the newer version.
 */
public final class ElderChangedException extends org.yiping.core.UserFacingException {
  private static final long serialVersionUID = 1L;
  private final transient ElderFile current;
  private final List<String> fields;

  ElderChangedException(ElderFile current, List<String> fields) {
    super("elder.problem.changedSameFields", current.updatedBy());
    this.current = current;
    this.fields = List.copyOf(fields);
  }

  /** The version saved meanwhile. */
  public ElderFile current() {
    return current;
  }

  /** The fields both changed, as {@link ElderDraft} component names. */
  public List<String> fields() {
    return fields;
  }
}

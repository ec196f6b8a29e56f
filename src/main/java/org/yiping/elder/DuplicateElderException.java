package org.yiping.elder;

import java.util.UUID;
import org.yiping.core.UserFacingException;

/** 一人一档: a second file for the same ID number is refused, pointing at the existing one. */
public class DuplicateElderException extends UserFacingException {
  private static final long serialVersionUID = 1L;
  private final UUID existingId;

  public DuplicateElderException(UUID existingId, String existingName) {
    super("elder.problem.duplicate", existingName);
    this.existingId = existingId;
  }

  public UUID existingId() {
    return existingId;
  }
}

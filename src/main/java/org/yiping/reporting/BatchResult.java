package org.yiping.reporting;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.yiping.core.UserFacingException;

/**
 * What a batch wrote.
 *
 * @param written reports in the files that were kept (a cancelled combined file is removed: 0)
 * @param total reports the batch was to write (a combined visit is one report)
 * @param cancelled stopped before the end at the caller's request
 * @param files the files written, in order: one per report, or the one combined file
 * @param refused reports that could not be made, with why (a name with a character the font lacks)
 */
public record BatchResult(int written, int total, boolean cancelled, List<Path> files, List<Refusal> refused) {
  public BatchResult {
    files = List.copyOf(files);
    refused = List.copyOf(refused);
  }

  /** The report of {@code assessmentId} was not made; {@code problem} says why, for the screen to render. */
  public record Refusal(UUID assessmentId, UserFacingException problem) {}
}

package org.yiping.adaptation;

import java.time.Instant;
import java.util.UUID;

/** A case photo as lists show it: the thumbnail only. */
public record CasePhoto(UUID id, UUID caseId, String itemCode, Phase phase, int width, int height,
    byte[] thumbnail, Instant addedAt) {}

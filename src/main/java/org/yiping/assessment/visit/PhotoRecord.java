package org.yiping.assessment.visit;

import java.time.Instant;
import java.util.UUID;

/** A photo of an assessment as lists show it: the thumbnail only; {@link EvidenceService#photo} reads the image. */
public record PhotoRecord(UUID id, UUID assessmentId, String caption, int width, int height, String sha256,
    byte[] thumbnail, Instant addedAt) {}

package org.yiping.assessment.visit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A signature drawn on screen, kept as vector strokes so it prints sharp at any size. Each stroke is
 * {@code x1,y1,x2,y2,...} in the signing pad's pixels (origin top left) of a pad {@code width} × {@code height}.
 */
public record SignatureRecord(UUID id, UUID assessmentId, SignerRole role, String signerName, double width,
    double height, List<double[]> strokes, String sha256, Instant signedAt) {}

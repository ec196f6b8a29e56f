package org.yiping.adaptation;

import java.time.Instant;
import java.util.List;

/** A signature of the acceptance as strokes in a pad {@code width} × {@code height}. */
public record AcceptanceSignature(AcceptanceRole role, String signerName, double width, double height,
    List<double[]> strokes, Instant signedAt) {}

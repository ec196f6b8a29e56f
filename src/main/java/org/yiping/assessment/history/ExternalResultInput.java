package org.yiping.assessment.history;

import java.time.LocalDate;

/**
 * What is copied from the document. {@code category} only for a disability certificate; {@code validUntil} null
 * when the document has no expiry.
 */
public record ExternalResultInput(ExternalResultKind kind, DisabilityCategory category, int grade, String issuer,
    String documentNumber, LocalDate issuedOn, LocalDate validUntil, String note) {}

package org.yiping.bed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A family bed as screens and reports see it; {@code bedCode} is its 一床一码. */
public record BedRecord(UUID id, UUID elderId, String townshipCode, String bedCode, String provider,
    LocalDate agreementFrom, LocalDate agreementTo, UUID adaptationCaseId, List<Device> devices, boolean eligible,
    List<String> eligibilityBasis, String overrideReason, LocalDate openedOn, LocalDate closedOn,
    CloseReason closeReason, String closeNote) {
  public BedRecord {
    devices = List.copyOf(devices);
    eligibilityBasis = List.copyOf(eligibilityBasis);
  }

  public boolean open() {
    return closedOn == null;
  }
}

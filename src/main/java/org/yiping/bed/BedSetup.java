package org.yiping.bed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What setting up a bed (建床) records: the service provider, the agreement period, the home adaptation case it relies
 * on (may be null), the devices installed, and a reason when the elder does not qualify but the office goes ahead.
 */
public record BedSetup(String provider, LocalDate agreementFrom, LocalDate agreementTo, UUID adaptationCaseId,
    List<Device> devices, String overrideReason) {
  public BedSetup {
    devices = devices == null ? List.of() : List.copyOf(devices);
  }
}

package org.yiping.bed;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One entry of a bed's log. Fields that do not apply to its kind are null. */
public record BedEventRecord(UUID id, UUID bedId, EventKind kind, LocalDate on, String staff,
    Set<ServiceKind> services, Integer minutes, String deviceSerial, BedKind referralTo,
    ReferralStatus referralStatus, String note) {
  public BedEventRecord {
    services = services == null ? Set.of() : Set.copyOf(services);
  }
}

package org.yiping.report.bed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one bed's label (一床一码) shows.
 *
 * @param bedCode the bed code, printed as text and held by the QR code as it is
 * @param elderName the elder's name as on file: the label prints it masked ({@link BedLabels#maskName})
 * @param provider the service provider
 * @param township the township's (乡镇、街道) name
 * @param openedOn the day the bed was set up
 */
public record BedLabelData(String bedCode, String elderName, String provider, String township, LocalDate openedOn) {
  public BedLabelData {
    Objects.requireNonNull(bedCode, "bedCode");
    if (bedCode.isBlank()) {
      throw new IllegalArgumentException("a label needs a bed code");
    }
  }
}

package org.yiping.reporting;

import java.util.UUID;
import org.yiping.bed.BedRecord;
import org.yiping.bed.BedService;
import org.yiping.elder.ElderService;
import org.yiping.elder.division.Division;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.report.bed.BedLabelData;

/** Gathers what a bed's label shows, through reads that audit nothing (the report's entry records the print). */
final class BedLabelReports {
  private final BedService beds;
  private final ElderService elders;
  private final DivisionCatalog divisions;

  BedLabelReports(BedService beds, ElderService elders, DivisionCatalog divisions) {
    this.beds = beds;
    this.elders = elders;
    this.divisions = divisions;
  }

  /**
   * One bed's label data; the renderer masks the name.
   *
   * @throws org.yiping.core.UserFacingException for an unknown bed
   */
  BedLabelData make(UUID bedId) {
    BedRecord b = beds.get(bedId);
    String name = elders.fileForReport(b.elderId()).name();
    String township = b.townshipCode() == null ? null
        : divisions.find(b.townshipCode()).map(Division::name).orElse(b.townshipCode());
    return new BedLabelData(b.bedCode(), name, b.provider(), township, b.openedOn());
  }
}

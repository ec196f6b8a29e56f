package org.yiping.reporting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.yiping.adaptation.AdaptationService;
import org.yiping.adaptation.CaseRecord;
import org.yiping.adaptation.CaseState;
import org.yiping.bed.BedRecord;
import org.yiping.bed.BedService;
import org.yiping.bed.CloseReason;
import org.yiping.core.i18n.Messages;
import org.yiping.report.adaptation.AdaptationText;
import org.yiping.store.Transactions;

/**
 * An elder's home adaptation cases and family beds as one line each, for the file summary (一人一档). Reads that
 * audit nothing: the summary's own entry records the view.
 */
final class CaseLines {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Transactions tx;
  private final AdaptationService cases;
  private final BedService beds;
  private final ZoneId zone;

  CaseLines(Transactions tx, AdaptationService cases, BedService beds, ZoneId zone) {
    this.tx = tx;
    this.cases = cases;
    this.beds = beds;
    this.zone = zone;
  }

  /** {@code 2026 年度 · 申请 2026-11-02 · 归档 · 补贴 1,260.00 元 · 家庭自费 600.00 元}, oldest first. */
  List<String> cases(UUID elderId) {
    List<String> out = new ArrayList<>();
    for (UUID id : tx.read(w -> new ReportingRepository(w).casesOf(elderId))) {
      CaseRecord c = cases.get(id);
      String state = AdaptationCaseReports.state(c.state());
      if (c.state() == CaseState.TERMINATED && c.closedReason() != null) {
        state = state + "（" + c.closedReason() + "）";
      }
      out.add(String.format("%d 年度 · 申请 %s · %s · 补贴 %s · 家庭自费 %s", c.targetYear(),
          c.appliedAt() == null ? "—" : DAY.format(c.appliedAt().atZone(zone)), state,
          AdaptationText.yuanWithUnit(c.subsidyTotalFen()), AdaptationText.yuanWithUnit(c.familyTotalFen())));
    }
    return out;
  }

  /** {@code JC-650102002-0A1B2C3D · 颐和居家养老服务中心 · 2026-11-10 建床 · 在用} (or 撤床 with its day and reason). */
  List<String> beds(UUID elderId) {
    List<String> out = new ArrayList<>();
    for (UUID id : tx.read(w -> new ReportingRepository(w).bedsOf(elderId))) {
      BedRecord b = beds.get(id);
      String state = b.open() ? "在用" : String.format("%s 撤床（%s）", DAY.format(b.closedOn()),
          closeReason(b));
      out.add(String.format("%s · %s · %s 建床 · %s", b.bedCode(), b.provider(),
          b.openedOn() == null ? "—" : DAY.format(b.openedOn()), state));
    }
    return out;
  }

  private static String closeReason(BedRecord b) {
    if (b.closeReason() == null) {
      return "—";
    }
    if (b.closeReason() == CloseReason.OTHER && b.closeNote() != null && !b.closeNote().isBlank()) {
      return b.closeNote();
    }
    return Messages.chinese().get("enum.CloseReason." + b.closeReason().name());
  }
}

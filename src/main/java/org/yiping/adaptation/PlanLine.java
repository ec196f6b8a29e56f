package org.yiping.adaptation;

/**
 * One item of the adaptation plan: an item code of the checklist form, whether the home needs it, how many, the unit
 * cost in fen (1/100 yuan, so totals are exact), who pays, and a note.
 */
public record PlanLine(String item, boolean needed, int quantity, long unitCostFen, Payer payer, String note) {
  public long totalFen() {
    return needed ? unitCostFen * quantity : 0;
  }
}

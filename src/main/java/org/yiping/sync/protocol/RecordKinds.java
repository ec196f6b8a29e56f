package org.yiping.sync.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The record types that sync, and where each finds its region: an elder by its township code, every other record
 * through the record it belongs to (its parent column). The record type is also the client's table name.
 */
public final class RecordKinds {
  /** Column of an elder that places it in a region (12-digit township code). */
  public static final String ELDER = "elder";
  public static final String REGION_COLUMN = "township_code";

  private static final Map<String, String> PARENT_COLUMN = new LinkedHashMap<>();

  static {
    PARENT_COLUMN.put(ELDER, null);
    PARENT_COLUMN.put("assessment", "elder_id");
    PARENT_COLUMN.put("external_result", "elder_id");
    PARENT_COLUMN.put("planned_visit", "elder_id");
    PARENT_COLUMN.put("adaptation_case", "elder_id");
    PARENT_COLUMN.put("family_bed", "elder_id");
    PARENT_COLUMN.put("care_visit", "elder_id");
    PARENT_COLUMN.put("care_assignment", "elder_id");
    PARENT_COLUMN.put("assessment_photo", "assessment_id");
    PARENT_COLUMN.put("assessment_signature", "assessment_id");
    PARENT_COLUMN.put("adaptation_step", "case_id");
    PARENT_COLUMN.put("adaptation_photo", "case_id");
    PARENT_COLUMN.put("adaptation_signature", "case_id");
    PARENT_COLUMN.put("bed_event", "bed_id");
  }

  /** Columns that say who changed a record where and when: never a conflict, the newer change's values win. */
  public static final Set<String> STAMP_COLUMNS = Set.of("updated_at", "updated_by", "device_id");

  private RecordKinds() {}

  public static boolean known(String recordType) {
    return PARENT_COLUMN.containsKey(recordType);
  }

  /** The column naming the parent record, or null for an elder. */
  public static String parentColumn(String recordType) {
    return PARENT_COLUMN.get(recordType);
  }

  public static Set<String> types() {
    return PARENT_COLUMN.keySet();
  }

  /**
   * The prefix a region code stands for: 650102 (a county) covers 650102xxxxxx, 650100 (a prefecture) covers
   * 6501xxxxxxxx, 650000 covers all of Xinjiang.
   */
  public static String prefix(String regionCode) {
    String c = regionCode.strip();
    int end = c.length();
    while (end > 2 && c.charAt(end - 1) == '0' && c.charAt(end - 2) == '0') {
      end -= 2;
    }
    return c.substring(0, end);
  }

  public static boolean within(String code, String regionCode) {
    return code != null && code.strip().startsWith(prefix(regionCode));
  }
}

package org.yiping.testdata;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yiping.elder.HardshipFlag;

/** Writes synthetic elders as the roster a township office keeps: Chinese headers, 是/否 flag columns. */
public final class RosterCsv {
  public static final String HEADER = "姓名,公民身份号码,联系电话,民族,现住址,乡镇（街道）,村（社区）,经济状况,独居,空巢,留守,失能,重残,"
      + "计划生育特殊家庭,备注";

  private RosterCsv() {}

  public static String row(SyntheticElders.Raw r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.name()).append(',').append(r.idNumber()).append(',').append(r.phone() == null ? "" : r.phone())
        .append(',').append(r.ethnicity()).append(',').append(r.address() == null ? "" : r.address()).append(',')
        .append(r.townshipName()).append(',').append(r.villageName()).append(',')
        .append(r.economicStatus() == null ? "" : r.economicStatus().chinese());
    for (HardshipFlag f : List.of(HardshipFlag.LIVING_ALONE, HardshipFlag.EMPTY_NEST, HardshipFlag.LEFT_BEHIND,
        HardshipFlag.DISABLED, HardshipFlag.SEVERE_DISABILITY, HardshipFlag.FAMILY_PLANNING_SPECIAL)) {
      sb.append(',').append(r.flags().contains(f) ? "是" : "否");
    }
    sb.append(',');
    return sb.toString();
  }

  public static Path write(Path file, List<SyntheticElders.Raw> rows, List<String> extraLines, Charset charset)
      throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
    for (SyntheticElders.Raw r : rows) {
      sb.append(row(r)).append("\r\n");
    }
    for (String line : extraLines) {
      sb.append(line).append("\r\n");
    }
    Files.write(file, sb.toString().getBytes(charset));
    return file;
  }
}

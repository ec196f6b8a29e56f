package org.yiping.elder.division;

import java.util.Objects;

/**
 * One administrative division of Xinjiang with its 12-digit statistical code (higher levels padded with zeros).
 *
 * @param code 12-digit code, e.g. {@code 650102000000}
 * @param name the official name as published, e.g. {@code 天山区} or {@code 燕儿窝南社区居委会}
 * @param level {@link #REGION} 1 to {@link #VILLAGE} 5
 * @param parentCode the parent's 12-digit code; {@code null} for the region itself
 */
public record Division(String code, String name, int level, String parentCode) {
  /** 自治区. */
  public static final int REGION = 1;
  /** 地、州、市 (prefecture level). */
  public static final int PREFECTURE = 2;
  /** 县、市、区 (county level). */
  public static final int COUNTY = 3;
  /** 乡、镇、街道 (township level). */
  public static final int TOWNSHIP = 4;
  /** 村、社区 (village / residents' committee level). */
  public static final int VILLAGE = 5;

  private static final int[] PREFIX_LENGTH = {0, 2, 4, 6, 9, 12};

  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.length() != 12) {
      throw new IllegalArgumentException("code must have 12 digits");
    }
    if (level < REGION || level > VILLAGE) {
      throw new IllegalArgumentException("level must be 1..5");
    }
  }

  /** The significant leading digits of the code at this level: 2, 4, 6, 9 or 12 of them. */
  public String codePrefix() {
    return code.substring(0, PREFIX_LENGTH[level]);
  }

  /** Whether {@code otherCode} is this division or lies inside it. */
  public boolean contains(String otherCode) {
    return otherCode != null && otherCode.length() == 12 && otherCode.startsWith(codePrefix());
  }
}

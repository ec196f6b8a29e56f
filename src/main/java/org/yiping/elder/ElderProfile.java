package org.yiping.elder;

import java.util.List;
import java.util.Set;

/**
 * How many live files share each combination of flags and economic status, and how many of those are 80 or over:
 * what statistics count from, read in one pass as a few hundred grouped rows instead of one row per elder.
 */
public record ElderProfile(List<Group> groups) {
  /** One combination present on file: its files, and those of elders aged 80 or over on the day asked. */
  public record Group(Set<HardshipFlag> flags, EconomicStatus economicStatus, int count, int eightyOrOver) {
    public Group {
      flags = Set.copyOf(flags);
    }
  }

  public ElderProfile {
    groups = List.copyOf(groups);
  }

  /** Every live file counted. */
  public int total() {
    return groups.stream().mapToInt(Group::count).sum();
  }
}

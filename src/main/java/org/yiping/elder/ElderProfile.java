package org.yiping.elder;

import java.util.List;
import java.util.Set;

/**
 * How many live files share each combination of flags and economic status, and how many of them are 80 or over: what
 * statistics count from, read as a few grouped rows instead of one row per elder.
 *
 * @param groups one entry per combination of flags and economic status present on file
 * @param eightyOrOver per combination of flags, the files of elders aged 80 or over on the day asked
 */
public record ElderProfile(List<Group> groups, List<FlagsCount> eightyOrOver) {
  public record Group(Set<HardshipFlag> flags, EconomicStatus economicStatus, int count) {
    public Group {
      flags = Set.copyOf(flags);
    }
  }

  public record FlagsCount(Set<HardshipFlag> flags, int count) {
    public FlagsCount {
      flags = Set.copyOf(flags);
    }
  }

  public ElderProfile {
    groups = List.copyOf(groups);
    eightyOrOver = List.copyOf(eightyOrOver);
  }

  /** Every live file counted. */
  public int total() {
    return groups.stream().mapToInt(Group::count).sum();
  }
}

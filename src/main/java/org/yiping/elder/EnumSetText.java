package org.yiping.elder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of enum constants as a sorted comma-separated list of names: readable, diffable, sync-friendly. */
final class EnumSetText {
  private EnumSetText() {}

  static <E extends Enum<E>> String write(Set<E> set) {
    return set == null ? "" : set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> read(Class<E> type, String text) {
    EnumSet<E> out = EnumSet.noneOf(type);
    if (text != null && !text.isBlank()) {
      Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(s -> out.add(Enum.valueOf(type, s)));
    }
    return out;
  }
}

package org.yiping.elder.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;

/**
 * A search as the user types it.
 *
 * @param text blank for everybody; otherwise blank-separated terms that must all match (see {@link ElderSearchIndex})
 * @param townshipCode null for all; otherwise a 12-digit township code (a county or village code narrows the same way:
 *     its significant leading digits are matched)
 * @param flags hardship flags that must all be set; {@link HardshipFlag#ADVANCED_AGE} means 80 or older on
 *     {@code today}
 * @param economicStatus null for any
 * @param today the date ages are computed on
 */
public record SearchQuery(String text, String townshipCode, Set<HardshipFlag> flags, EconomicStatus economicStatus,
    LocalDate today) {

  public SearchQuery {
    Objects.requireNonNull(today, "today");
    text = text == null ? "" : text;
    flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }

  /** Text only, no filters. */
  public static SearchQuery text(String text, LocalDate today) {
    return new SearchQuery(text, null, Set.of(), null, today);
  }

  public SearchQuery withText(String newText) {
    return new SearchQuery(newText, townshipCode, flags, economicStatus, today);
  }
}

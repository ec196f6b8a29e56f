package org.yiping.elder.division;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of looking up a township or village by the name a roster or a user wrote.
 *
 * @param status whether exactly one, several or no division matched
 * @param candidates the one match ({@link Status#FOUND}), all matches sorted by code ({@link Status#AMBIGUOUS}), or
 *     empty ({@link Status#NOT_FOUND})
 */
public record Resolution(Status status, List<Division> candidates) {
  public enum Status { FOUND, AMBIGUOUS, NOT_FOUND }

  private static final Resolution NOT_FOUND = new Resolution(Status.NOT_FOUND, List.of());

  public Resolution {
    Objects.requireNonNull(status, "status");
    candidates = List.copyOf(candidates);
    int expected = switch (status) {
      case FOUND -> 1;
      case NOT_FOUND -> 0;
      case AMBIGUOUS -> -1;
    };
    if (expected >= 0 ? candidates.size() != expected : candidates.size() < 2) {
      throw new IllegalArgumentException(status + " with " + candidates.size() + " candidates");
    }
  }

  /** FOUND, AMBIGUOUS or NOT_FOUND depending on how many {@code matches} there are. */
  public static Resolution of(List<Division> matches) {
    return switch (matches.size()) {
      case 0 -> NOT_FOUND;
      case 1 -> new Resolution(Status.FOUND, matches);
      default -> new Resolution(Status.AMBIGUOUS, matches);
    };
  }

  public static Resolution notFound() {
    return NOT_FOUND;
  }

  public boolean isFound() {
    return status == Status.FOUND;
  }

  /** The division when {@link Status#FOUND}, else empty. */
  public Optional<Division> division() {
    return status == Status.FOUND ? Optional.of(candidates.get(0)) : Optional.empty();
  }
}

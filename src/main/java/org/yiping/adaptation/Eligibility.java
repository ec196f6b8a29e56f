package org.yiping.adaptation;

import java.util.List;

/**
 * Whether an elder's household qualifies for the subsidised adaptation, and on what facts of the file: a household
 * in economic hardship (特困, 低保, 低保边缘, 经济困难) with an elder who is 80 or over, disabled (失能 or 重残 flag, a
 * capability level of 1 or worse on the latest result, or a disability certificate). {@code reasons} says what was
 * found, or what is missing.
 */
public record Eligibility(boolean eligible, List<String> reasons) {
  public Eligibility {
    reasons = List.copyOf(reasons);
  }
}

package org.yiping.assessment.form;

import java.util.List;

/** A group of items as printed in the standard, e.g. B.1 自理能力. */
public record Section(String code, String label, List<Item> items) {
  public Section {
    items = List.copyOf(items);
  }
}

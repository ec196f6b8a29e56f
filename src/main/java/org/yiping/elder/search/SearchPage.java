package org.yiping.elder.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items the elders on this page, best matches first
 * @param total how many elders match in all
 * @param offset index of the first item within all matches
 * @param limit the page size asked for
 */
public record SearchPage(List<IndexedElder> items, int total, int offset, int limit) {
  public SearchPage {
    items = List.copyOf(items);
  }

  public boolean hasMore() {
    return offset + items.size() < total;
  }
}

package org.yiping.carevisit;

/** A month's visit coverage: how many elders must be visited, how many were, how many were missed. */
public record Coverage(int due, int visited, int missed) {
  /** Visited elders as a share of those due, 0–100; 100 when nobody had to be visited. */
  public int percent() {
    return due == 0 ? 100 : (int) Math.floor(visited * 100.0 / due);
  }
}

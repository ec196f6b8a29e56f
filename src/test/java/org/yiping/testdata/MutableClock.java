package org.yiping.testdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand: results finalized "last year", statistics counted "next month". */
public final class MutableClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  public MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public void set(Instant at) {
    now = at;
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new MutableClock(now, z);
  }

  @Override
  public Instant instant() {
    return now;
  }
}

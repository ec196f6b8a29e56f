package org.yiping.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long the user waited: JVM start to an interactive sign-in window, and sign-in pressed to the main window.
 * One INFO line each on the logger {@code org.yiping.timing}; bench/startup.sh reads them (docs/benchmarks.md).
 */
final class StartupTimer {
  private static final Logger LOG = LoggerFactory.getLogger("org.yiping.timing");

  private StartupTimer() {}

  /** Call when the first screen is shown; logs after the next pulse, when it has been laid out and drawn. */
  static void windowShown(String what) {
    Platform.runLater(() -> LOG.info("{} after {} ms from JVM start", what,
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
  }

  static void since(String what, long startNanos) {
    Platform.runLater(() -> LOG.info("{} after {} ms", what, (System.nanoTime() - startNanos) / 1_000_000));
  }
}

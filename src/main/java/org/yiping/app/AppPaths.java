package org.yiping.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the data lives: the per-user data folder of the operating system, never the install folder. Overridden by
 * {@code --data-dir}, the {@code YIPING_DATA_DIR} environment variable or the {@code yiping.dataDir} property.
 */
public final class AppPaths {
  private AppPaths() {}

  public static Path defaultDataDir() {
    String prop = System.getProperty("yiping.dataDir");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv("YIPING_DATA_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home"));
    if (os.contains("win")) {
      String appData = System.getenv("APPDATA");
      return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("Yiping");
    }
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support/Yiping");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("yiping");
  }
}

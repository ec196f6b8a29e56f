package org.yiping.app.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  public static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v != null ? v : "development";
  }

  @Override
  public String[] getVersion() {
    return new String[] {"yiping " + version()};
  }
}

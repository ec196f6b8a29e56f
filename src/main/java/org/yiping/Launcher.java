package org.yiping;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.yiping.app.cli.YipingCommand;

/**
 * Entry point. With arguments it is the command line ({@code yiping COMMAND}); without, it opens the window. A plain
 * class, not an {@code Application}, so JavaFX can load from the class path.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("--data-dir")) {
      // "yiping --data-dir D" opens the window on that folder (AppPaths reads the property).
      System.setProperty("yiping.dataDir", args[1]);
      launchWindow();
      return;
    }
    if (args.length == 1 && args[0].equals("--self-test")) {
      // The installed launcher's check (installer/test-package.sh): the same as "yiping self-test".
      args = new String[] {"self-test"};
    }
    if (args.length > 0) {
      // Start logging before the commands' background threads do, so none of their first lines is replayed.
      org.slf4j.LoggerFactory.getILoggerFactory();
      PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
      PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
      int code = YipingCommand.commandLine(out, err).execute(args);
      out.flush();
      err.flush();
      System.exit(code);
    }
    launchWindow();
  }

  private static void launchWindow() {
    // Logging starts while JavaFX starts its toolkit: both take a few hundred milliseconds of a cold start.
    Thread logging = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "logging-start");
    logging.start();
    javafx.application.Application.launch(org.yiping.ui.App.class);
  }
}

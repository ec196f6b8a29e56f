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
      javafx.application.Application.launch(org.yiping.ui.App.class);
      return;
    }
    if (args.length > 0) {
      PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
      PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
      int code = YipingCommand.commandLine(out, err).execute(args);
      out.flush();
      err.flush();
      System.exit(code);
    }
    javafx.application.Application.launch(org.yiping.ui.App.class, args);
  }
}

package org.yiping.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;

/**
 * {@code yiping}: the command line for admins' scripts and for checking the app from outside. Same services as the
 * screens; JSON on standard output; a non-zero exit with one line on standard error when something is wrong.
 */
@Command(name = "yiping", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "颐评 command line / 颐评命令行",
    subcommands = {InitCommand.class, ElderCommand.class, FormsCommand.class, ScoreCommand.class,
        ReportCommand.class, VerifyCommand.class, SelfTestCommand.class, CentreCommand.class, SyncCommand.class,
        BatchCommand.class})
public final class YipingCommand implements Runnable {
  /** Exit code for input the user must fix (bad arguments, bad file, wrong password). */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code for a failure that is not the user's input. */
  public static final int EXIT_FAILURE = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with the shared error handling; tests call this with their own writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new YipingCommand());
    cl.setOut(out);
    cl.setErr(err);
    Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      Throwable cause = ex;
      if (cause instanceof UserFacingException u) {
        commandLine.getErr().println(commandLine.getCommandName() + ": " + u.render(messages));
        return EXIT_BAD_INPUT;
      }
      // Not the user's input: name the failure without its message, which may quote personal data.
      commandLine.getErr().println(commandLine.getCommandName() + ": " + cause.getClass().getSimpleName()
          + " (see the log for where it happened)");
      org.slf4j.LoggerFactory.getLogger(YipingCommand.class).error("Command failed: {}",
          org.yiping.core.SafeErrors.describe(cause));
      return EXIT_FAILURE;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage());
      return EXIT_BAD_INPUT;
    });
    return cl;
  }
}

package org.yiping.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.report.ReportFiles;
import org.yiping.reporting.Report;
import org.yiping.reporting.ReportService;
import org.yiping.security.Permission;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the store-backed commands ({@code report assessment|elder|monthly}, {@code verify}) share: sign in with
 * {@code --data-dir} and {@code --user}, run, and turn a problem the user can fix into one line on standard error
 * (prefixed with the command) and exit 2. A report saved to a file needs the PRINT permission and is audited as
 * saved, as in the app.
 */
abstract class StoreReportCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();
  final Messages messages = Messages.chinese();

  @Mixin DataDirOption data;

  @Spec CommandSpec spec;

  /** The command as the user typed it, before each line on standard error: {@code report assessment}. */
  abstract String name();

  /** Runs in a signed-in workspace; returns the exit code. */
  abstract int run(Workspace ws) throws IOException;

  /** Checks made before asking for a password (a bad argument should not cost a sign-in). */
  void checkArguments() {}

  @Override
  public final Integer call() {
    try {
      checkArguments();
      AppContext app = data.context();
      try (Workspace ws = data.signIn(app)) {
        return run(ws);
      } finally {
        app.close();
      }
    } catch (UserFacingException e) {
      return fail(e.render(messages));
    } catch (IOException e) {
      // Not the user's input: the class name only, a message could quote a path with a name in it.
      spec.commandLine().getErr().println(name() + ": " + e.getClass().getSimpleName());
      spec.commandLine().getErr().flush();
      return YipingCommand.EXIT_FAILURE;
    }
  }

  int fail(String line) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(name() + ": " + line.replace('\n', ' '));
    err.flush();
    return YipingCommand.EXIT_BAD_INPUT;
  }

  /** A record id as typed, or a clear refusal. */
  static UUID parseId(String text) {
    try {
      UUID id = UUID.fromString(text == null ? "" : text.strip());
      if (id.toString().equalsIgnoreCase(text.strip())) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new UserFacingException("reporting.cli.badId", text);
  }

  /** Refuses before any work when the signed-in user may not save reports. */
  static void requirePrint(Workspace ws) {
    ws.session().require(Permission.PRINT);
  }

  /**
   * Writes the report to {@code out} (a temporary file moved into place), records it as saved, and prints one JSON
   * line: {@code out}, {@code bytes}, {@code kind}, {@code recordId}, {@code verificationCode}.
   */
  int save(Workspace ws, Report report, Path out) {
    try {
      ReportFiles.writeAtomically(out, o -> o.write(report.pdf()));
    } catch (IOException e) {
      Path folder = out.toAbsolutePath().getParent();
      String key = folder != null && Files.isDirectory(folder) ? "report.cli.cannotWrite" : "report.cli.noFolder";
      return fail(messages.get(key, out.toString()));
    }
    ws.reports().recordOutput(report, ReportService.Output.SAVED);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("out", out.toAbsolutePath().toString());
    json.put("bytes", report.pdf().length);
    json.put("kind", report.kind().name());
    json.put("recordId", report.recordId().toString());
    json.put("verificationCode", report.verificationCode());
    return print(json, 0);
  }

  int print(Map<String, Object> json, int exit) {
    try {
      PrintWriter out = spec.commandLine().getOut();
      out.println(JSON.writeValueAsString(json));
      out.flush();
      return exit;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers is always serializable", e);
    }
  }
}

package org.yiping.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import org.yiping.sync.CentreClient;
import org.yiping.sync.SyncEngine;
import org.yiping.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yiping sync}: one sync with the centre (push, then pull) for admins' scripts and cron. The centre
 * password comes from {@code YIPING_CENTRE_PASSWORD}; without it the user's kept centre sign-in is used (from a
 * sync on the sync screen, ADR 0018), so a cron job needs no centre password; failing that, the local password.
 */
@Command(name = "sync", description = "sync with the regional centre; prints what went up and came down",
    subcommands = {SyncCommand.Enrol.class})
final class SyncCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = "--centre", paramLabel = "URL", description = "the centre (must be the one this laptop enrolled with)")
  String centre;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AppContext app = data.context();
    char[] local = PasswordSource.read();
    try (Workspace ws = app.open(signIn(app, data, local))) {
      if (centre != null) {
        String enrolled = ws.sync().enrolment().map(SyncEngine.Enrolment::centreUrl).orElse(null);
        if (enrolled != null && !strip(enrolled).equals(strip(centre))) {
          throw new UserFacingException("sync.problem.otherCentre", enrolled);
        }
      }
      SyncReport r;
      try {
        char[] given = centrePassword();
        if (given == null && ws.sync().keptSession().isPresent()) {
          try {
            r = ws.sync().sync(null, SyncEngine.Progress.NONE);
          } catch (SyncEngine.SessionNeeded ended) {
            r = ws.sync().sync(local, SyncEngine.Progress.NONE); // the centre ended it: sign in afresh
          }
        } else {
          r = ws.sync().sync(given != null ? given : local, SyncEngine.Progress.NONE);
        }
      } catch (CentreClient.Unreachable e) {
        spec.commandLine().getErr().println("sync: " + app.messages().get("sync.problem.unreachable",
            ws.sync().enrolment().map(SyncEngine.Enrolment::centreUrl).orElse("?")));
        return YipingCommand.EXIT_FAILURE;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("sent", r.sent());
      out.put("accepted", r.accepted());
      out.put("duplicates", r.duplicates());
      out.put("conflicts", r.conflicts());
      out.put("rejected", r.rejected());
      out.put("received", r.received());
      out.put("waiting", ws.sync().waiting());
      out.put("openConflicts", ws.sync().conflicts().size());
      out.put("millis", r.millis());
      spec.commandLine().getOut().println(app.json().writeValueAsString(out));
      return 0;
    }
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static org.yiping.security.Unlocked signIn(AppContext app, DataDirOption data, char[] password) {
    if (data.user == null || data.user.isBlank()) {
      throw new UserFacingException("cli.problem.noUser");
    }
    if (!app.vault().isInitialized()) {
      throw new UserFacingException("cli.problem.notInitialized", data.dataDir().toString());
    }
    return app.vault().signIn(data.user, password.clone());
  }

  /** {@code YIPING_CENTRE_PASSWORD}, or null. */
  static char[] centrePassword() {
    String env = System.getenv("YIPING_CENTRE_PASSWORD");
    return env != null && !env.isEmpty() ? env.toCharArray() : null;
  }

  static char[] centrePassword(char[] local) {
    char[] env = centrePassword();
    return env != null ? env : local;
  }

  @Command(name = "enrol", description = "enrol this laptop with a one-time code from the centre admin (admin only)")
  static final class Enrol implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Option(names = "--centre", required = true, paramLabel = "URL") String centre;
    @Option(names = "--code", required = true, paramLabel = "CODE") String code;
    @Option(names = "--fingerprint", required = true, paramLabel = "SHA256",
        description = "the centre certificate's fingerprint, given with the code") String fingerprint;
    @Option(names = "--name", paramLabel = "NAME", description = "a name for this laptop") String name;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      AppContext app = data.context();
      try (Workspace ws = data.signIn(app)) {
        SyncEngine.Enrolment e = ws.sync().enrol(centre, fingerprint, code, name);
        spec.commandLine().getOut().println(app.json().writeValueAsString(e));
        return 0;
      }
    }
  }
}

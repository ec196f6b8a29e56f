package org.yiping.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yiping.app.AppContext;
import org.yiping.security.NewUser;
import org.yiping.security.Unlocked;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yiping init}: creates the encrypted database and its first admin. */
@Command(name = "init", description = "create the database and the first admin (password from YIPING_PASSWORD or stdin)")
final class InitCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = "--admin", required = true, paramLabel = "NAME", description = "user name of the first admin")
  String admin;

  @Option(names = "--display-name", paramLabel = "NAME", description = "the admin's full name")
  String displayName;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AppContext app = data.context();
    try (Unlocked u = app.vault().setup(NewUser.admin(admin, displayName), PasswordSource.read())) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("dataDir", app.dataDir().toAbsolutePath().toString());
      out.put("admin", u.session().username());
      out.put("deviceId", u.session().deviceId());
      spec.commandLine().getOut().println(app.json().writeValueAsString(out));
    }
    return 0;
  }
}

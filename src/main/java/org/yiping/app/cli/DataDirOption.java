package org.yiping.app.cli;

import java.nio.file.Path;
import org.yiping.app.AppContext;
import org.yiping.app.AppPaths;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import picocli.CommandLine.Option;

/** {@code --data-dir} and {@code --user}, shared by every command that opens the store. */
final class DataDirOption {
  @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder (default: the per-user data folder)")
  Path dataDir;

  @Option(names = "--user", paramLabel = "NAME", description = "user name; password from YIPING_PASSWORD or stdin")
  String user;

  Path dataDir() {
    return dataDir != null ? dataDir : AppPaths.defaultDataDir();
  }

  AppContext context() {
    return AppContext.forDataDir(dataDir());
  }

  /** Signs in as {@code --user}; the password comes from {@link PasswordSource}. */
  Workspace signIn(AppContext app) {
    if (user == null || user.isBlank()) {
      throw new UserFacingException("cli.problem.noUser");
    }
    if (!app.vault().isInitialized()) {
      throw new UserFacingException("cli.problem.notInitialized", dataDir().toString());
    }
    return app.open(app.vault().signIn(user, PasswordSource.read()));
  }
}

package org.yiping.app.cli;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yiping.app.Entities;
import org.yiping.app.Json;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.store.Database;
import org.yiping.store.PersistenceUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code yiping self-test}: proves the installed app can run here. Opens a temporary encrypted database, runs every
 * migration, starts Hibernate against it, loads the bundled font and the division data; exit 0, or 1 naming what is
 * broken. The packaged app runs it to catch a missing runtime module before a user does.
 */
@Command(name = "self-test", description = "check database, migrations, font and data; exit 0 when all work")
final class SelfTestCommand implements Callable<Integer> {
  static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
  /** Characters that must be in the font: the app's name and rare name characters from real rosters. */
  static final String MUST_DISPLAY = "颐评喆堃镕玥阿依古丽";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> checks = new LinkedHashMap<>();
    String failed = null;
    Path tmp = Files.createTempDirectory("yiping-self-test");
    try {
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      try (PersistenceUnit unit = PersistenceUnit.boot(Entities.ALL);
          Database db = Database.create(tmp, key, unit, Clock.systemUTC())) {
        checks.put("database", "ok");
        checks.put("schemaVersion", db.schemaVersion());
        checks.put("migrationsApplied", db.migrationsApplied());
        long users = db.count(org.yiping.security.AppUser.class);
        checks.put("hibernate", users == 0 ? "ok" : "unexpected rows");
      }
    } catch (RuntimeException e) {
      failed = "database: " + e;
    } finally {
      Database.deleteQuietly(tmp);
    }
    if (failed == null) {
      try (InputStream in = SelfTestCommand.class.getResourceAsStream(FONT)) {
        if (in == null) {
          failed = "font: " + FONT + " missing";
        } else {
          Font font = Font.createFont(Font.TRUETYPE_FONT, in);
          int missing = font.canDisplayUpTo(MUST_DISPLAY);
          if (missing >= 0) {
            failed = "font: cannot display " + MUST_DISPLAY.charAt(missing);
          } else {
            checks.put("font", font.getFontName());
          }
        }
      } catch (Exception e) {
        failed = "font: " + e;
      }
    }
    if (failed == null) {
      try {
        checks.put("divisions", DivisionCatalog.xinjiang().size());
      } catch (RuntimeException e) {
        failed = "divisions: " + e;
      }
    }
    if (failed != null) {
      spec.commandLine().getErr().println("self-test: " + failed);
      return YipingCommand.EXIT_FAILURE;
    }
    checks.put("result", "ok");
    spec.commandLine().getOut().println(Json.newMapper().writeValueAsString(checks));
    return 0;
  }
}

package org.yiping.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yiping.app.Json;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.centre.Centre;
import org.yiping.centre.CentreDataKey;
import org.yiping.centre.CentreProblem;
import org.yiping.core.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiping centre}: runs the regional centre (HTTPS) and administers it. Embedded H2 in the data folder by
 * default; {@code --jdbc-url} for PostgreSQL (its password from {@code YIPING_DB_PASSWORD}). The data key that
 * encrypts the H2 file and the attachments is in the data folder unless {@code --key-file} says where (ADR 0017).
 */
@Command(name = "centre", description = "run the regional centre, or administer it",
    footer = {"",
        "Encryption at rest: the H2 file (centre.mv.db) and the attachments are encrypted with the centre's data key,",
        "made at first start in DIR/" + CentreDataKey.FILE_NAME + " (owner-only), or kept elsewhere with --key-file",
        "or " + CentreDataKey.ENV + " (e.g. off the data disk). Back up the data folder (or PostgreSQL) AND the key",
        "file, stored apart: without the key nothing can be read back; a copy of the data alone reveals nothing.",
        "On PostgreSQL the database's own encryption is the operator's (disk or tablespace)."},
    subcommands = {CentreCommand.Region.class, CentreCommand.User.class, CentreCommand.EnrolCode.class,
        CentreCommand.Revoke.class, CentreCommand.Devices.class, CentreCommand.Forms.class,
        CentreCommand.Import.class})
final class CentreCommand implements Callable<Integer> {
  @Mixin Store store;

  @Option(names = "--port", defaultValue = "8443", description = "HTTPS port (default 8443)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default 127.0.0.1; 0.0.0.0 for every network)")
  String host;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Centre centre = store.open().start(host, port)) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("listening", "https://" + host + ":" + centre.port());
      out.put("fingerprint", centre.keys().fingerprint());
      out.put("dataKey", String.valueOf(centre.dataKeyFile()));
      spec.commandLine().getOut().println(Json.newMapper().writeValueAsString(out));
      spec.commandLine().getOut().flush();
      centre.join();
    }
    return 0;
  }

  /** Where the centre keeps its data: {@code --data-dir}, and {@code --jdbc-url} for PostgreSQL. */
  static final class Store {
    // Not required by picocli: the parent command shares this mixin, and "centre forms publish --data-dir D" gives
    // it to the subcommand only; open() asks for it instead.
    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "centre folder: keys, certificate, attachments, and the H2 database unless --jdbc-url")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL, e.g. jdbc:postgresql://host/yiping")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "NAME", description = "database user (password: YIPING_DB_PASSWORD)")
    String dbUser;

    @Option(names = "--key-file", paramLabel = "FILE", description = "the centre's data key (default: DIR/"
        + CentreDataKey.FILE_NAME + ", or " + CentreDataKey.ENV + "); made there at first start")
    Path keyFile;

    Path keyFile() {
      if (keyFile != null) {
        return keyFile;
      }
      String fromEnv = System.getenv(CentreDataKey.ENV);
      return fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
    }

    Centre open() {
      if (dataDir == null) {
        throw new UserFacingException("centre.dataDirMissing");
      }
      try {
        Files.createDirectories(dataDir);
      } catch (java.io.IOException e) {
        throw new UserFacingException(e, "sync.problem.cannotWrite", dataDir.toString());
      }
      return new Centre(dataDir, keyFile(), jdbcUrl, dbUser, System.getenv("YIPING_DB_PASSWORD"),
          Centre.PASSWORD_ITERATIONS, Clock.systemUTC(), Json.newMapper());
    }
  }

  /** Runs an admin action; a refusal is the user's input to fix (exit 2, one line). */
  static int admin(Store store, picocli.CommandLine.Model.CommandSpec spec, AdminAction action) throws Exception {
    try (Centre centre = store.open()) {
      Object result = action.run(centre);
      ObjectMapper json = Json.newMapper();
      spec.commandLine().getOut().println(json.writeValueAsString(result));
      return 0;
    } catch (CentreProblem p) {
      spec.commandLine().getErr().println(spec.commandLine().getCommandName() + ": " + p.getMessage());
      return YipingCommand.EXIT_BAD_INPUT;
    }
  }

  @FunctionalInterface
  interface AdminAction {
    Object run(Centre centre) throws Exception;
  }

  @Command(name = "region", description = "add a region (county or township) the centre serves")
  static final class Region implements Callable<Integer> {
    @Mixin Store store;
    @Parameters(index = "0", description = "add") String verb;
    @Parameters(index = "1", paramLabel = "CODE", description = "6-digit county or 12-digit township code") String code;
    @Parameters(index = "2", paramLabel = "NAME") String name;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return admin(store, spec, c -> {
        c.admin().addRegion("cli", code, name);
        return Map.of("region", code, "name", name);
      });
    }
  }

  @Command(name = "user", description = "add or update a centre user (password from YIPING_PASSWORD or stdin)")
  static final class User implements Callable<Integer> {
    @Mixin Store store;
    @Parameters(index = "0", description = "add or disable") String verb;
    @Parameters(index = "1", paramLabel = "NAME") String username;
    @Option(names = "--display-name") String displayName;
    @Option(names = "--role", description = "ADMIN, ASSESSOR or REVIEWER") String role;
    @Option(names = "--region", paramLabel = "CODE") String region;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (verb.equals("disable")) {
        return admin(store, spec, c -> {
          c.admin().disableUser("cli", username);
          return Map.of("user", username, "active", false);
        });
      }
      char[] password = PasswordSource.read();
      return admin(store, spec, c -> {
        c.admin().addUser("cli", username, displayName == null ? username : displayName, role, region, password);
        return Map.of("user", username, "role", role, "region", region);
      });
    }
  }

  @Command(name = "enrol-code", description = "issue a one-time device enrolment code for a region")
  static final class EnrolCode implements Callable<Integer> {
    @Mixin Store store;
    @Option(names = "--region", required = true, paramLabel = "CODE") String region;
    @Option(names = "--valid-hours", defaultValue = "72") int hours;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return admin(store, spec, c -> {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", c.admin().newEnrolmentCode("cli", region, Duration.ofHours(hours)));
        out.put("region", region);
        out.put("fingerprint", c.keys().fingerprint());
        return out;
      });
    }
  }

  @Command(name = "revoke", description = "revoke a device: it can no longer sync or send batch files")
  static final class Revoke implements Callable<Integer> {
    @Mixin Store store;
    @Parameters(paramLabel = "DEVICE") String device;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return admin(store, spec, c -> {
        c.admin().revoke("cli", device);
        return Map.of("revoked", device);
      });
    }
  }

  @Command(name = "devices", description = "each device: region, last sync, changes it has not pulled, its backlog")
  static final class Devices implements Callable<Integer> {
    @Mixin Store store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return admin(store, spec, c -> c.admin().devices());
    }
  }

  @Command(name = "forms", description = "publish form versions (default: every version bundled with this build)")
  static final class Forms implements Callable<Integer> {
    @Mixin Store store;
    @Parameters(index = "0", description = "publish") String verb;
    @Option(names = "--dir", paramLabel = "DIR", description = "a folder of form files instead of the bundled ones")
    Path dir;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      FormRegistry forms = dir == null ? FormRegistry.loadDefault() : FormRegistry.loadDirectory(dir);
      return admin(store, spec, c -> {
        java.util.List<String> published = new java.util.ArrayList<>();
        for (FormDefinition f : forms.all()) {
          c.admin().publishForm("cli", f);
          published.add(f.key());
        }
        return Map.of("published", published);
      });
    }
  }

  @Command(name = "import", description = "apply a batch file carried from a laptop with no network")
  static final class Import implements Callable<Integer> {
    @Mixin Store store;
    @Parameters(paramLabel = "FILE") Path file;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (java.io.IOException e) {
        throw new UserFacingException(e, "sync.problem.cannotRead", file.toString());
      }
      return admin(store, spec, c -> BatchCommand.summary(c.sync().importBatchFile(bytes)));
    }
  }
}

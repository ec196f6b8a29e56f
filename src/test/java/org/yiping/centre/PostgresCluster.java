package org.yiping.centre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the centre's tests, from Debian's {@code postgresql} package: initdb and pg_ctl
 * from /usr/lib/postgresql/VERSION/bin, listening on 127.0.0.1 on a free port, trust authentication, deleted with
 * the JVM. PostgreSQL refuses to run as root, so as root (CI) it runs as the {@code postgres} user. Missing
 * PostgreSQL fails the tests that need it: it never skips them.
 */
public final class PostgresCluster {
  private static PostgresCluster instance;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private final Path bin;
  private final Path data;
  private final int port;
  private final boolean root;

  private PostgresCluster(Path bin, Path data, int port, boolean root) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.root = root;
  }

  /** The cluster of this JVM, started on first use. */
  public static synchronized PostgresCluster get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
    }
    return instance;
  }

  private static PostgresCluster start() {
    Path bin = findBin();
    try {
      boolean root = "root".equals(System.getProperty("user.name"));
      Path data = Files.createTempDirectory("yiping-pg");
      if (root) {
        UserPrincipal postgres = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(data, postgres);
      }
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      PostgresCluster c = new PostgresCluster(bin, data, port, root);
      c.run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-U", "yiping", "-A",
          "trust", "-E", "UTF8", "--no-locale"));
      c.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-l",
          data.resolve("log").toString(), "-w", "-t", "60", "-o",
          "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -c fsync=off", "start"));
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path findBin() {
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        Path found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
            .max(Path::compareTo).orElse(null);
        if (found != null) {
          return found;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): install "
        + "Debian's postgresql package (.ci/run does); the centre's tests run on PostgreSQL too and are not skipped");
  }

  private void run(List<String> command) {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(data.resolve("ctl.log").toFile())
          .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("PostgreSQL command timed out: " + command.get(0));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException("PostgreSQL command failed (" + p.exitValue() + "): " + command + "\n"
            + Files.readString(data.resolve("ctl.log")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A new empty database; returns its JDBC URL (user yiping, no password). */
  public String newDatabase() {
    String name = "centre_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"), "yiping", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return url(name);
  }

  private String url(String db) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
  }

  private void stop() {
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "immediate", "stop"));
    } catch (RuntimeException e) {
      // the JVM is ending: delete what is left all the same
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}

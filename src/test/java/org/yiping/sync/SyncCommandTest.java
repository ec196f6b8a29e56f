package org.yiping.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code yiping sync} in a cron job needs no centre password once the user has signed in to the centre: it uses the
 * kept sign-in. The local password here differs from the centre one, so without the kept sign-in it is refused.
 */
@Timeout(180)
class SyncCommandTest {
  @TempDir Path dir;

  @Test
  void cronSyncUsesTheKeptSignIn() throws Exception {
    try (SyncFixture f = new SyncFixture(dir.resolve("net"))) {
      SyncFixture.Laptop a = f.laptop("a", SyncFixture.TIANSHAN);
      Path home = a.app.dataDir();
      a.newElder("王桂英", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      a.close();

      // Never signed in to the centre: the local password is tried there, and refused in words.
      Result refused = run(home);
      assertThat(refused.exit()).isNotZero();
      assertThat(refused.output()).contains("中心用户名或密码不对");
      assertThat(f.centreCount("elder")).isZero();

      try (SyncFixture.Laptop again = SyncFixture.Laptop.existing(home, "li")) {
        again.sync(); // once with the centre password, as on the sync screen
        again.newElder("李秀兰", f.idNumber(), SyncFixture.TIANSHAN_VILLAGE);
      }
      Result ok = run(home);
      assertThat(ok.exit()).as(ok.output()).isZero();
      assertThat(ok.output()).contains("\"accepted\":1");
      assertThat(f.centreCount("elder")).isEqualTo(2);
    }
  }

  private record Result(int exit, String output) {}

  private Result run(Path home) throws Exception {
    Path log = Files.createTempFile(dir, "sync", ".log");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.yiping.Launcher", "sync", "--data-dir",
        home.toString(), "--user", "li");
    pb.environment().put("YIPING_PASSWORD", "Assess2026a");
    pb.environment().remove("YIPING_CENTRE_PASSWORD");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("yiping sync did not finish in 120 s");
    }
    return new Result(p.exitValue(), Files.readString(log));
  }
}

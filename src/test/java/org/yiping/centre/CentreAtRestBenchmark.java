package org.yiping.centre;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.sync.protocol.Bodies;

/**
 * What sealing attachments costs at the centre: photos uploaded in 256 KiB parts (as laptops send them), sealed, and
 * read back whole, against the same bytes written, hashed and read back in the clear. Prints the figures for
 * docs/benchmarks.md; asserts no time. Run: ./mvnw -q -B -Pbench test -Dtest=CentreAtRestBenchmark
 */
@Tag("bench")
class CentreAtRestBenchmark {
  private static final int PART = 256 * 1024;
  @TempDir Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void sealedUploadsAndDownloadsAgainstPlainFiles() throws Exception {
    int photos = Integer.getInteger("bench.photos", 40);
    int size = Integer.getInteger("bench.photoBytes", 4 * 1024 * 1024);
    byte[][] content = new byte[photos][];
    Random random = new Random(17);
    for (int i = 0; i < photos; i++) {
      content[i] = new byte[size];
      random.nextBytes(content[i]);
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    for (int round = 0; round < 3; round++) { // the last round is reported; the first ones warm the JIT up
      CentreAttachments sealed = new CentreAttachments(Files.createDirectories(dir.resolve("sealed" + round)),
          CentreDataKey.of(key));
      long t0 = System.nanoTime();
      for (byte[] c : content) {
        String sha = Bodies.sha256(c);
        for (int off = 0; off < c.length; off += PART) {
          int end = Math.min(c.length, off + PART);
          sealed.append(sha, off, new ByteArrayInputStream(Arrays.copyOfRange(c, off, end)), end == c.length);
        }
      }
      long t1 = System.nanoTime();
      long read = 0;
      for (byte[] c : content) {
        try (InputStream in = sealed.open(Bodies.sha256(c), 0)) {
          read += in.readAllBytes().length;
        }
      }
      long t2 = System.nanoTime();
      Path plainDir = Files.createDirectories(dir.resolve("plain" + round));
      for (byte[] c : content) {
        Path p = plainDir.resolve(Bodies.sha256(c));
        for (int off = 0; off < c.length; off += PART) {
          Files.write(p, Arrays.copyOfRange(c, off, Math.min(c.length, off + PART)),
              java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(Files.readAllBytes(p)); // today's completion check, in the clear
        HexFormat.of().formatHex(md.digest());
      }
      long t3 = System.nanoTime();
      for (byte[] c : content) {
        read += Files.readAllBytes(plainDir.resolve(Bodies.sha256(c))).length;
      }
      long t4 = System.nanoTime();
      double mb = (double) photos * size / (1024 * 1024);
      System.out.printf("round %d: %d photos of %.1f MB (%.0f MB): sealed upload %.0f ms (%.0f MB/s), sealed read %.0f ms"
          + " (%.0f MB/s); plain upload+hash %.0f ms (%.0f MB/s), plain read %.0f ms (%.0f MB/s); read %d bytes%n",
          round, photos, size / 1048576.0, mb, ms(t1 - t0), mb / sec(t1 - t0), ms(t2 - t1), mb / sec(t2 - t1),
          ms(t3 - t2), mb / sec(t3 - t2), ms(t4 - t3), mb / sec(t4 - t3), read);
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double sec(long nanos) {
    return nanos / 1e9;
  }
}

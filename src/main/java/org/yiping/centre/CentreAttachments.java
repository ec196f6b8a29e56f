package org.yiping.centre;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.yiping.sync.protocol.Bodies;

/**
 * Photos and signatures by their SHA-256: one file per content, so the same photo sent twice is stored once.
 * Uploads append to a {@code .part} file from the offset the client names, so a cut upload resumes where it
 * stopped; the file becomes visible only when its bytes hash to its name.
 */
public final class CentreAttachments {
  private final Path dir;

  public CentreAttachments(Path dir) {
    this.dir = dir;
  }

  private Path complete(String sha) {
    return dir.resolve(sha.substring(0, 2)).resolve(sha);
  }

  private Path part(String sha) {
    return dir.resolve(sha.substring(0, 2)).resolve(sha + ".part");
  }

  public boolean has(String sha) {
    return Bodies.validSha256(sha) && Files.exists(complete(sha));
  }

  /** Bytes received so far of an upload not yet complete (0 if none). */
  public long received(String sha) {
    try {
      Path p = part(sha);
      return Files.exists(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long size(String sha) {
    try {
      return Files.size(complete(sha));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How an upload ended. ALREADY_STORED: the content was here before and nothing sent was checked, so it proves
   * nothing about what the sender holds (it grants no right to read it).
   */
  public enum Upload { COMPLETE, ALREADY_STORED, PARTIAL, WRONG_OFFSET, HASH_MISMATCH }

  /** Appends {@code in} at {@code offset}; when {@code last}, checks the hash and publishes the file. */
  public synchronized Upload append(String sha, long offset, InputStream in, boolean last) {
    if (has(sha)) {
      return Upload.ALREADY_STORED;
    }
    try {
      Files.createDirectories(complete(sha).getParent());
      Path p = part(sha);
      if (offset != received(sha)) {
        return Upload.WRONG_OFFSET;
      }
      try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        in.transferTo(out);
      }
      if (!last) {
        return Upload.PARTIAL;
      }
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream r = Files.newInputStream(p)) {
        byte[] buf = new byte[65536];
        for (int n; (n = r.read(buf)) > 0; ) {
          md.update(buf, 0, n);
        }
      }
      if (!HexFormat.of().formatHex(md.digest()).equals(sha)) {
        Files.delete(p);
        return Upload.HASH_MISMATCH;
      }
      Files.move(p, complete(sha), StandardCopyOption.ATOMIC_MOVE);
      return Upload.COMPLETE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stores whole bytes (from a batch file), checking their hash. */
  public void put(String sha, byte[] bytes) {
    if (has(sha)) {
      return;
    }
    if (!Bodies.sha256(bytes).equals(sha)) {
      throw new CentreProblem(422, "sync.attachment.hashMismatch");
    }
    try {
      Files.createDirectories(complete(sha).getParent());
      Path tmp = Files.createTempFile(complete(sha).getParent(), sha, ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, complete(sha), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public InputStream open(String sha, long from) {
    try {
      InputStream in = Files.newInputStream(complete(sha));
      in.skipNBytes(from);
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

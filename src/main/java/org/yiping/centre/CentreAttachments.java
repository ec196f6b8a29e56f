package org.yiping.centre;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiping.sync.protocol.Bodies;

/**
 * Photos and signatures by their SHA-256: one file per content, so the same photo sent twice is stored once.
 * Uploads append to a {@code .part} file from the offset the client names, so a cut upload resumes where it
 * stopped; the file becomes visible only when its bytes hash to its name. Every file is encrypted and
 * authenticated with the centre's data key ({@link SealedFile}); plain files left by an older centre are sealed
 * when the centre starts.
 */
public final class CentreAttachments {
  private static final Logger LOG = LoggerFactory.getLogger(CentreAttachments.class);
  private final Path dir;
  private final SealedFile sealer;

  public CentreAttachments(Path dir, CentreDataKey key) {
    this.dir = dir;
    this.sealer = new SealedFile(key);
    sealPlainFiles();
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
      return Files.exists(p) ? SealedFile.partLength(p) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long size(String sha) {
    try {
      return SealedFile.completeLength(complete(sha));
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
      sealer.append(p, in);
      if (!last) {
        return Upload.PARTIAL;
      }
      if (!sealer.seal(p, sha)) {
        Files.delete(p);
        return Upload.HASH_MISMATCH;
      }
      Files.move(p, complete(sha), StandardCopyOption.ATOMIC_MOVE);
      return Upload.COMPLETE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      sealer.write(tmp, bytes, sha);
      Files.move(tmp, complete(sha), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The content from byte {@code from}, decrypted, after checking the file is the one sealed under this name. A file
   * altered on disk is refused (500 {@code sync.centre.attachmentDamaged}), never served.
   */
  public InputStream open(String sha, long from) {
    try {
      return sealer.open(complete(sha), sha, from);
    } catch (SealedFile.Damaged e) {
      // The hash names content, not a person; the first digits let the admin find the file to restore.
      LOG.error("Attachment {}… failed its integrity check ({}): not served; restore it from a backup",
          sha.substring(0, 12), e.getMessage());
      throw new CentreProblem(500, "sync.centre.attachmentDamaged", sha.substring(0, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seals plain files an older centre left (complete and partial uploads), so nothing stays readable on disk. */
  private void sealPlainFiles() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int sealed = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      boolean complete = Bodies.validSha256(name);
      boolean part = name.endsWith(".part") && Bodies.validSha256(name.substring(0, name.length() - 5));
      try {
        if ((complete || part) && !SealedFile.sealed(f)) {
          sealer.sealPlain(f, name, complete);
          sealed++;
        }
      } catch (SealedFile.Damaged e) {
        // A plain file whose bytes do not hash to its name was never servable: set it aside, never serve it.
        LOG.warn("Attachment file {}… does not match its name: moved aside as .damaged", name.substring(0, 12));
        try {
          Files.move(f, f.resolveSibling(name + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException moveFailed) {
          throw new UncheckedIOException(moveFailed);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (sealed > 0) {
      LOG.info("Encrypted {} attachment files an older centre had stored in the clear", sealed);
    }
  }
}

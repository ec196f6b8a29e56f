package org.yiping.centre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.yiping.core.PrivateFiles;
import org.yiping.core.UserFacingException;

/**
 * The centre's data key: 32 random bytes that encrypt its H2 file and its attachments (ADR 0017). Made at first
 * start in the data folder ({@value #FILE_NAME}, owner-only), or kept elsewhere ({@code --key-file}) so that the
 * data disk alone reveals nothing. Each use gets its own key derived by HMAC-SHA256 with a label, so the database
 * and the attachments never share a key.
 */
public final class CentreDataKey {
  public static final String FILE_NAME = "centre-data.key";
  /** Environment variable naming the key file when {@code --key-file} is not given. */
  public static final String ENV = "YIPING_CENTRE_KEY_FILE";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] key;
  private final Path file;

  private CentreDataKey(byte[] key, Path file) {
    this.key = key;
    this.file = file;
  }

  /** For tests and tools: a key held in memory only. */
  static CentreDataKey of(byte[] key) {
    return new CentreDataKey(key.clone(), null);
  }

  /**
   * Reads the key of {@code dataDir} ({@code keyFile}, or the default file in the folder); makes it if it does not
   * exist yet and the folder holds no encrypted data. A missing key in front of encrypted data is refused: a new key
   * would open nothing, and the admin must find the old one (its backup).
   */
  public static CentreDataKey loadOrCreate(Path dataDir, Path keyFile) {
    Path file = keyFile != null ? keyFile.toAbsolutePath() : dataDir.resolve(FILE_NAME).toAbsolutePath();
    try {
      if (Files.exists(file)) {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!text.matches("[0-9a-fA-F]{64}")) {
          throw new UserFacingException("centre.key.unreadable", file.toString());
        }
        return new CentreDataKey(HexFormat.of().parseHex(text), file);
      }
      if (holdsEncryptedData(dataDir)) {
        throw new UserFacingException("centre.key.missing", file.toString(), dataDir.toString());
      }
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
      PrivateFiles.file(tmp);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return new CentreDataKey(key, file);
    } catch (IOException e) {
      throw new UserFacingException(e, "centre.key.unreadable", file.toString());
    }
  }

  /** Whether {@code dataDir} already holds data sealed with some key: an encrypted H2 file or attachment. */
  static boolean holdsEncryptedData(Path dataDir) throws IOException {
    if (CentreStore.h2Encrypted(dataDir)) {
      return true;
    }
    Path attachments = dataDir.resolve(Centre.ATTACHMENTS);
    if (!Files.isDirectory(attachments)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(attachments)) {
      return files.filter(Files::isRegularFile).anyMatch(p -> {
        try {
          return SealedFile.sealed(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Where the key is kept (null for a key held in memory). */
  public Path file() {
    return file;
  }

  /** A 32-byte key for one purpose, {@code HMAC-SHA256(dataKey, label)}. */
  byte[] derive(String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(("yiping centre " + label).getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }
}

package org.yiping.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The per-user copies of the database's data key (ADR 0004). One random 256-bit data key encrypts the H2 file; each
 * user holds it wrapped (AES-256-GCM) under a key derived from their password with Argon2id. A password change
 * re-wraps one entry; the database is never re-encrypted. The file holds no personal data beyond user names.
 */
public final class KeyRing {
  public static final String FILE_NAME = "keyring.json";
  private static final int FORMAT = 1;
  private static final int DATA_KEY_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final int NONCE_BYTES = 12;

  private final Path file;
  private final ObjectMapper json;
  private final KdfParams kdfForNewEntries;
  private final SecureRandom random = new SecureRandom();

  public KeyRing(Path file, ObjectMapper json, KdfParams kdfForNewEntries) {
    this.file = file;
    this.json = json;
    this.kdfForNewEntries = kdfForNewEntries;
  }

  /** JSON form of the file; package-visible for tests that tamper with it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record FileContent(int format, List<Entry> users) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(String username, int memoryKiB, int iterations, int parallelism, String salt, String nonce,
      String wrappedKey) {}

  public boolean isEmpty() {
    return read().users().isEmpty();
  }

  /** A fresh random data key for a new database. */
  public byte[] newDataKey() {
    byte[] key = new byte[DATA_KEY_BYTES];
    random.nextBytes(key);
    return key;
  }

  /** Adds or replaces {@code username}'s wrapped copy of {@code dataKey}. */
  public synchronized void put(String username, char[] password, byte[] dataKey) {
    byte[] salt = randomBytes(SALT_BYTES);
    byte[] nonce = randomBytes(NONCE_BYTES);
    KdfParams kdf = kdfForNewEntries;
    byte[] kek = derive(password, salt, kdf);
    try {
      byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, kek, nonce, username, dataKey);
      Entry entry = new Entry(username, kdf.memoryKiB(), kdf.iterations(), kdf.parallelism(), b64(salt), b64(nonce),
          b64(wrapped));
      List<Entry> users = new ArrayList<>(read().users());
      users.removeIf(e -> e.username().equals(username));
      users.add(entry);
      write(new FileContent(FORMAT, users));
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** Removes the user's copy: a disabled user can no longer open the database at all. */
  public synchronized void remove(String username) {
    List<Entry> users = new ArrayList<>(read().users());
    if (users.removeIf(e -> e.username().equals(username))) {
      write(new FileContent(FORMAT, users));
    }
  }

  /**
   * The data key, if {@code password} is {@code username}'s. Empty for an unknown user or a wrong password: the two
   * are deliberately not told apart.
   */
  public Optional<byte[]> unlock(String username, char[] password) {
    Optional<Entry> found = find(username);
    if (found.isEmpty()) {
      // Spend the same work as a real attempt so timing does not reveal which user names exist.
      derive(password, new byte[SALT_BYTES], kdfForNewEntries);
      return Optional.empty();
    }
    Entry e = found.get();
    byte[] kek = derive(password, unb64(e.salt()), new KdfParams(e.memoryKiB(), e.iterations(), e.parallelism()));
    try {
      return Optional.of(gcm(Cipher.DECRYPT_MODE, kek, unb64(e.nonce()), username, unb64(e.wrappedKey())));
    } catch (WrongKeyException wrong) {
      return Optional.empty();
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /**
   * Runs one key derivation with the current work factors and throws the result away. Started in the background
   * when the app opens, so the first real sign-in does not also pay for the JIT compiling Argon2.
   */
  public void warmUp() {
    derive("warm-up".toCharArray(), new byte[SALT_BYTES], kdfForNewEntries);
  }

  private Optional<Entry> find(String username) {
    return read().users().stream().filter(e -> e.username().equals(username)).findFirst();
  }

  private FileContent read() {
    if (!Files.exists(file)) {
      return new FileContent(FORMAT, List.of());
    }
    try {
      FileContent content = json.readValue(Files.readAllBytes(file), FileContent.class);
      return content.users() == null ? new FileContent(FORMAT, List.of()) : content;
    } catch (IOException e) {
      throw new UncheckedIOException("keyring unreadable: " + file, e);
    }
  }

  private void write(FileContent content) {
    try {
      org.yiping.core.PrivateFiles.directory(file.getParent());
      Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
      byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsString(content)
          .getBytes(StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(java.nio.ByteBuffer.wrap(bytes));
        ch.force(true);
      }
      org.yiping.core.PrivateFiles.file(tmp);
      // Atomic replace: a crash leaves either the old or the new keyring, never half of one.
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("keyring not written: " + file, e);
    }
  }

  private static byte[] derive(char[] password, byte[] salt, KdfParams kdf) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt)
        .withMemoryAsKB(kdf.memoryKiB())
        .withIterations(kdf.iterations())
        .withParallelism(kdf.parallelism())
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[32];
    generator.generateBytes(password, out);
    return out;
  }

  private static byte[] gcm(int mode, byte[] key, byte[] nonce, String username, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      // The user name is authenticated: an entry copied onto another name does not open.
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new WrongKeyException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static byte[] unb64(String s) {
    return Base64.getDecoder().decode(s);
  }

  private static final class WrongKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}

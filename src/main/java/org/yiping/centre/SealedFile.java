package org.yiping.centre;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An attachment file encrypted at rest, in a layout that can grow by appending (uploads resume at a byte offset):
 *
 * <pre>
 * "YPATT1\n\0" | IV (16 bytes, random per file) | AES-256-CTR(plaintext) | HMAC-SHA256 tag (32 bytes, once complete)
 * tag = HMAC-SHA256(macKey, sha256-hex-name | magic | IV | ciphertext)
 * </pre>
 *
 * CTR lets a part be encrypted at any offset (the counter is IV + offset / 16); the tag, written when the upload is
 * complete and its plaintext hashed to its name, binds the file to its name, so an altered or swapped file is
 * refused instead of served. Encryption and authentication use separate keys derived from the centre's data key.
 */
final class SealedFile {
  static final byte[] MAGIC = "YPATT1\n\0".getBytes(StandardCharsets.US_ASCII);
  static final int IV_BYTES = 16;
  static final int HEADER = MAGIC.length + IV_BYTES;
  static final int TAG = 32;
  private static final BigInteger COUNTER_SPACE = BigInteger.ONE.shiftLeft(128);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec encKey;
  private final SecretKeySpec macKey;

  /** The file's bytes are not what was sealed (altered, truncated, swapped, or sealed with another key). */
  static final class Damaged extends IOException {
    private static final long serialVersionUID = 1L;

    Damaged(String what) {
      super(what);
    }
  }

  SealedFile(CentreDataKey key) {
    this.encKey = new SecretKeySpec(key.derive("attachment encryption"), "AES");
    this.macKey = new SecretKeySpec(key.derive("attachment authentication"), "HmacSHA256");
  }

  /** Plaintext bytes in an unfinished (untagged) file. */
  static long partLength(Path part) throws IOException {
    return Math.max(0, Files.size(part) - HEADER);
  }

  /** Plaintext bytes in a complete (tagged) file. */
  static long completeLength(Path complete) throws IOException {
    return Math.max(0, Files.size(complete) - HEADER - TAG);
  }

  /** Appends {@code in}, encrypted, at the end of an unfinished file (made with a fresh IV if absent). */
  void append(Path part, InputStream in) throws IOException {
    if (!Files.exists(part) || Files.size(part) < HEADER) {
      byte[] header = new byte[HEADER];
      System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      System.arraycopy(iv, 0, header, MAGIC.length, IV_BYTES);
      Files.write(part, header);
    }
    long offset = partLength(part);
    Cipher cipher = ctr(iv(part), offset);
    try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.APPEND)) {
      byte[] buf = new byte[65536];
      for (int n; (n = in.read(buf)) >= 0; ) {
        byte[] c = cipher.update(buf, 0, n);
        if (c != null) {
          out.write(c);
        }
      }
    }
  }

  /**
   * Finishes an unfinished file: when its plaintext hashes to {@code sha}, appends the tag and returns true; else
   * returns false and leaves it untouched.
   */
  boolean seal(Path part, String sha) throws IOException {
    byte[] iv = iv(part);
    Cipher cipher = ctr(iv, 0);
    MessageDigest plainHash = sha256();
    Mac mac = mac(sha);
    try (InputStream in = Files.newInputStream(part)) {
      mac.update(in.readNBytes(HEADER));
      byte[] buf = new byte[65536];
      for (int n; (n = in.read(buf)) > 0; ) {
        mac.update(buf, 0, n);
        byte[] p = cipher.update(buf, 0, n);
        if (p != null) {
          plainHash.update(p);
        }
      }
    }
    if (!HexFormat.of().formatHex(plainHash.digest()).equals(sha)) {
      return false;
    }
    Files.write(part, mac.doFinal(), StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    return true;
  }

  /** Writes a complete sealed file of {@code plain} (whose SHA-256 the caller checked) to {@code target}. */
  void write(Path target, byte[] plain, String sha) throws IOException {
    Files.deleteIfExists(target);
    append(target, new java.io.ByteArrayInputStream(plain));
    if (!seal(target, sha)) {
      Files.delete(target);
      throw new IllegalArgumentException("content does not match its hash");
    }
  }

  /**
   * The plaintext of a complete file from {@code from}, after checking its tag over the whole file. Throws
   * {@link Damaged} when the tag does not match: the file is never served then.
   */
  InputStream open(Path complete, String sha, long from) throws IOException {
    long size = Files.size(complete);
    if (size < HEADER + TAG) {
      throw new Damaged("shorter than a sealed file");
    }
    Mac mac = mac(sha);
    byte[] tag;
    try (InputStream in = Files.newInputStream(complete)) {
      byte[] header = in.readNBytes(HEADER);
      if (!java.util.Arrays.equals(java.util.Arrays.copyOf(header, MAGIC.length), MAGIC)) {
        throw new Damaged("not a sealed file");
      }
      mac.update(header);
      long left = size - HEADER - TAG;
      byte[] buf = new byte[65536];
      while (left > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (n < 0) {
          throw new Damaged("truncated");
        }
        mac.update(buf, 0, n);
        left -= n;
      }
      tag = in.readNBytes(TAG);
    }
    if (!MessageDigest.isEqual(tag, mac.doFinal())) {
      throw new Damaged("tag does not match");
    }
    long plainLength = size - HEADER - TAG;
    long start = Math.min(Math.max(0, from), plainLength);
    InputStream raw = Files.newInputStream(complete);
    raw.skipNBytes(HEADER + start);
    return new CipherInputStream(limited(raw, plainLength - start), ctr(iv(complete), start));
  }

  /** Seals a plain file left by an older centre, in place (through a temporary file and an atomic move). */
  void sealPlain(Path plainFile, String sha, boolean complete) throws IOException {
    Path tmp = plainFile.resolveSibling(plainFile.getFileName() + ".sealing");
    Files.deleteIfExists(tmp);
    try (InputStream in = Files.newInputStream(plainFile)) {
      append(tmp, in);
    }
    if (complete && !seal(tmp, sha)) {
      Files.delete(tmp);
      throw new Damaged("a stored attachment does not match its name");
    }
    Files.move(tmp, plainFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static boolean sealed(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  private static byte[] iv(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(HEADER);
      if (header.length < HEADER || !java.util.Arrays.equals(java.util.Arrays.copyOf(header, MAGIC.length), MAGIC)) {
        throw new Damaged("not a sealed file");
      }
      return java.util.Arrays.copyOfRange(header, MAGIC.length, HEADER);
    }
  }

  /** AES-CTR positioned at plaintext byte {@code offset}: counter block IV + offset/16, then offset%16 bytes in. */
  private Cipher ctr(byte[] iv, long offset) throws IOException {
    BigInteger counter = new BigInteger(1, iv).add(BigInteger.valueOf(offset / 16)).mod(COUNTER_SPACE);
    byte[] block = new byte[16];
    byte[] c = counter.toByteArray();
    int n = Math.min(c.length, 16);
    System.arraycopy(c, c.length - n, block, 16 - n, n);
    try {
      Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encKey, new IvParameterSpec(block));
      int skip = (int) (offset % 16);
      if (skip > 0) {
        cipher.update(new byte[skip]);
      }
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CTR is always available", e);
    }
  }

  private Mac mac(String sha) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(macKey);
      mac.update(sha.getBytes(StandardCharsets.US_ASCII));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream limited(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long left = limit;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }
    };
  }
}

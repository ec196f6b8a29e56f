package org.yiping.sync.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The batch file for places with no network: a push request sealed for the centre and signed by the device.
 *
 * <p>Layout: {@code "YPBATCH1"}, then three length-prefixed parts: the header (JSON, in clear: device, user, batch
 * id, the ephemeral public key and the nonce), the ciphertext (AES-256-GCM with the header as associated data; the
 * key comes from ECDH P-256 between an ephemeral key and the centre's key, through HKDF-SHA256), and the device's
 * ECDSA P-256 signature over everything before it. Nothing may follow. A truncated, altered or foreign file fails one
 * of these checks before anything is applied.
 */
public final class BatchFileCodec {
  private static final byte[] MAGIC = "YPBATCH1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INFO = "yiping batch file v1".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_PART = 1 << 30;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  public record Header(int version, String deviceId, String username, String batchId, String createdAt,
      String ephemeralKey, String nonce) {}

  /** Why a file is refused; {@code reason} is a message key for the bundle. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public Refused(String reason) {
      super(reason);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** A file whose structure is whole: the header can be read, the signature and contents not yet checked. */
  public record Parsed(Header header, byte[] signed, byte[] headerBytes, byte[] ciphertext, byte[] signature) {}

  private BatchFileCodec() {}

  public static byte[] seal(String deviceId, String username, String batchId, String createdAt, byte[] plaintext,
      PublicKey centreKey, PrivateKey deviceKey) {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair eph = gen.generateKeyPair();
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Header h = new Header(1, deviceId, username, batchId, createdAt,
          Base64.getEncoder().encodeToString(eph.getPublic().getEncoded()), Base64.getEncoder().encodeToString(nonce));
      byte[] headerBytes = JSON.writeValueAsBytes(h);
      byte[] key = deriveKey(eph.getPrivate(), centreKey, eph.getPublic().getEncoded());
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      c.updateAAD(headerBytes);
      byte[] ciphertext = c.doFinal(plaintext);
      ByteArrayOutputStream bos = new ByteArrayOutputStream(ciphertext.length + 1024);
      DataOutputStream out = new DataOutputStream(bos);
      out.write(MAGIC);
      out.writeInt(headerBytes.length);
      out.write(headerBytes);
      out.writeInt(ciphertext.length);
      out.write(ciphertext);
      byte[] signed = bos.toByteArray();
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initSign(deviceKey);
      s.update(signed);
      byte[] sig = s.sign();
      out.writeInt(sig.length);
      out.write(sig);
      return bos.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("sealing a batch file", e);
    }
  }

  /** Reads the structure; refuses a file that is not a batch file, is cut short, or has bytes after its end. */
  public static Parsed parse(byte[] file) throws Refused {
    if (file.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
      throw new Refused("sync.batch.refused.notBatch");
    }
    ByteBuffer in = ByteBuffer.wrap(file);
    in.position(MAGIC.length);
    try {
      byte[] header = part(in);
      byte[] ciphertext = part(in);
      int signedLength = in.position();
      byte[] sig = part(in);
      if (in.hasRemaining()) {
        throw new Refused("sync.batch.refused.altered");
      }
      Header h = JSON.readValue(header, Header.class);
      if (h.version() != 1 || h.deviceId() == null || h.batchId() == null) {
        throw new Refused("sync.batch.refused.notBatch");
      }
      return new Parsed(h, Arrays.copyOf(file, signedLength), header, ciphertext, sig);
    } catch (BufferUnderflowException | NegativeArraySizeException e) {
      throw new Refused("sync.batch.refused.truncated");
    } catch (IOException e) {
      throw new Refused("sync.batch.refused.altered");
    }
  }

  private static byte[] part(ByteBuffer in) throws Refused {
    int n = in.getInt();
    if (n < 0 || n > MAX_PART) {
      throw new Refused("sync.batch.refused.altered");
    }
    byte[] b = new byte[n];
    in.get(b);
    return b;
  }

  /** Checks the device's signature, then decrypts; returns the plaintext. */
  public static byte[] open(Parsed p, PublicKey devicePublicKey, PrivateKey centreKey) throws Refused {
    try {
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initVerify(devicePublicKey);
      s.update(p.signed());
      if (!s.verify(p.signature())) {
        throw new Refused("sync.batch.refused.badSignature");
      }
    } catch (java.security.SignatureException e) {
      throw new Refused("sync.batch.refused.badSignature");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    try {
      byte[] ephEncoded = Base64.getDecoder().decode(p.header().ephemeralKey());
      PublicKey eph = publicKey(ephEncoded);
      byte[] key = deriveKey(centreKey, eph, ephEncoded);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(128, Base64.getDecoder().decode(p.header().nonce())));
      c.updateAAD(p.headerBytes());
      return c.doFinal(p.ciphertext());
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new Refused("sync.batch.refused.notForThisCentre");
    }
  }

  public static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
    return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(x509));
  }

  private static byte[] deriveKey(PrivateKey mine, PublicKey theirs, byte[] ephemeral)
      throws GeneralSecurityException {
    KeyAgreement ka = KeyAgreement.getInstance("ECDH");
    ka.init(mine);
    ka.doPhase(theirs, true);
    byte[] secret = ka.generateSecret();
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(secret, ephemeral, INFO));
    byte[] key = new byte[32];
    hkdf.generateBytes(key, 0, key.length);
    return key;
  }
}

package org.yiping.centre;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.yiping.core.PrivateFiles;
import org.yiping.sync.protocol.Bodies;

/**
 * The centre's key pair (EC P-256) and its self-signed certificate, made at first start and kept in the data
 * folder (readable by the owner only). The certificate serves TLS and is pinned by clients at enrolment by its
 * SHA-256 fingerprint; the same key decrypts batch files that devices encrypt for the centre.
 */
public final class CentreKeys {
  static final String KEYSTORE = "centre-tls.p12";
  static final String PASSWORD_FILE = "centre-tls.pass";
  private static final String ALIAS = "centre";
  private final KeyStore keyStore;
  private final char[] password;
  private final X509Certificate certificate;
  private final PrivateKey privateKey;

  private CentreKeys(KeyStore keyStore, char[] password) throws GeneralSecurityException {
    this.keyStore = keyStore;
    this.password = password;
    this.certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
    this.privateKey = (PrivateKey) keyStore.getKey(ALIAS, password);
  }

  /** Loads the keys of {@code dir}, making them first if there are none. */
  public static CentreKeys loadOrCreate(Path dir, String hostName) {
    try {
      PrivateFiles.directory(dir);
      Path ks = dir.resolve(KEYSTORE);
      Path pw = dir.resolve(PASSWORD_FILE);
      if (Files.exists(ks) && Files.exists(pw)) {
        char[] password = Files.readString(pw, StandardCharsets.US_ASCII).strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
          store.load(in, password);
        }
        return new CentreKeys(store, password);
      }
      char[] password = org.yiping.centre.Passwords.newSecret().toCharArray();
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = gen.generateKeyPair();
      X509Certificate cert = selfSigned(pair, hostName);
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] {cert});
      Files.writeString(pw, new String(password), StandardCharsets.US_ASCII);
      PrivateFiles.file(pw);
      Path tmp = dir.resolve(KEYSTORE + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        store.store(out, password);
      }
      PrivateFiles.file(tmp);
      Files.move(tmp, ks, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return new CentreKeys(store, password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException("centre keys", e);
    }
  }

  private static X509Certificate selfSigned(KeyPair pair, String hostName)
      throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=Yiping regional centre");
    JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
        pair.getPublic());
    b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
        new GeneralName(GeneralName.dNSName, hostName == null ? "localhost" : hostName),
        new GeneralName(GeneralName.dNSName, "localhost"),
        new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
    return new JcaX509CertificateConverter().getCertificate(
        b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
  }

  public KeyStore keyStore() {
    return keyStore;
  }

  public char[] password() {
    return password.clone();
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  /** What a client pins: the SHA-256 of the certificate's DER encoding, lowercase hex. */
  public String fingerprint() {
    try {
      return Bodies.sha256(certificate.getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key (X.509 SubjectPublicKeyInfo, Base64) devices encrypt batch files with. */
  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(certificate.getPublicKey().getEncoded());
  }
}

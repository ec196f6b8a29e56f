package org.yiping.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.X509ExtendedTrustManager;
import org.yiping.core.UserFacingException;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.Wire;

/**
 * The centre's HTTPS API from the laptop. TLS trusts exactly one certificate: the one whose SHA-256 fingerprint was
 * pinned at enrolment (the centre's certificate is self-signed). Any network failure surfaces as
 * {@link Unreachable}, so the engine can retry: every call is safe to repeat.
 */
public final class CentreClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private final HttpClient http;
  private final URI base;
  private final ObjectMapper json;
  private final Duration requestTimeout;
  private String token;
  private String deviceId;

  /** The connection failed or was cut: nothing is known about whether the centre acted, so repeat the call. */
  public static final class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreachable(Throwable cause) {
      super(cause);
    }
  }

  /** The centre answered with an error it explained in words. */
  public static final class Refused extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    Refused(int status, String code, String message) {
      super("sync.problem.centreSaid", message);
      this.status = status;
      this.code = code;
    }

    public int status() {
      return status;
    }

    public String code() {
      return code;
    }
  }

  public CentreClient(String url, String pinnedFingerprint, ObjectMapper json, Duration requestTimeout) {
    this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    if (!"https".equals(base.getScheme())) {
      throw new UserFacingException("sync.problem.notHttps", url);
    }
    this.json = json;
    this.requestTimeout = requestTimeout;
    try {
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new javax.net.ssl.TrustManager[] {new Pinned(pinnedFingerprint)}, null);
      SSLParameters params = new SSLParameters();
      params.setEndpointIdentificationAlgorithm(null);
      this.http = HttpClient.newBuilder().sslContext(ssl).sslParameters(params).connectTimeout(CONNECT_TIMEOUT)
          .version(HttpClient.Version.HTTP_1_1).build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True if the centre answers at all within {@code timeout}: the background sync's cheap reachability probe. */
  public boolean reachable(Duration timeout) {
    try {
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/v1/hello")).timeout(timeout).GET()
          .build(), HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Uses a session token from an earlier sign-in (kept in the laptop's encrypted store) instead of signing in. */
  public void useSession(String sessionToken, String deviceId) {
    this.token = sessionToken;
    this.deviceId = deviceId;
  }

  public Wire.EnrolResponse enrol(Wire.EnrolRequest req) {
    return send(post("/v1/enrol", req), Wire.EnrolResponse.class);
  }

  public Wire.LoginResponse login(String deviceId, String deviceToken, String username, char[] password) {
    HttpRequest r = post("/v1/session", new Wire.LoginRequest(username, new String(password)))
        .header("X-Yiping-Device", deviceId).header("X-Yiping-Device-Token", deviceToken).build();
    Wire.LoginResponse res = send(r, Wire.LoginResponse.class);
    this.token = res.token();
    this.deviceId = deviceId;
    return res;
  }

  public Wire.PushResponse push(byte[] pushRequestJson) {
    return send(authed("/v1/push").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(pushRequestJson)).build(), Wire.PushResponse.class);
  }

  public Wire.PullResponse pull(long since, int limit, long outboxPending) {
    return send(authed("/v1/pull?since=" + since + "&limit=" + limit + "&outbox=" + outboxPending).GET().build(),
        Wire.PullResponse.class);
  }

  public Wire.PushResponse batchFile(byte[] file) {
    return send(authed("/v1/batch-file").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
        Wire.PushResponse.class);
  }

  /** A form version the centre published, as JSON; empty if the centre holds none (or none it can serve). */
  public java.util.Optional<byte[]> form(String formId, String version) {
    HttpResponse<byte[]> r = exchange(authed("/v1/forms/" + java.net.URLEncoder.encode(formId,
        java.nio.charset.StandardCharsets.UTF_8) + "/" + java.net.URLEncoder.encode(version,
        java.nio.charset.StandardCharsets.UTF_8)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() == 404) {
      return java.util.Optional.empty();
    }
    if (r.statusCode() != 200) {
      throw refused(r);
    }
    return java.util.Optional.of(r.body());
  }

  /** Bytes of an attachment the centre already holds: its full size if complete, else how much arrived. */
  public long attachmentReceived(String sha, boolean[] complete) {
    HttpResponse<Void> r = exchange(authed("/v1/attachments/" + sha)
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    complete[0] = r.statusCode() == 200;
    return r.headers().firstValueAsLong("X-Yiping-Received").orElse(0);
  }

  /** Sends a piece of an attachment from {@code offset}; {@code last} asks the centre to check and publish it. */
  public int putAttachmentPart(String sha, long offset, byte[] part, boolean last) {
    HttpResponse<byte[]> r = exchange(authed("/v1/attachments/" + sha + "?offset=" + offset + "&last=" + last)
        .PUT(HttpRequest.BodyPublishers.ofByteArray(part)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() >= 400 && r.statusCode() != 409) {
      throw refused(r);
    }
    return r.statusCode();
  }

  public byte[] attachment(String sha) {
    HttpResponse<byte[]> r = exchange(authed("/v1/attachments/" + sha).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw refused(r);
    }
    if (!Bodies.sha256(r.body()).equals(sha)) {
      throw new Unreachable(new IOException("attachment arrived damaged"));
    }
    return r.body();
  }

  private HttpRequest.Builder authed(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(requestTimeout).header("Authorization",
        "Bearer " + token);
    return deviceId == null ? b : b.header("X-Yiping-Device", deviceId);
  }

  private HttpRequest.Builder post(String path, Object body) {
    try {
      return HttpRequest.newBuilder(base.resolve(path)).timeout(requestTimeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T send(HttpRequest.Builder b, Class<T> type) {
    return send(b.build(), type);
  }

  private <T> T send(HttpRequest r, Class<T> type) {
    HttpResponse<byte[]> res = exchange(r, HttpResponse.BodyHandlers.ofByteArray());
    if (res.statusCode() != 200) {
      throw refused(res);
    }
    try {
      return json.readValue(res.body(), type);
    } catch (IOException e) {
      // A reply cut short reads as broken JSON: treat it like a cut connection.
      throw new Unreachable(e);
    }
  }

  private Refused refused(HttpResponse<byte[]> res) {
    try {
      Wire.Problem p = json.readValue(res.body(), Wire.Problem.class);
      return new Refused(res.statusCode(), p.error(), p.message());
    } catch (IOException | RuntimeException e) {
      return new Refused(res.statusCode(), "http." + res.statusCode(), "HTTP " + res.statusCode());
    }
  }

  private <T> HttpResponse<T> exchange(HttpRequest r, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(r, handler);
    } catch (IOException e) {
      throw new Unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable(e);
    }
  }

  /** Trusts one certificate, named by its SHA-256; the host name does not matter once the certificate is pinned. */
  private static final class Pinned extends X509ExtendedTrustManager {
    private final String fingerprint;

    Pinned(String fingerprint) {
      this.fingerprint = fingerprint.replace(":", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("no certificate");
      }
      try {
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
        if (!MessageDigest.isEqual(actual.getBytes(), fingerprint.getBytes())) {
          throw new CertificateException("the centre's certificate is not the one pinned at enrolment");
        }
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new CertificateException(e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}

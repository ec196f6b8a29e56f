package org.yiping.centre;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.yiping.app.Json;
import org.yiping.sync.protocol.Wire;

/**
 * A bare HTTPS client for the centre's tests: trusts exactly the centre's certificate and speaks the routes of
 * docs/sync-protocol.md as plain requests, so the tests see statuses, headers and bodies as a laptop would.
 */
final class CentreTestClient {
  private static final ObjectMapper JSON = Json.newMapper();
  private final HttpClient http;
  private final String url;
  String token;

  CentreTestClient(Centre centre) {
    this(centre.url(), centre.keys());
  }

  CentreTestClient(String url, CentreKeys keys) {
    this.url = url;
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("centre", keys.keyStore().getCertificate("centre"));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, tmf.getTrustManagers(), null);
      this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, headers and body. */
  record Answer(int status, HttpResponse<byte[]> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    String error() {
      return json().path("error").asText();
    }

    byte[] body() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Answer send(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  /** Enrols a device with a fresh key pair; returns its device token. */
  String enrol(String code, String deviceId) {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(256);
      String key = Base64.getEncoder().encodeToString(gen.generateKeyPair().getPublic().getEncoded());
      Answer a = send("POST", "/v1/enrol", JSON.writeValueAsBytes(new Wire.EnrolRequest(code, deviceId, deviceId,
          key)), "Content-Type", "application/json");
      if (a.status() != 200) {
        throw new IllegalStateException("enrol: " + a.status() + " " + a.error());
      }
      return a.json().get("deviceToken").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs in; keeps the session token for the following calls and returns the whole answer. */
  Wire.LoginResponse login(String deviceId, String deviceToken, String username, String password) {
    try {
      Answer a = send("POST", "/v1/session", JSON.writeValueAsBytes(new Wire.LoginRequest(username, password)),
          "X-Yiping-Device", deviceId, "X-Yiping-Device-Token", deviceToken, "Content-Type", "application/json");
      if (a.status() != 200) {
        throw new IllegalStateException("login: " + a.status() + " " + a.error());
      }
      Wire.LoginResponse r = JSON.readValue(a.body(), Wire.LoginResponse.class);
      token = r.token();
      return r;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

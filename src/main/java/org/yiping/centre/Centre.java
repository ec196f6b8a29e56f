package org.yiping.centre;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The regional centre: its store, keys, attachments, admin and sync services, and (once started) its HTTPS server.
 * {@code yiping centre} builds one; tests build one on a temporary folder and port 0.
 */
public final class Centre implements AutoCloseable {
  /** PBKDF2 work factor for centre passwords (OWASP 2023 for PBKDF2-HMAC-SHA256). */
  public static final int PASSWORD_ITERATIONS = 600_000;
  private final CentreStore store;
  private final CentreKeys keys;
  private final CentreAdmin admin;
  private final CentreSync sync;
  private final ObjectMapper json;
  private Server server;

  /** The folder of attachments inside the data folder. */
  public static final String ATTACHMENTS = "attachments";
  private final CentreDataKey dataKey;

  /** Opens the centre of {@code dataDir}, its data key kept there; {@code jdbcUrl} null means the H2 file there. */
  public Centre(Path dataDir, String jdbcUrl, String dbUser, String dbPassword, int passwordIterations, Clock clock,
      ObjectMapper json) {
    this(dataDir, null, jdbcUrl, dbUser, dbPassword, passwordIterations, clock, json);
  }

  /**
   * Opens the centre of {@code dataDir}; its data key is read from {@code keyFile} (null: the default file in the
   * data folder), made at first start. {@code jdbcUrl} null means the embedded H2 file, encrypted with that key.
   */
  public Centre(Path dataDir, Path keyFile, String jdbcUrl, String dbUser, String dbPassword, int passwordIterations,
      Clock clock, ObjectMapper json) {
    this.json = json;
    this.keys = CentreKeys.loadOrCreate(dataDir, null);
    this.dataKey = CentreDataKey.loadOrCreate(dataDir, keyFile);
    this.store = jdbcUrl != null ? CentreStore.open(jdbcUrl, dbUser, dbPassword, 16)
        : CentreStore.openH2(dataDir, dataKey, 16);
    this.admin = new CentreAdmin(store, passwordIterations, clock);
    CentreAttachments attachments;
    try {
      attachments = new CentreAttachments(dataDir.resolve(ATTACHMENTS), dataKey);
    } catch (RuntimeException e) {
      store.close(); // sealing an older centre's files failed: leave nothing open
      throw e;
    }
    this.sync = new CentreSync(store, keys, attachments, json, clock, "颐评区域中心");
  }

  /** Where the data key is kept (what to back up apart from the data). */
  public Path dataKeyFile() {
    return dataKey.file();
  }

  public Centre start(String host, int port) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("centre-http");
    Server s = new Server(threads);
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(keys.keyStore());
    ssl.setKeyStorePassword(new String(keys.password()));
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(s, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
        new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(60_000);
    s.addConnector(connector);
    s.setHandler(new CentreHttp(sync, json));
    try {
      s.start();
    } catch (Exception e) {
      throw new IllegalStateException("centre server did not start on " + host + ":" + port, e);
    }
    this.server = s;
    return this;
  }

  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  public String url() {
    return "https://127.0.0.1:" + port();
  }

  public CentreKeys keys() {
    return keys;
  }

  public CentreAdmin admin() {
    return admin;
  }

  public CentreSync sync() {
    return sync;
  }

  public CentreStore store() {
    return store;
  }

  /** Stops the HTTP server, leaving the store open (a test restarts the server on the same port). */
  public void stopServer() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      server = null;
    }
  }

  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    stopServer();
    store.close();
  }
}

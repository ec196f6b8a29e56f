package org.yiping.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that cuts each connection once a given number of bytes (both directions together) has
 * passed: a cable pulled at a chosen point of a request or an answer. {@link #cutAfter(long)} sets the point for
 * the connections that follow; {@code Long.MAX_VALUE} lets everything through.
 */
final class CuttingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int targetPort;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "cutting-proxy");
    t.setDaemon(true);
    return t;
  });
  private volatile long cutAfter = Long.MAX_VALUE;
  final AtomicLong cuts = new AtomicLong();

  CuttingProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  void cutAfter(long bytes) {
    this.cutAfter = bytes;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        AtomicLong passed = new AtomicLong();
        long limit = cutAfter;
        threads.submit(() -> pipe(client, upstream, passed, limit));
        threads.submit(() -> pipe(upstream, client, passed, limit));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to, AtomicLong passed, long limit) {
    byte[] buf = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buf)) > 0; ) {
        long before = passed.getAndAdd(n);
        if (before + n > limit) {
          int allowed = (int) Math.max(0, limit - before);
          out.write(buf, 0, allowed);
          out.flush();
          cuts.incrementAndGet();
          break;
        }
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // the other direction closed it
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}

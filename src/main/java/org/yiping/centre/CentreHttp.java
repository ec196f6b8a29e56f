package org.yiping.centre;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiping.core.SafeErrors;
import org.yiping.sync.protocol.Bodies;
import org.yiping.sync.protocol.Wire;

/** The HTTP routes of docs/sync-protocol.md over {@link CentreSync}. JSON in and out; errors as {@link Wire.Problem}. */
final class CentreHttp extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(CentreHttp.class);
  static final long MAX_BODY = 256L * 1024 * 1024;
  private final CentreSync sync;
  private final ObjectMapper json;

  CentreHttp(CentreSync sync, ObjectMapper json) {
    this.sync = sync;
    this.json = json;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    try {
      if (path.equals("/v1/hello") && method.equals("GET")) {
        json(response, callback, 200, java.util.Map.of("service", "yiping-centre", "protocol", 1));
      } else if (path.equals("/v1/enrol") && method.equals("POST")) {
        json(response, callback, 200, sync.enrol(body(request, Wire.EnrolRequest.class)));
      } else if (path.equals("/v1/session") && method.equals("POST")) {
        json(response, callback, 200, sync.login(request.getHeaders().get("X-Yiping-Device"),
            request.getHeaders().get("X-Yiping-Device-Token"), body(request, Wire.LoginRequest.class)));
      } else if (path.equals("/v1/push") && method.equals("POST")) {
        Caller caller = caller(request);
        json(response, callback, 200, sync.push(caller, body(request, Wire.PushRequest.class), "online"));
      } else if (path.equals("/v1/pull") && method.equals("GET")) {
        Caller caller = caller(request);
        Fields q = Request.extractQueryParameters(request);
        json(response, callback, 200, sync.pull(caller, number(q, "since", 0), (int) number(q, "limit", 500),
            number(q, "outbox", 0)));
      } else if (path.equals("/v1/batch-file") && method.equals("POST")) {
        caller(request);
        json(response, callback, 200, sync.importBatchFile(bytes(request)));
      } else if (path.startsWith("/v1/forms/") && method.equals("GET")) {
        form(request, response, callback, path.substring("/v1/forms/".length()));
      } else if (path.startsWith("/v1/attachments/")) {
        attachment(request, response, callback, path.substring("/v1/attachments/".length()), method);
      } else {
        throw new CentreProblem(404, "sync.centre.notFound");
      }
    } catch (CentreProblem p) {
      json(response, callback, p.status(), new Wire.Problem(p.code(), p.getMessage()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      json(response, callback, 400, new Wire.Problem("sync.centre.badRequest",
          CentreProblem.words("sync.centre.badRequest")));
    } catch (IOException e) {
      // The client went away mid-request (a cut cable): nothing was applied, and no one is listening for an answer.
      LOG.info("Centre request {} {} cut short: {}", method, path, e.getClass().getSimpleName());
      json(response, callback, 400, new Wire.Problem("sync.centre.badRequest",
          CentreProblem.words("sync.centre.badRequest")));
    } catch (RuntimeException e) {
      LOG.error("Centre request {} {} failed: {}", method, path, SafeErrors.describe(e));
      json(response, callback, 500, new Wire.Problem("sync.centre.internal",
          CentreProblem.words("sync.centre.internal")));
    }
    return true;
  }

  private void attachment(Request request, Response response, Callback callback, String sha, String method)
      throws IOException {
    if (!Bodies.validSha256(sha)) {
      throw new CentreProblem(400, "sync.centre.badRequest");
    }
    Caller caller = caller(request);
    CentreAttachments a = sync.attachments();
    switch (method) {
      case "HEAD" -> {
        // Content this caller may not read is not admitted to: the upload then simply ends as already stored.
        boolean here = a.has(sha) && sync.mayRead(sha, caller);
        response.getHeaders().put("X-Yiping-Received", Long.toString(here ? a.size(sha) : a.received(sha)));
        response.setStatus(here ? 200 : 404);
        response.write(true, null, callback);
      }
      case "PUT" -> {
        Fields q = Request.extractQueryParameters(request);
        long offset = number(q, "offset", 0);
        boolean last = "true".equals(q.getValue("last"));
        CentreAttachments.Upload u;
        try (InputStream in = Content.Source.asInputStream(request)) {
          u = a.append(sha, offset, in, last);
          // Read what was not kept (a stale offset, content already here), so the answer reaches the client.
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        response.getHeaders().put("X-Yiping-Received", Long.toString(a.has(sha) ? a.size(sha) : a.received(sha)));
        if (u == CentreAttachments.Upload.COMPLETE) {
          sync.uploaded(sha, caller);
        }
        switch (u) {
          case COMPLETE, ALREADY_STORED ->
              json(response, callback, 200, java.util.Map.of("sha256", sha, "complete", true));
          case PARTIAL -> json(response, callback, 202, java.util.Map.of("sha256", sha, "complete", false));
          case WRONG_OFFSET -> throw new CentreProblem(409, "sync.attachment.wrongOffset");
          default -> throw new CentreProblem(422, "sync.attachment.hashMismatch");
        }
      }
      case "GET" -> {
        if (!a.has(sha) || !sync.mayRead(sha, caller)) {
          throw new CentreProblem(404, "sync.centre.notFound");
        }
        Fields q = Request.extractQueryParameters(request);
        byte[] bytes;
        try (InputStream in = a.open(sha, number(q, "from", 0))) {
          bytes = in.readAllBytes();
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        response.write(true, ByteBuffer.wrap(bytes), callback);
      }
      default -> throw new CentreProblem(405, "sync.centre.notFound");
    }
  }

  /** {@code GET /v1/forms/{formId}/{version}}: a published form's canonical JSON, for any signed-in caller. */
  private void form(Request request, Response response, Callback callback, String rest) {
    caller(request);
    String[] parts = rest.split("/", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new CentreProblem(404, "sync.centre.notFound");
    }
    CentreSync.FormFile form = sync.formDefinition(parts[0], parts[1]);
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put("X-Yiping-Content-Hash", form.contentHash());
    response.write(true, ByteBuffer.wrap(form.json()), callback);
  }

  private Caller caller(Request request) {
    String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (auth == null || !auth.startsWith("Bearer ")) {
      throw new CentreProblem(401, "sync.centre.sessionExpired");
    }
    try {
      return sync.caller(auth.substring("Bearer ".length()).strip());
    } catch (CentreProblem p) {
      // A revoked device's sessions are deleted with it; say why, or its laptop would only ask for the password.
      String device = request.getHeaders().get("X-Yiping-Device");
      if (p.status() == 401 && device != null && sync.deviceRevoked(device)) {
        throw new CentreProblem(403, "sync.centre.deviceRevoked");
      }
      throw p;
    }
  }

  private static long number(Fields q, String name, long fallback) {
    String v = q.getValue(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new CentreProblem(400, "sync.centre.badRequest");
    }
  }

  private static byte[] bytes(Request request) throws IOException {
    long length = request.getLength();
    if (length > MAX_BODY) {
      throw new CentreProblem(413, "sync.centre.bodyTooLarge");
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] b = in.readNBytes((int) MAX_BODY + 1);
      if (b.length > MAX_BODY) {
        throw new CentreProblem(413, "sync.centre.bodyTooLarge");
      }
      return b;
    }
  }

  private <T> T body(Request request, Class<T> type) throws IOException {
    return json.readValue(bytes(request), type);
  }

  private void json(Response response, Callback callback, int status, Object value) {
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      bytes = "{\"error\":\"sync.centre.internal\"}".getBytes(StandardCharsets.UTF_8);
      status = 500;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}

package org.yiping.assessment.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Canonical JSON and the content hash of a form: object keys sorted (by UTF-16 code units), no insignificant
 * whitespace, UTF-8, numbers as Jackson writes them. Reformatting or reordering keys in a file does not change the
 * hash; changing any value does.
 */
public final class CanonicalJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CanonicalJson() {}

  public static byte[] bytes(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static String string(JsonNode node) {
    return new String(bytes(node), StandardCharsets.UTF_8);
  }

  /** {@code sha256:<64 hex digits>} of the canonical bytes. */
  public static String hash(JsonNode node) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return "sha256:" + HexFormat.of().formatHex(md.digest(bytes(node)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void write(JsonNode n, JsonGenerator g) throws IOException {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      g.writeStartObject();
      for (String name : names) {
        g.writeFieldName(name);
        write(n.get(name), g);
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode e : n) {
        write(e, g);
      }
      g.writeEndArray();
    } else if (n.isIntegralNumber()) {
      g.writeNumber(n.bigIntegerValue());
    } else if (n.isNumber()) {
      g.writeNumber(n.decimalValue().stripTrailingZeros());
    } else if (n.isTextual()) {
      g.writeString(n.textValue());
    } else if (n.isBoolean()) {
      g.writeBoolean(n.booleanValue());
    } else {
      g.writeNull();
    }
  }
}

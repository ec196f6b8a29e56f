package org.yiping.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Content hashes of record bodies and the attachment references inside them. */
public final class Bodies {
  /** A binary column travels as {@code {"attachment": "<sha256 hex>"}}: an object, so no text can be mistaken for it. */
  public static final String ATTACHMENT_FIELD = "attachment";
  private static final ObjectMapper CANONICAL = new ObjectMapper();

  private Bodies() {}

  /** SHA-256 of the body's canonical form (keys sorted, compact): the same content always gives the same hash. */
  public static String hash(ObjectNode body) {
    TreeMap<String, JsonNode> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sorted.put(e.getKey(), e.getValue());
    }
    try {
      return sha256(CANONICAL.writeValueAsString(sorted).getBytes(StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The attachment hashes a body refers to. */
  public static List<String> attachments(ObjectNode body) {
    List<String> out = new ArrayList<>();
    body.elements().forEachRemaining(v -> {
      String sha = attachment(v);
      if (sha != null) {
        out.add(sha);
      }
    });
    return out;
  }

  /** The hash an attachment reference names, or null if {@code v} is not one. */
  public static String attachment(JsonNode v) {
    if (v != null && v.isObject() && v.size() == 1 && v.path(ATTACHMENT_FIELD).isTextual()
        && validSha256(v.get(ATTACHMENT_FIELD).asText())) {
      return v.get(ATTACHMENT_FIELD).asText();
    }
    return null;
  }

  public static ObjectNode attachmentRef(ObjectNode parent, String field, String sha) {
    return parent.putObject(field).put(ATTACHMENT_FIELD, sha);
  }

  public static boolean validSha256(String hex) {
    return hex != null && hex.length() == 64 && hex.chars().allMatch(ch -> ch >= '0' && ch <= '9'
        || ch >= 'a' && ch <= 'f');
  }
}

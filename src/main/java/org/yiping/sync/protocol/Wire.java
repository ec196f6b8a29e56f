package org.yiping.sync.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The messages of the sync protocol (docs/sync-protocol.md), as JSON on the wire. A record travels as a flat
 * {@code body}: its table's columns by name, without the device-local {@code rev} and {@code base_rev}; a binary
 * column travels as {@code "sha256:<hex>"} and its bytes go separately as an attachment.
 */
public final class Wire {
  private Wire() {}

  public record EnrolRequest(String code, String deviceId, String deviceName, String publicKey) {}

  public record EnrolResponse(String deviceId, String deviceToken, String regionCode, String centrePublicKey,
      String centreName) {}

  public record LoginRequest(String username, String password) {}

  /** A session: its token, the caller's role and region, and when it ends at the latest (ISO-8601 instant). */
  public record LoginResponse(String token, String role, String regionCode, String expiresAt) {}

  /**
   * One record in a push: its id, the centre revision it was edited from (null if new), its content hash, and
   * {@code sentHash}: the hash of this laptop's own earlier version of the record it sent (in a batch file, say) and
   * has had no answer for, or null. If the centre's current version is exactly that one, this version descends from
   * it and replaces it without a merge; a laptop that exports a second file before the first was answered so causes
   * no false conflict.
   */
  public record Item(String recordType, String recordId, Long baseRev, String hash, ObjectNode body,
      String sentHash) {}

  public record PushRequest(String batchId, long outboxPending, List<Item> items) {}

  public enum Outcome { ACCEPTED, DUPLICATE, CONFLICT, REJECTED }

  /**
   * The centre's answer for one item. ACCEPTED and DUPLICATE carry the centre revision (and, when the centre merged
   * other changes in, the merged body); CONFLICT carries the centre's version, the fields changed on both sides,
   * and the merge of everything else (conflicting fields at the centre's values) to resolve from; REJECTED carries
   * the reason in words.
   */
  public record ItemResult(String recordId, Outcome outcome, Long centreRev, String hash, String reason,
      List<String> fields, ObjectNode centreBody, ObjectNode mergedBody) {}

  public record PushResponse(String batchId, List<ItemResult> results) {}

  /** One change in a pull page; {@code seq} is the cursor position after it. */
  public record Change(long seq, String recordType, String recordId, long centreRev, String hash, ObjectNode body) {}

  public record FormVersion(String formId, String version, String hash) {}

  public record PullResponse(List<Change> changes, long cursor, boolean more, List<FormVersion> forms) {}

  /** An error answer: a stable code and a sentence in Chinese that says what to do. */
  public record Problem(String error, String message) {}
}

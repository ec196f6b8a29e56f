package org.yiping.report;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The code printed on every report (as a QR code and as text) that ties the paper to the record it was printed from:
 * {@code YP1.<kind>.<record id>.<hash>}, for example
 * {@code YP1.ASM.01932C4E-7A10-7B2C-9D3E-0123456789AB.3FA9C01B22D47E65}:
 *
 * <ul>
 *   <li>{@code YP1}: Yiping, format 1;
 *   <li>{@code kind}: three letters, {@link ReportKind#code()};
 *   <li>{@code record id}: the record's UUID;
 *   <li>{@code hash}: the first 16 hex digits (64 bits) of the SHA-256 content hash stored with the record.
 * </ul>
 *
 * <p>Upper case on purpose: a QR code holds upper-case letters, digits, {@code .} and {@code -} in its compact
 * alphanumeric mode, so the code fits a small QR code that still scans from a photocopy. Reading is forgiving: case,
 * surrounding space and spaces typed between groups do not matter.
 *
 * <p>The hash says whether the paper's content is the stored content; 64 bits are far beyond what anyone could forge
 * by trying changed contents. The code holds no personal data.
 */
public record VerificationCode(ReportKind kind, UUID recordId, String hashPrefix) {
  public static final String PREFIX = "YP1";
  public static final int HASH_DIGITS = 16;
  private static final Pattern HEX = Pattern.compile("[0-9A-F]+");
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");

  public VerificationCode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordId, "recordId");
    hashPrefix = hashPrefix.toUpperCase(Locale.ROOT);
    if (hashPrefix.length() != HASH_DIGITS || !HEX.matcher(hashPrefix).matches()) {
      throw new IllegalArgumentException("hashPrefix must be " + HASH_DIGITS + " hex digits");
    }
  }

  /**
   * The code of a record.
   *
   * @param contentHash the record's SHA-256 content hash in hex, with or without a {@code sha256:} prefix
   */
  public static VerificationCode of(ReportKind kind, UUID recordId, String contentHash) {
    return new VerificationCode(kind, recordId, prefixOf(contentHash));
  }

  /** The first 16 hex digits of a content hash, upper case. */
  static String prefixOf(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    String hex = contentHash.startsWith("sha256:") ? contentHash.substring("sha256:".length()) : contentHash;
    if (hex.length() < HASH_DIGITS || !HEX.matcher(hex.toUpperCase(Locale.ROOT)).matches()) {
      throw new IllegalArgumentException("not a hex SHA-256 content hash");
    }
    return hex.substring(0, HASH_DIGITS).toUpperCase(Locale.ROOT);
  }

  /** The text printed under the QR code and held in it. */
  public String text() {
    return PREFIX + "." + kind.code() + "." + recordId.toString().toUpperCase(Locale.ROOT) + "." + hashPrefix;
  }

  @Override
  public String toString() {
    return text();
  }

  /**
   * Reads a code as scanned or typed.
   *
   * @throws InvalidVerificationCodeException saying what is wrong (prefix, number of parts, kind, id, hash)
   */
  public static VerificationCode parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidVerificationCodeException("report.verify.empty");
    }
    String t = text.strip().replace(" ", "").replace("\u3000", "").replace('。', '.').toUpperCase(Locale.ROOT);
    String[] parts = t.split("\\.", -1);
    if (!parts[0].equals(PREFIX)) {
      throw new InvalidVerificationCodeException("report.verify.prefix", PREFIX);
    }
    if (parts.length != 4) {
      throw new InvalidVerificationCodeException("report.verify.parts", parts.length);
    }
    ReportKind kind = ReportKind.ofCode(parts[1]);
    if (kind == null) {
      throw new InvalidVerificationCodeException("report.verify.kind", shorten(parts[1]));
    }
    if (!UUID_TEXT.matcher(parts[2]).matches()) {
      throw new InvalidVerificationCodeException("report.verify.id");
    }
    if (parts[3].length() != HASH_DIGITS || !HEX.matcher(parts[3]).matches()) {
      throw new InvalidVerificationCodeException("report.verify.hash", HASH_DIGITS);
    }
    return new VerificationCode(kind, UUID.fromString(parts[2]), parts[3]);
  }

  /** Whether this code was printed from the record {@code kind}/{@code id} whose content hash is {@code contentHash}. */
  public boolean matches(ReportKind kind, UUID id, String contentHash) {
    if (contentHash == null) {
      return false;
    }
    String prefix;
    try {
      prefix = prefixOf(contentHash);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return this.kind == kind && recordId.equals(id) && hashPrefix.equals(prefix);
  }

  /**
   * Whether the code text {@code code} was printed from that record. {@code false} also for a code that cannot be
   * read; call {@link #parse} first to tell the user why.
   */
  public static boolean matches(String code, ReportKind kind, UUID id, String contentHash) {
    try {
      return parse(code).matches(kind, id, contentHash);
    } catch (InvalidVerificationCodeException e) {
      return false;
    }
  }

  /** Derives a stable record id for content that has no stored record (an answers file): a name-based UUID. */
  public static UUID contentId(String contentHash) {
    return UUID.nameUUIDFromBytes(HexFormat.of().parseHex(
        (contentHash.startsWith("sha256:") ? contentHash.substring(7) : contentHash).toLowerCase(Locale.ROOT)));
  }

  private static String shorten(String s) {
    return s.length() <= 12 ? s : s.substring(0, 12) + "…";
  }
}

package org.yiping.assessment.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import static org.yiping.core.Texts.blankToNull;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.store.Work;
import org.yiping.sync.Outbox;
import org.yiping.core.photo.PhotoShrinker;
import org.yiping.core.photo.SignatureStrokes;

/**
 * The evidence of a visit on one assessment: photos (shrunk, inside the encrypted store) and signatures drawn on
 * screen. Both change only while the assessment is a draft of the signed-in assessor; finalizing hashes them with
 * the answers, so a printed report proves which photos and signatures it was locked with.
 */
public final class EvidenceService {
  /** More than this is a mistake (a whole camera roll), not evidence. */
  public static final int MAX_PHOTOS = 30;

  private final Transactions tx;
  private final Session session;
  private final ObjectMapper json;
  private final Clock clock;

  public EvidenceService(Transactions tx, Session session, ObjectMapper json, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Adds a photo read from {@code fileName}: shrunk before the transaction (CPU work holds no lock), then stored
   * with its thumbnail in one transaction.
   */
  public PhotoRecord addPhoto(UUID assessmentId, String fileName, byte[] original, String caption) {
    session.require(Permission.ASSESS);
    PhotoShrinker.Shrunk shrunk = PhotoShrinker.shrink(original, fileName);
    Instant now = clock.instant();
    return tx.write(w -> {
      Assessment a = draftOfMine(w, assessmentId);
      EvidenceRepository repo = new EvidenceRepository(w);
      if (repo.photoCount(a.id()) >= MAX_PHOTOS) {
        throw new UserFacingException("evidence.problem.tooManyPhotos", MAX_PHOTOS);
      }
      AssessmentPhoto p = new AssessmentPhoto(Ids.newId(), a.id(), blankToNull(caption), shrunk, now);
      p.touch(now, session.username(), session.deviceId());
      repo.add(p);
      new Outbox(w).recordCreated(AssessmentPhoto.RECORD_TYPE, p, now);
      new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_ADDED, Assessment.RECORD_TYPE,
          a.id().toString(), "photo " + p.id());
      return new PhotoRecord(p.id(), a.id(), blankToNull(caption), shrunk.width(), shrunk.height(), shrunk.sha256(),
          shrunk.thumbnail(), now);
    });
  }

  /** The photos of an assessment, oldest first, with thumbnails but not the full images. */
  public List<PhotoRecord> photos(UUID assessmentId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new EvidenceRepository(w).photoRecords(assessmentId));
  }

  /** The full-size photo (JPEG); every viewing is audited, like opening the assessment. */
  public byte[] photo(UUID photoId) {
    session.require(Permission.VIEW_ELDERS);
    Instant now = clock.instant();
    return tx.write(w -> {
      AssessmentPhoto p = new EvidenceRepository(w).photo(photoId)
          .orElseThrow(() -> new UserFacingException("evidence.problem.photoNotFound"));
      new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_VIEWED, Assessment.RECORD_TYPE,
          p.assessmentId().toString(), "photo " + photoId);
      return p.image();
    });
  }

  /** Removes a photo from a draft (a tombstone, so the removal syncs too). */
  public void removePhoto(UUID photoId) {
    session.require(Permission.ASSESS);
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      AssessmentPhoto p = new EvidenceRepository(w).photo(photoId)
          .orElseThrow(() -> new UserFacingException("evidence.problem.photoNotFound"));
      draftOfMine(w, p.assessmentId());
      p.markDeleted();
      p.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(AssessmentPhoto.RECORD_TYPE, p, now);
      new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_REMOVED, Assessment.RECORD_TYPE,
          p.assessmentId().toString(), "photo " + photoId);
    });
  }

  /**
   * Records a signature drawn on screen for {@code role}, replacing an earlier one of that role. The assessor's own
   * signature can only be given by the signed-in assessor, so it always bears their name.
   */
  public SignatureRecord sign(UUID assessmentId, SignerRole role, String signerName, double padWidth,
      double padHeight, List<double[]> strokes) {
    session.require(Permission.ASSESS);
    String name = role == SignerRole.ASSESSOR ? session.displayName() : blankToNull(signerName);
    if (name == null) {
      throw new UserFacingException("evidence.problem.signerName");
    }
    if (name.length() > 100) {
      throw new UserFacingException("evidence.problem.signerNameLong", 100);
    }
    List<double[]> clean = SignatureStrokes.clean(strokes, padWidth, padHeight);
    String strokesJson = writeStrokes(clean);
    String hash = PhotoShrinker.sha256((role + "|" + name + "|" + strokesJson).getBytes(StandardCharsets.UTF_8));
    Instant now = clock.instant();
    return tx.write(w -> {
      Assessment a = draftOfMine(w, assessmentId);
      EvidenceRepository repo = new EvidenceRepository(w);
      AssessmentSignature s = repo.signature(a.id(), role).orElse(null);
      boolean created = s == null;
      if (created) {
        s = new AssessmentSignature(Ids.newId(), a.id(), role);
      }
      s.sign(name, padWidth, padHeight, strokesJson, hash, now);
      s.touch(now, session.username(), session.deviceId());
      if (created) {
        repo.add(s);
        new Outbox(w).recordCreated(AssessmentSignature.RECORD_TYPE, s, now);
      } else {
        new Outbox(w).recordChange(AssessmentSignature.RECORD_TYPE, s, now);
      }
      new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_ADDED, Assessment.RECORD_TYPE,
          a.id().toString(), "signature " + role);
      return toRecord(s, clean);
    });
  }

  /** Removes the signature of {@code role} from a draft, e.g. when the wrong person signed. */
  public void clearSignature(UUID assessmentId, SignerRole role) {
    session.require(Permission.ASSESS);
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      Assessment a = draftOfMine(w, assessmentId);
      AssessmentSignature s = new EvidenceRepository(w).signature(a.id(), role).orElse(null);
      if (s != null) {
        s.markDeleted();
        s.touch(now, session.username(), session.deviceId());
        new Outbox(w).recordChange(AssessmentSignature.RECORD_TYPE, s, now);
        new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_REMOVED, Assessment.RECORD_TYPE,
            a.id().toString(), "signature " + role);
      }
    });
  }

  /** The signatures of an assessment, in the order of {@link SignerRole}. */
  public List<SignatureRecord> signatures(UUID assessmentId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new EvidenceRepository(w).signatures(assessmentId).stream()
        .map(s -> toRecord(s, readStrokes(s.strokesJson()))).toList());
  }

  /**
   * What the content hash of a finalized assessment covers of its evidence: each photo's and each signature's
   * digest, in a stable order.
   */
  static List<String> digests(Work w, UUID assessmentId) {
    List<String> out = new ArrayList<>();
    EvidenceRepository repo = new EvidenceRepository(w);
    repo.photoDigests(assessmentId).forEach(h -> out.add("photo:" + h));
    for (AssessmentSignature s : repo.signatures(assessmentId)) {
      out.add("signature:" + s.role() + ":" + s.sha256());
    }
    return out;
  }

  /** A correction starts from the evidence of the version it corrects; the assessor may replace any of it. */
  static void copyEvidence(Work w, UUID from, UUID to, Instant now, Session session) {
    Outbox outbox = new Outbox(w);
    EvidenceRepository repo = new EvidenceRepository(w);
    for (AssessmentPhoto p : repo.photos(from)) {
      AssessmentPhoto copy = p.copyFor(Ids.newId(), to);
      copy.touch(now, session.username(), session.deviceId());
      repo.add(copy);
      outbox.recordCreated(AssessmentPhoto.RECORD_TYPE, copy, now);
    }
    for (AssessmentSignature s : repo.signatures(from)) {
      AssessmentSignature copy = s.copyFor(Ids.newId(), to);
      copy.touch(now, session.username(), session.deviceId());
      repo.add(copy);
      outbox.recordCreated(AssessmentSignature.RECORD_TYPE, copy, now);
    }
  }

  private Assessment draftOfMine(Work w, UUID assessmentId) {
    Assessment a = new AssessmentRepository(w).byId(assessmentId)
        .orElseThrow(() -> new UserFacingException("assessment.problem.notFound"));
    if (!a.assessor().equals(session.username())) {
      throw new UserFacingException("assessment.problem.notYours", a.assessor());
    }
    if (a.status() != AssessmentStatus.DRAFT) {
      throw new UserFacingException("assessment.problem.locked");
    }
    return a;
  }

  private String writeStrokes(List<double[]> strokes) {
    try {
      return json.writeValueAsString(strokes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<double[]> readStrokes(String strokesJson) {
    try {
      return List.of(json.readValue(strokesJson, double[][].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("signature strokes unreadable", e);
    }
  }

  private static SignatureRecord toRecord(AssessmentSignature s, List<double[]> strokes) {
    return new SignatureRecord(s.id(), s.assessmentId(), s.role(), s.signerName(), s.padWidth(), s.padHeight(),
        strokes, s.sha256(), s.signedAt());
  }
}

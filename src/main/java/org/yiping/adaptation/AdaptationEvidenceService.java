package org.yiping.adaptation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.core.photo.PhotoShrinker;
import org.yiping.core.photo.SignatureStrokes;
import org.yiping.security.Permission;
import org.yiping.security.Session;
import org.yiping.store.Transactions;
import org.yiping.sync.Outbox;

/**
 * The evidence of a case: a before photo of each item while the works are still to come, an after photo once they are
 * under way or accepted, and the signatures at acceptance (family, contractor, township office). Signatures are not
 * required to move the case on: a family that cannot sign signs the printed sheet.
 */
public final class AdaptationEvidenceService {
  static final int MAX_PHOTOS = 90;

  private final Transactions tx;
  private final Session session;
  private final ObjectMapper json;
  private final Clock clock;

  public AdaptationEvidenceService(Transactions tx, Session session, ObjectMapper json, Clock clock) {
    this.tx = tx;
    this.session = session;
    this.json = json;
    this.clock = clock;
  }

  /** Adds a photo of {@code itemCode} before or after the works; shrunk before the transaction. */
  public CasePhoto addPhoto(UUID caseId, String itemCode, Phase phase, String fileName, byte[] original) {
    session.require(Permission.EDIT_ELDERS);
    if (phase == null || itemCode == null || itemCode.isBlank()) {
      throw new UserFacingException("adaptation.problem.photoItem");
    }
    PhotoShrinker.Shrunk shrunk = PhotoShrinker.shrink(original, fileName);
    Instant now = clock.instant();
    return tx.write(w -> {
      AdaptationRepository repo = new AdaptationRepository(w);
      AdaptationCase c = repo.byId(caseId).orElseThrow(() -> new UserFacingException("adaptation.problem.notFound"));
      if (!phase.openAt(c.state())) {
        throw new UserFacingException(phase == Phase.BEFORE ? "adaptation.problem.beforePhoto"
            : "adaptation.problem.afterPhoto");
      }
      if (repo.photos(caseId).size() >= MAX_PHOTOS) {
        throw new UserFacingException("adaptation.problem.tooManyPhotos", MAX_PHOTOS);
      }
      AdaptationPhoto p = new AdaptationPhoto(Ids.newId(), caseId, itemCode.strip(), phase, shrunk, now);
      p.touch(now, session.username(), session.deviceId());
      repo.add(p);
      new Outbox(w).recordCreated(AdaptationPhoto.RECORD_TYPE, p, now);
      new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_ADDED, AdaptationCase.RECORD_TYPE,
          caseId.toString(), "photo " + phase + " " + itemCode);
      return new CasePhoto(p.id(), caseId, itemCode.strip(), phase, shrunk.width(), shrunk.height(),
          shrunk.thumbnail(), now);
    });
  }

  /** The photos of a case with thumbnails, by item and phase. */
  public List<CasePhoto> photos(UUID caseId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new AdaptationRepository(w).photos(caseId));
  }

  /** The full-size photo; every viewing is audited. */
  public byte[] photo(UUID photoId) {
    session.require(Permission.VIEW_ELDERS);
    Instant now = clock.instant();
    return tx.write(w -> {
      AdaptationPhoto p = new AdaptationRepository(w).photo(photoId)
          .orElseThrow(() -> new UserFacingException("evidence.problem.photoNotFound"));
      new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_VIEWED, AdaptationCase.RECORD_TYPE,
          p.caseId().toString(), "photo " + photoId);
      return p.image();
    });
  }

  /**
   * Removes a photo taken by mistake, while its phase is still open (a before photo until the works end, an after photo
   * until acceptance): the record becomes a tombstone so the removal syncs, and it is audited.
   */
  public void removePhoto(UUID photoId) {
    session.require(Permission.EDIT_ELDERS);
    Instant now = clock.instant();
    tx.writeVoid(w -> {
      AdaptationRepository repo = new AdaptationRepository(w);
      AdaptationPhoto p = repo.photo(photoId)
          .orElseThrow(() -> new UserFacingException("evidence.problem.photoNotFound"));
      AdaptationCase c = repo.byId(p.caseId()).orElseThrow(() -> new UserFacingException("adaptation.problem.notFound"));
      if (!p.phase().openAt(c.state())) {
        throw new UserFacingException("adaptation.problem.photoLocked");
      }
      p.markDeleted();
      p.touch(now, session.username(), session.deviceId());
      new Outbox(w).recordChange(AdaptationPhoto.RECORD_TYPE, p, now);
      new AuditLog(w).append(now, session.username(), AuditAction.EVIDENCE_REMOVED, AdaptationCase.RECORD_TYPE,
          c.id().toString(), "photo " + photoId);
    });
  }

  /**
   * Records a signature at the acceptance (验收): while the works are under way (signing as they are handed over) or
   * once accepted. The office's signature always bears the signed-in user's name.
   */
  public AcceptanceSignature sign(UUID caseId, AcceptanceRole role, String signerName, double w, double h,
      List<double[]> strokes) {
    session.require(Permission.EDIT_ELDERS);
    String name = role == AcceptanceRole.OFFICE ? session.displayName()
        : signerName == null || signerName.isBlank() ? null : signerName.strip();
    if (name == null) {
      throw new UserFacingException("evidence.problem.signerName");
    }
    if (name.length() > 100) {
      throw new UserFacingException("evidence.problem.signerNameLong", 100);
    }
    List<double[]> clean = SignatureStrokes.clean(strokes, w, h);
    String strokesJson = write(clean);
    Instant now = clock.instant();
    return tx.write(wk -> {
      AdaptationRepository repo = new AdaptationRepository(wk);
      AdaptationCase c = repo.byId(caseId).orElseThrow(() -> new UserFacingException("adaptation.problem.notFound"));
      if (!AcceptanceRole.signingOpenAt(c.state())) {
        throw new UserFacingException("adaptation.problem.signWhen");
      }
      AdaptationSignature s = repo.signatures(caseId).stream().filter(x -> x.role() == role).findFirst()
          .orElse(null);
      boolean created = s == null;
      if (created) {
        s = new AdaptationSignature(Ids.newId(), caseId, role);
      }
      s.sign(name, w, h, strokesJson, now);
      s.touch(now, session.username(), session.deviceId());
      if (created) {
        repo.add(s);
        new Outbox(wk).recordCreated(AdaptationSignature.RECORD_TYPE, s, now);
      } else {
        new Outbox(wk).recordChange(AdaptationSignature.RECORD_TYPE, s, now);
      }
      new AuditLog(wk).append(now, session.username(), AuditAction.EVIDENCE_ADDED, AdaptationCase.RECORD_TYPE,
          caseId.toString(), "signature " + role);
      return new AcceptanceSignature(role, name, w, h, clean, now);
    });
  }

  /** The acceptance signatures, in the order of {@link AcceptanceRole}. */
  public List<AcceptanceSignature> signatures(UUID caseId) {
    session.require(Permission.VIEW_ELDERS);
    return tx.read(w -> new AdaptationRepository(w).signatures(caseId).stream()
        .map(s -> new AcceptanceSignature(s.role(), s.signerName(), s.padWidth(), s.padHeight(),
            read(s.strokesJson()), s.signedAt()))
        .toList());
  }

  private String write(List<double[]> strokes) {
    try {
      return json.writeValueAsString(strokes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<double[]> read(String strokesJson) {
    try {
      return List.of(json.readValue(strokesJson, double[][].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("signature strokes unreadable", e);
    }
  }
}

package org.yiping.report.adaptation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.yiping.report.SignatureStrokes;

/**
 * A home adaptation case as its documents print it, in words: the household, the eligibility, the plan with its
 * totals, the step log, the photos and the acceptance signatures. Money in fen.
 *
 * @param caseId the case's id (the verification code's record id)
 * @param printedOn the day of printing (the subtitle); not part of {@link #caseContent()}
 * @param stamp {@code null} for an archived case, else {@link AdaptationText#STAMP_OPEN} or
 *     {@link AdaptationText#STAMP_TERMINATED}, printed on every page of the case sheet
 * @param checklist the checklist's title and version the plan was written on
 * @param eligibilityText the facts found (eligible) or missing (not eligible), in words
 * @param overrideReason why an ineligible household was taken on; {@code null} when eligible
 * @param terminatedReason why the case ended; {@code null} unless terminated
 */
public record AdaptationCaseData(UUID caseId, LocalDate printedOn, String stamp, Household household, int targetYear,
    String state, LocalDate appliedOn, String checklist, boolean eligible, String eligibilityText,
    String overrideReason, String terminatedReason, List<PlanItem> plan, long subsidyFen, long familyFen,
    List<StepLine> steps, List<Photo> photos, List<Signature> signatures) {

  public AdaptationCaseData {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(household, "household");
    plan = List.copyOf(plan);
    steps = List.copyOf(steps);
    photos = List.copyOf(photos);
    signatures = List.copyOf(signatures);
  }

  /**
   * The household as printed.
   *
   * @param idNumber as printed: masked
   * @param flags the hardship flags in words, joined; {@code null} for none
   */
  public record Household(String name, String sex, String idNumber, LocalDate birthDate, Integer age, String phone,
      String township, String address, String economicStatus, String flags) {}

  /**
   * One line of the plan.
   *
   * @param unit the unit the quantity counts
   * @param payer in words; {@code null} for an item not needed
   */
  public record PlanItem(String code, String label, String tier, boolean needed, int quantity, String unit,
      long unitCostFen, String payer, long totalFen, String note) {}

  /**
   * One step of the log.
   *
   * @param step from → to, in words
   * @param action 申请, 办结, 退回, 终止
   * @param by the display name of who did it
   * @param note the note, or the reason of a 退回 or 终止
   */
  public record StepLine(String step, String action, String by, Instant at, String note) {}

  /**
   * A photo of an item.
   *
   * @param id the stored photo's id: what the code's hash covers (photos are never changed, only added or removed)
   * @param jpeg a small JPEG (the stored thumbnail)
   */
  public record Photo(UUID id, String itemCode, String itemLabel, boolean after, byte[] jpeg, Instant takenAt) {}

  /** An acceptance signature: the strokes with the role and name under the box, and when it was signed. */
  public record Signature(SignatureStrokes strokes, Instant signedAt) {}

  /** The plan lines the household needs, in plan order. */
  public List<PlanItem> neededItems() {
    return plan.stream().filter(PlanItem::needed).toList();
  }

  /**
   * What the case sheet's code hashes: everything printed except the day of printing and the photo bytes (photos
   * count by id, signatures by a digest of their strokes).
   */
  public Map<String, Object> caseContent() {
    Map<String, Object> m = planContent();
    m.put("kind", "adaptation-case-1");
    m.put("stamp", stamp);
    m.put("state", state);
    m.put("appliedOn", appliedOn == null ? null : appliedOn.toString());
    m.put("terminatedReason", terminatedReason);
    Map<String, Object> h = household(household);
    h.put("birthDate", household.birthDate() == null ? null : household.birthDate().toString());
    h.put("phone", household.phone());
    h.put("economicStatus", household.economicStatus());
    h.put("flags", household.flags());
    h.put("sex", household.sex());
    m.put("household", h);
    List<Object> s = new ArrayList<>();
    for (StepLine l : steps) {
      s.add(List.of(str(l.step()), str(l.action()), str(l.by()), str(l.at()), str(l.note())));
    }
    m.put("steps", s);
    List<Object> p = new ArrayList<>();
    for (Photo ph : photos) {
      p.add(List.of(ph.id().toString(), ph.itemCode(), ph.after() ? "after" : "before"));
    }
    m.put("photos", p);
    List<Object> g = new ArrayList<>();
    for (Signature sig : signatures) {
      g.add(List.of(str(sig.strokes().roleLabel()), str(sig.strokes().signerName()), str(sig.signedAt()),
          strokesDigest(sig.strokes())));
    }
    m.put("signatures", g);
    return m;
  }

  /**
   * What the plan confirmation's code hashes: the household as identified on it, the eligibility, every plan line
   * and the totals. Steps, photos and signatures are not on that paper, so they do not change its code.
   */
  public Map<String, Object> planContent() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "adaptation-plan-1");
    m.put("caseId", caseId.toString());
    m.put("year", targetYear);
    m.put("household", household(household));
    m.put("checklist", checklist);
    m.put("eligible", eligible);
    m.put("eligibility", eligibilityText);
    m.put("override", overrideReason);
    List<Object> lines = new ArrayList<>();
    for (PlanItem i : plan) {
      lines.add(List.of(i.code(), str(i.label()), i.needed(), i.quantity(), str(i.unit()), i.unitCostFen(),
          str(i.payer()), i.totalFen(), str(i.note())));
    }
    m.put("plan", lines);
    m.put("subsidyFen", subsidyFen);
    m.put("familyFen", familyFen);
    return m;
  }

  private static Map<String, Object> household(Household h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", h.name());
    m.put("idNumber", h.idNumber());
    m.put("township", h.township());
    m.put("address", h.address());
    return m;
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  /** SHA-256 of the pad size and every coordinate: a re-signed box gives another digest. */
  static String strokesDigest(SignatureStrokes s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      ByteBuffer b = ByteBuffer.allocate(16);
      b.putDouble(s.width()).putDouble(s.height());
      d.update(b.array());
      for (double[] stroke : s.strokes()) {
        ByteBuffer sb = ByteBuffer.allocate(4 + 8 * stroke.length);
        sb.putInt(stroke.length);
        for (double v : stroke) {
          sb.putDouble(v);
        }
        d.update(sb.array());
      }
      d.update(String.valueOf(s.signerName()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

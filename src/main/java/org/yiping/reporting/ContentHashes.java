package org.yiping.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.yiping.assessment.form.CanonicalJson;
import org.yiping.assessment.visit.AssessmentRecord;
import org.yiping.assessment.visit.PhotoRecord;
import org.yiping.assessment.visit.SignatureRecord;

/**
 * The content hashes behind verification codes that the store does not keep: a draft assessment's current content,
 * an elder summary's and a month's statistics' printed data. Each is {@code sha256:} of the canonical JSON
 * ({@link CanonicalJson}: keys sorted, no spaces, UTF-8) of a plain map, so the same content always gives the same
 * hash and any change gives another.
 */
final class ContentHashes {
  private final ObjectMapper json;

  ContentHashes(ObjectMapper json) {
    this.json = json;
  }

  /** The hash of a content map (strings, numbers, booleans, lists, maps). */
  String of(Map<String, Object> content) {
    return CanonicalJson.hash(json.valueToTree(content));
  }

  /**
   * A draft has no stored hash: its printed code hashes what it holds now (form version, answers, visit details,
   * evidence digests, status). The paper matches while the draft stays as printed; once it changes or is finalized
   * (a locked hash of other content), the paper says "changed since printed".
   */
  String draft(AssessmentRecord r, List<SignatureRecord> signatures, List<PhotoRecord> photos) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "assessment-draft-1");
    m.put("id", r.id().toString());
    m.put("elderId", r.elderId().toString());
    m.put("form", r.formId() + "@" + r.formVersion());
    m.put("formHash", r.formHash());
    m.put("reason", r.reason().name());
    m.put("status", r.status().name());
    m.put("answers", new TreeMap<>(r.answers()));
    m.put("assessor", r.assessor());
    m.put("secondAssessor", r.secondAssessor());
    m.put("visitPlace", r.visitPlace());
    List<String> evidence = new ArrayList<>();
    photos.stream().map(PhotoRecord::sha256).sorted().forEach(h -> evidence.add("photo:" + h));
    signatures.forEach(s -> evidence.add("signature:" + s.role() + ":" + s.sha256()));
    m.put("evidence", evidence);
    return of(m);
  }

  /**
   * The record id of a month's statistics: a name-based (version 3) UUID of township and month, so the same
   * township and month always get the same id and {@code verify} can find which ones a code means.
   */
  static UUID statisticsId(String townshipCode, YearMonth month) {
    String name = "yiping monthly statistics|" + (townshipCode == null ? "*" : townshipCode) + "|" + month;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}

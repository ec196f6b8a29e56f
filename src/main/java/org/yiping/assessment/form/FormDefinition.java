package org.yiping.assessment.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of one assessment form, as loaded from its JSON file.
 *
 * @param contentHash {@code sha256:<hex>} of the canonical JSON of the file (see {@link CanonicalJson})
 * @param source where it was loaded from (file path or classpath resource), for messages
 * @param scoring {@code null} for a checklist without scoring
 */
public record FormDefinition(
    String id,
    String version,
    FormStatus status,
    String title,
    String standard,
    List<String> notes,
    List<Section> sections,
    Scoring scoring,
    String contentHash,
    String source) {

  public FormDefinition {
    notes = List.copyOf(notes);
    sections = List.copyOf(sections);
  }

  /** {@code id@version}. */
  public String key() {
    return id + "@" + version;
  }

  public boolean provisional() {
    return status == FormStatus.PROVISIONAL;
  }

  /** All items in form order. */
  public List<Item> items() {
    List<Item> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.items());
    }
    return Collections.unmodifiableList(all);
  }

  /** Items by code, in form order. */
  public Map<String, Item> itemsByCode() {
    Map<String, Item> m = new LinkedHashMap<>();
    for (Item i : items()) {
      m.put(i.code(), i);
    }
    return Collections.unmodifiableMap(m);
  }

  public Item item(String code) {
    return itemsByCode().get(code);
  }
}

package org.yiping.assessment.form;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every known version of every form, keyed by id and version. A stored assessment names the version it was filled on
 * and is always scored with {@link #find(String, String)} on that version; new assessments use {@link #latest}.
 *
 * <p>The same id and version may be loaded twice (bundled and from a regional folder) only with identical content;
 * otherwise loading fails: a published version never changes, a correction is a new version.
 *
 * <p>Versions published by the regional centre are {@link #install installed} while the program runs (sync brings
 * them down); versions are only ever added, so a draft keeps the version it was started on.
 */
public final class FormRegistry {
  /** System property naming a folder of extra (regional) forms, read by {@link #loadDefault()}. */
  public static final String FORMS_DIR_PROPERTY = "yiping.assessmentForms";

  private final Map<String, java.util.concurrent.ConcurrentSkipListMap<String, FormDefinition>> forms;
  private final List<FormMapping> mappings;

  private FormRegistry(Map<String, java.util.concurrent.ConcurrentSkipListMap<String, FormDefinition>> forms,
      List<FormMapping> mappings) {
    this.forms = forms;
    this.mappings = List.copyOf(mappings);
  }

  public static FormRegistry of(Collection<FormDefinition> forms) {
    return of(forms, List.of());
  }

  public static FormRegistry of(Collection<FormDefinition> forms, Collection<FormMapping> mappings) {
    Map<String, java.util.concurrent.ConcurrentSkipListMap<String, FormDefinition>> byId =
        new java.util.concurrent.ConcurrentSkipListMap<>();
    for (FormDefinition f : forms) {
      add(byId, f);
    }
    Map<String, FormMapping> byMappingKey = new LinkedHashMap<>();
    for (FormMapping m : mappings) {
      byMappingKey.putIfAbsent(m.id() + "@" + m.version(), m);
    }
    return new FormRegistry(byId, new ArrayList<>(byMappingKey.values()));
  }

  private static boolean add(Map<String, java.util.concurrent.ConcurrentSkipListMap<String, FormDefinition>> byId,
      FormDefinition f) {
    FormDefinition prior = byId.computeIfAbsent(f.id(),
        k -> new java.util.concurrent.ConcurrentSkipListMap<>(FormVersions.ORDER)).putIfAbsent(f.version(), f);
    if (prior != null && !prior.contentHash().equals(f.contentHash())) {
      throw new FormLoadException(f.source(), "form " + f.key() + " is already loaded from " + prior.source()
          + " with different content; a changed form needs a new version");
    }
    return prior == null;
  }

  /**
   * Adds a version published by the centre. Returns false if it was known already (same content); a version known
   * with other content is refused ({@link FormLoadException}): a published version never changes.
   */
  public boolean install(FormDefinition form) {
    return add(forms, form);
  }

  /** Bundled forms (class path) plus those in a folder. */
  public static FormRegistry load(ClassLoader classpath, Path extraDir) {
    List<FormDefinition> forms = new ArrayList<>(FormLoader.loadClasspathForms(classpath));
    List<FormMapping> mappings = new ArrayList<>(FormLoader.loadClasspathMappings(classpath));
    if (extraDir != null) {
      forms.addAll(FormLoader.loadFormDirectory(extraDir));
      mappings.addAll(FormLoader.loadMappingDirectory(extraDir));
    }
    return of(forms, mappings);
  }

  /** Forms from one folder only. */
  public static FormRegistry loadDirectory(Path dir) {
    return of(FormLoader.loadFormDirectory(dir), FormLoader.loadMappingDirectory(dir));
  }

  /** Bundled forms plus the folder named by system property {@value #FORMS_DIR_PROPERTY}, if it exists. */
  public static FormRegistry loadDefault() {
    String dir = System.getProperty(FORMS_DIR_PROPERTY);
    Path extra = dir == null || dir.isBlank() || !Files.isDirectory(Path.of(dir)) ? null : Path.of(dir);
    return load(FormRegistry.class.getClassLoader(), extra);
  }

  /** The exact version; empty for a string that is no version at all (e.g. {@code 1.0-beta}). */
  public Optional<FormDefinition> find(String id, String version) {
    Map<String, FormDefinition> v = forms.get(id);
    if (v == null || !FormVersions.valid(version)) {
      return Optional.empty();
    }
    return Optional.ofNullable(v.get(version));
  }

  /** The highest version of {@code id}. */
  public Optional<FormDefinition> latest(String id) {
    java.util.concurrent.ConcurrentSkipListMap<String, FormDefinition> v = forms.get(id);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.lastEntry().getValue());
  }

  /** All versions of {@code id}, oldest first. */
  public List<FormDefinition> versions(String id) {
    Map<String, FormDefinition> v = forms.get(id);
    return v == null ? List.of() : List.copyOf(v.values());
  }

  /** Every form version, by id then version. */
  public List<FormDefinition> all() {
    List<FormDefinition> out = new ArrayList<>();
    forms.values().forEach(v -> out.addAll(v.values()));
    return out;
  }

  /** Form ids, sorted. */
  public List<String> ids() {
    return List.copyOf(forms.keySet());
  }

  public List<FormMapping> mappings() {
    return mappings;
  }

  /** The highest version of the mapping between the two forms, either way round. */
  public Optional<FormMapping> mapping(String formId, String otherFormId) {
    return mappings.stream()
        .filter(m -> m.connects(formId) && m.connects(otherFormId) && !formId.equals(otherFormId))
        .max(Comparator.comparing(FormMapping::version, FormVersions.ORDER));
  }
}

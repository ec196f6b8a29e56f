package org.yiping.assessment.form;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads form and mapping files: each is checked against the bundled JSON Schema, then against the semantic rules of
 * {@link FormParser}; any failure is a {@link FormLoadException} naming the file.
 *
 * <p>Directory layout: every {@code *.json} directly in the directory is a form (except {@code index.json}); every
 * {@code *.json} in {@code mappings/} is a mapping. The classpath copy under {@code assessment-forms/} is listed by
 * {@code assessment-forms/index.json}, since a jar cannot be listed reliably.
 */
public final class FormLoader {
  public static final String CLASSPATH_ROOT = "assessment-forms/";
  public static final String INDEX = "index.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private FormLoader() {}

  /** One form from its bytes; {@code source} names it in messages. */
  public static FormDefinition parseForm(String source, byte[] content) {
    JsonNode root = readJson(source, content);
    FormSchemas.checkForm(source, root);
    return FormParser.parse(source, root);
  }

  public static FormMapping parseMapping(String source, byte[] content) {
    JsonNode root = readJson(source, content);
    FormSchemas.checkMapping(source, root);
    List<FormMapping.Pair> pairs = new ArrayList<>();
    for (JsonNode p : root.get("pairs")) {
      List<FormMapping.ValueLink> links = new ArrayList<>();
      for (JsonNode l : p.get("values")) {
        links.add(new FormMapping.ValueLink(scalars(l.get("a")), scalars(l.get("b"))));
      }
      pairs.add(new FormMapping.Pair(p.get("a").asText(), p.get("b").asText(), p.path("topic").asText(""), links));
    }
    return new FormMapping(root.get("id").asText(), root.get("version").asText(), root.path("description").asText(""),
        root.get("a").asText(), root.get("b").asText(), pairs, source);
  }

  private static List<Object> scalars(JsonNode arr) {
    List<Object> out = new ArrayList<>();
    for (JsonNode v : arr) {
      out.add(v.isBoolean() ? v.booleanValue() : v.isIntegralNumber() ? (Object) v.longValue() : v.asText());
    }
    return out;
  }

  private static JsonNode readJson(String source, byte[] content) {
    try {
      JsonNode node = JSON.readTree(content);
      if (node == null || !node.isObject()) {
        throw new FormLoadException(source, "not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new FormLoadException(source, "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FormLoadException(source, "cannot read: " + e.getMessage(), e);
    }
  }

  public static FormDefinition loadFormFile(Path file) {
    return parseForm(file.toString(), read(file));
  }

  /** All forms directly in {@code dir}, in file-name order. */
  public static List<FormDefinition> loadFormDirectory(Path dir) {
    List<FormDefinition> out = new ArrayList<>();
    for (Path f : jsonFiles(dir)) {
      if (!f.getFileName().toString().equals(INDEX)) {
        out.add(loadFormFile(f));
      }
    }
    return out;
  }

  /** All mappings in {@code dir/mappings} (none if the folder is absent). */
  public static List<FormMapping> loadMappingDirectory(Path dir) {
    Path m = dir.resolve("mappings");
    List<FormMapping> out = new ArrayList<>();
    if (Files.isDirectory(m)) {
      for (Path f : jsonFiles(m)) {
        out.add(parseMapping(f.toString(), read(f)));
      }
    }
    return out;
  }

  /** The forms listed in {@code assessment-forms/index.json} on the class path. */
  public static List<FormDefinition> loadClasspathForms(ClassLoader loader) {
    List<FormDefinition> out = new ArrayList<>();
    for (String name : index(loader, "forms")) {
      String res = CLASSPATH_ROOT + name;
      out.add(parseForm("classpath:" + res, resource(loader, res)));
    }
    return out;
  }

  public static List<FormMapping> loadClasspathMappings(ClassLoader loader) {
    List<FormMapping> out = new ArrayList<>();
    for (String name : index(loader, "mappings")) {
      String res = CLASSPATH_ROOT + name;
      out.add(parseMapping("classpath:" + res, resource(loader, res)));
    }
    return out;
  }

  /** The file names listed under {@code key} in the classpath index (empty if there is no index). */
  public static List<String> index(ClassLoader loader, String key) {
    String res = CLASSPATH_ROOT + INDEX;
    if (loader.getResource(res) == null) {
      return List.of();
    }
    JsonNode idx = readJson("classpath:" + res, resource(loader, res));
    List<String> names = new ArrayList<>();
    idx.path(key).forEach(n -> names.add(n.asText()));
    return names;
  }

  private static byte[] resource(ClassLoader loader, String res) {
    try (InputStream in = loader.getResourceAsStream(res)) {
      if (in == null) {
        throw new FormLoadException("classpath:" + res, "listed in " + INDEX + " but missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new FormLoadException("classpath:" + res, "cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new FormLoadException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : ds) {
        if (Files.isRegularFile(f)) {
          files.add(f);
        }
      }
    } catch (IOException e) {
      throw new FormLoadException(dir.toString(), "cannot list: " + e.getMessage(), e);
    }
    files.sort(null);
    return files;
  }
}

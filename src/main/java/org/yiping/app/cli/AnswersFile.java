package org.yiping.app.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.yiping.assessment.engine.ProblemText;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.CanonicalJson;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormLoadException;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Values;

/**
 * The answers file of {@code yiping score} and {@code yiping report score}, read strictly:
 * {@code {"form": id, "formVersion": optional exact version, "answers": {code: value, ...}, "elder": optional
 * {"name", "idNumber"}}}. Any other top-level key is refused (a misspelt {@code formversion} must not silently score
 * the latest version), and so is any key in {@code elder} other than its two strings. Without {@code formVersion}
 * the latest version of the form is used. A form without scoring (a checklist) is refused. Every refusal is one line
 * ({@link ProblemText}), Chinese then English, with control characters escaped.
 */
final class AnswersFile {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> ELDER_KEYS = Set.of("name", "idNumber");

  /** The elder as the file names them; either may be {@code null}. */
  record Elder(String name, String idNumber) {}

  /**
   * A file that was read and scored.
   *
   * @param result valid (complete or not)
   * @param contentHash {@code sha256:<hex>} of the canonical JSON of what was scored: form id, version and hash,
   *     answers, elder; the same answers give the same hash however the file is formatted
   */
  record Scored(FormDefinition form, Map<String, Object> answers, Elder elder, ScoringResult result,
      String contentHash) {}

  /** The input is not a valid answers file: the one-line reason, without the command's name. */
  static final class InvalidAnswersException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidAnswersException(String line) {
      super(line);
    }

    String line() {
      return getMessage();
    }
  }

  private AnswersFile() {}

  /**
   * Reads {@code file} ({@code -} for {@code stdin}) and scores it.
   *
   * @throws InvalidAnswersException for input the user must fix
   * @throws FormLoadException when the installed forms cannot be loaded (not the user's input)
   */
  static Scored read(String file, Supplier<InputStream> stdin, Supplier<FormRegistry> registry, ScoringEngine engine)
      throws InvalidAnswersException {
    JsonNode root;
    try {
      byte[] bytes = "-".equals(file) ? stdin.get().readAllBytes() : Files.readAllBytes(Path.of(file));
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      String duplicate = duplicate(e);
      if (duplicate != null) {
        throw new InvalidAnswersException(duplicate);
      }
      throw new InvalidAnswersException(ProblemText.malformedInput("malformed JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
    } catch (IOException | RuntimeException e) {
      throw new InvalidAnswersException(ProblemText.malformedInput("cannot read " + file));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidAnswersException(ProblemText.malformedInput("expected a JSON object"));
    }
    for (String key : (Iterable<String>) root::fieldNames) {
      if (!ProblemText.TOP_LEVEL_KEYS.contains(key)) {
        throw new InvalidAnswersException(ProblemText.unknownKey(key));
      }
    }
    JsonNode formNode = root.get("form");
    JsonNode versionNode = root.get("formVersion");
    JsonNode answersNode = root.get("answers");
    JsonNode elderNode = root.get("elder");
    if (formNode == null || !formNode.isTextual()) {
      throw new InvalidAnswersException(ProblemText.malformedInput("\"form\" must be a form id string"));
    }
    if (versionNode != null && !versionNode.isTextual()) {
      throw new InvalidAnswersException(ProblemText.malformedInput("\"formVersion\" must be a string"));
    }
    if (answersNode == null || !answersNode.isObject()) {
      throw new InvalidAnswersException(
          ProblemText.malformedInput("\"answers\" must be an object of item code to value"));
    }
    Elder elder = elder(elderNode);
    FormRegistry forms = registry.get();
    String id = formNode.textValue();
    String version = versionNode == null ? null : versionNode.textValue();
    Optional<FormDefinition> form = version == null ? forms.latest(id) : forms.find(id, version);
    if (form.isEmpty()) {
      List<String> available = forms.all().stream().map(FormDefinition::key).toList();
      throw new InvalidAnswersException(ProblemText.unknownForm(id, version, available));
    }
    if (form.get().scoring() == null) {
      throw new InvalidAnswersException(ProblemText.notScored(id));
    }
    Map<String, Object> answers = JSON.convertValue(answersNode, new TypeReference<LinkedHashMap<String, Object>>() {});
    ScoringResult result = engine.score(form.get(), answers);
    if (!result.valid()) {
      throw new InvalidAnswersException(ProblemText.renderFirst(result.problems()));
    }
    return new Scored(form.get(), answers, elder, result, contentHash(form.get(), answersNode, elderNode));
  }

  private static Elder elder(JsonNode node) throws InvalidAnswersException {
    if (node == null) {
      return null;
    }
    String shape = "\"elder\" must be an object {\"name\", \"idNumber\"}";
    if (!node.isObject()) {
      throw new InvalidAnswersException(ProblemText.malformedInput(shape));
    }
    for (String key : (Iterable<String>) node::fieldNames) {
      if (!ELDER_KEYS.contains(key) || !node.get(key).isTextual()) {
        // The key, never the value: it may be a name or an ID number.
        throw new InvalidAnswersException(ProblemText.malformedInput(shape + " of strings; refused key "
            + Values.display(key)));
      }
    }
    JsonNode name = node.get("name");
    JsonNode idNumber = node.get("idNumber");
    return new Elder(name == null ? null : name.textValue(), idNumber == null ? null : idNumber.textValue());
  }

  private static String contentHash(FormDefinition form, JsonNode answers, JsonNode elder) {
    ObjectNode content = JSON.createObjectNode();
    content.put("form", form.id());
    content.put("formVersion", form.version());
    content.put("formHash", form.contentHash());
    content.set("answers", answers);
    if (elder != null) {
      content.set("elder", elder);
    }
    return CanonicalJson.hash(content);
  }

  /**
   * The one-line problem for a duplicate key (strict duplicate detection), naming the item when it is inside
   * {@code answers}; {@code null} for any other parse error.
   */
  private static String duplicate(JsonProcessingException e) {
    if (!(e instanceof StreamReadException sre) || sre.getProcessor() == null
        || e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
      return null;
    }
    JsonStreamContext ctx = sre.getProcessor().getParsingContext();
    if (ctx == null || ctx.getCurrentName() == null) {
      return null;
    }
    JsonStreamContext parent = ctx.getParent();
    boolean inAnswers = parent != null && parent.inObject() && parent.getParent() != null
        && parent.getParent().inRoot() && "answers".equals(parent.getCurrentName());
    return inAnswers ? ProblemText.duplicateItem(ctx.getCurrentName())
        : ProblemText.duplicateKey(ctx.getCurrentName());
  }
}

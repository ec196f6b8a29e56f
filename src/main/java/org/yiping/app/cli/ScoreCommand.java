package org.yiping.app.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.yiping.assessment.engine.DimensionResult;
import org.yiping.assessment.engine.ItemScore;
import org.yiping.assessment.engine.LevelChange;
import org.yiping.assessment.engine.PendingLevel;
import org.yiping.assessment.engine.ProblemText;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.engine.ScoringResult;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormLoadException;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yiping score --answers FILE|-}: scores one answers file and prints one JSON object. Exit 0 when the answers
 * are valid (complete or not), 2 on invalid input, 1 when the forms cannot be loaded or anything unexpected fails;
 * never more than one line on standard error (control characters in the input are escaped), and nothing on standard
 * output unless the exit is 0.
 *
 * <p>Input: {@code {"form": id, "formVersion": optional exact version, "answers": {code: value, ...}, "elder":
 * optional {"name", "idNumber"}}}; any other top-level key is refused (a misspelt {@code formversion} must not
 * silently score the latest version). {@code elder} is accepted and not used yet. Without {@code formVersion} the
 * latest version of the form is used. A form without scoring (a checklist) is refused.
 */
@Command(
    name = "score",
    description = "Score one assessment: reads {\"form\":..., \"answers\":{...}} and prints the result as JSON.",
    mixinStandardHelpOptions = true)
public class ScoreCommand implements Callable<Integer> {
  static final int INVALID_INPUT = 2;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Spec CommandSpec spec;

  @Option(names = "--answers", required = true, paramLabel = "FILE",
      description = "Answers file, or - for standard input.")
  String answersFile;

  @Option(names = "--explain", description = "Also print, per dimension, the items and grade basis, and the basis of the preliminary level.")
  boolean explain;

  private final Supplier<FormRegistry> registry;
  private final ScoringEngine engine;
  private final Supplier<InputStream> stdin;

  /** Forms from {@link FormRegistry#loadDefault()}, input from {@code System.in}. */
  public ScoreCommand() {
    this(FormRegistry::loadDefault);
  }

  public ScoreCommand(Supplier<FormRegistry> registry) {
    this(registry, () -> System.in);
  }

  public ScoreCommand(Supplier<FormRegistry> registry, Supplier<InputStream> stdin) {
    this(registry, new ScoringEngine(), stdin);
  }

  public ScoreCommand(Supplier<FormRegistry> registry, ScoringEngine engine, Supplier<InputStream> stdin) {
    this.registry = registry;
    this.engine = engine;
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return score(err);
    } catch (RuntimeException e) {
      err.println("score: internal error: " + Values.escapeControls(String.valueOf(e)));
      err.flush();
      return 1;
    }
  }

  private int score(PrintWriter err) {
    JsonNode root;
    try {
      byte[] bytes = "-".equals(answersFile) ? stdin.get().readAllBytes() : Files.readAllBytes(Path.of(answersFile));
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      String duplicate = duplicate(e);
      if (duplicate != null) {
        return invalid(err, duplicate);
      }
      return invalid(err, ProblemText.malformedInput("malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr()));
    } catch (IOException | RuntimeException e) {
      return invalid(err, ProblemText.malformedInput("cannot read " + answersFile));
    }
    if (root == null || !root.isObject()) {
      return invalid(err, ProblemText.malformedInput("expected a JSON object"));
    }
    for (String key : (Iterable<String>) root::fieldNames) {
      if (!ProblemText.TOP_LEVEL_KEYS.contains(key)) {
        return invalid(err, ProblemText.unknownKey(key));
      }
    }
    JsonNode formNode = root.get("form");
    JsonNode versionNode = root.get("formVersion");
    JsonNode answersNode = root.get("answers");
    JsonNode elderNode = root.get("elder");
    if (formNode == null || !formNode.isTextual()) {
      return invalid(err, ProblemText.malformedInput("\"form\" must be a form id string"));
    }
    if (versionNode != null && !versionNode.isTextual()) {
      return invalid(err, ProblemText.malformedInput("\"formVersion\" must be a string"));
    }
    if (answersNode == null || !answersNode.isObject()) {
      return invalid(err, ProblemText.malformedInput("\"answers\" must be an object of item code to value"));
    }
    if (elderNode != null && !elderNode.isObject()) {
      return invalid(err, ProblemText.malformedInput("\"elder\" must be an object {\"name\", \"idNumber\"}"));
    }
    FormRegistry forms;
    try {
      forms = registry.get();
    } catch (FormLoadException e) {
      err.println("score: " + Values.escapeControls(e.getMessage()));
      err.flush();
      return 1;
    }
    String id = formNode.textValue();
    String version = versionNode == null ? null : versionNode.textValue();
    Optional<FormDefinition> form = version == null ? forms.latest(id) : forms.find(id, version);
    if (form.isEmpty()) {
      List<String> available = forms.all().stream().map(FormDefinition::key).toList();
      return invalid(err, ProblemText.unknownForm(id, version, available));
    }
    if (form.get().scoring() == null) {
      return invalid(err, ProblemText.notScored(id));
    }
    Map<String, Object> answers = JSON.convertValue(answersNode, new TypeReference<LinkedHashMap<String, Object>>() {});
    ScoringResult result = engine.score(form.get(), answers);
    if (!result.valid()) {
      return invalid(err, ProblemText.renderFirst(result.problems()));
    }
    String line;
    try {
      line = JSON.writeValueAsString(toJson(result, explain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("result is always serializable", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(line);
    out.flush();
    return 0;
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

  private static int invalid(PrintWriter err, String line) {
    err.println("score: " + line);
    err.flush();
    return INVALID_INPUT;
  }

  /** The printed form of a result; key order is part of the contract. */
  static Map<String, Object> toJson(ScoringResult r, boolean explain) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("form", r.formId());
    m.put("formVersion", r.formVersion());
    if (r.provisional()) {
      m.put("provisional", true);
    }
    m.put("complete", r.complete());
    if (!r.complete()) {
      m.put("missing", r.missing());
    }
    Map<String, Object> dims = new LinkedHashMap<>();
    for (DimensionResult d : r.dimensions().values()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      if (d.score() != null) {
        dm.put("score", d.score());
      }
      if (d.grade() != null) {
        dm.put("grade", d.grade());
      }
      if (explain) {
        dm.put("items", itemMap(d.items()));
        if (d.gradeBasis() != null) {
          dm.put("gradeBasis", d.gradeBasis());
        }
      }
      dims.put(d.code(), dm);
    }
    m.put("dimensions", dims);
    if (r.pendingLevel() != null) {
      m.put("pendingLevel", pendingJson(r.pendingLevel()));
    }
    if (!r.complete() || r.finalLevel() == null) {
      return m;
    }
    if (r.total() != null) {
      m.put("total", r.total());
    }
    m.put("preliminaryLevel", r.preliminaryLevel());
    if (explain) {
      Map<String, Object> basis = new LinkedHashMap<>();
      basis.put("method", r.preliminaryBasis().method());
      basis.put("rule", r.preliminaryBasis().ruleId());
      if (r.preliminaryBasis().description() != null) {
        basis.put("description", r.preliminaryBasis().description());
      }
      m.put("preliminaryBasis", basis);
    }
    m.put("finalLevel", r.finalLevel());
    m.put("levelName", r.levelName());
    List<Map<String, Object>> changes = r.levelChanges().stream().map(ScoreCommand::changeJson).toList();
    m.put("levelChanges", changes);
    return m;
  }

  private static Map<String, Object> changeJson(LevelChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", c.ruleId());
    m.put("kind", c.kind());
    m.put("description", c.description());
    m.put("from", c.fromLevel());
    m.put("to", c.toLevel());
    m.put("applied", c.applied());
    m.put("items", itemMap(c.triggeredBy()));
    return m;
  }

  /** Incomplete, but coma already holds: what the level will be, never the level itself. */
  private static Map<String, Object> pendingJson(PendingLevel p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", p.ruleId());
    m.put("level", p.level());
    m.put("levelName", p.levelName());
    m.put("items", itemMap(p.triggeredBy()));
    String name = p.levelName() == null ? "" : "（" + p.levelName() + "）";
    m.put("note", p.description() + "：作答完整后最终等级为 " + p.level() + name + "，此前不给等级"
        + " (rule " + p.ruleId() + " holds: the final level will be " + p.level()
        + " once the assessment is complete; no level until then)");
    return m;
  }

  private static Map<String, Object> itemMap(List<ItemScore> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    items.forEach(i -> m.put(i.item(), i.value()));
    return m;
  }
}

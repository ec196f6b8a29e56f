package org.yiping.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.yiping.assessment.engine.DimensionResult;
import org.yiping.assessment.engine.ItemScore;
import org.yiping.assessment.engine.LevelChange;
import org.yiping.assessment.engine.PendingLevel;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.engine.ScoringResult;
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
 * <p>Input: the answers file read by {@link AnswersFile} (shared with {@code yiping report score}). {@code elder} is
 * accepted and not used here.
 */
@Command(
    name = "score",
    description = "Score one assessment: reads {\"form\":..., \"answers\":{...}} and prints the result as JSON.",
    mixinStandardHelpOptions = true)
public class ScoreCommand implements Callable<Integer> {
  static final int INVALID_INPUT = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

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
    AnswersFile.Scored scored;
    try {
      scored = AnswersFile.read(answersFile, stdin, registry, engine);
    } catch (AnswersFile.InvalidAnswersException e) {
      return invalid(err, e.line());
    } catch (FormLoadException e) {
      err.println("score: " + Values.escapeControls(e.getMessage()));
      err.flush();
      return 1;
    }
    String line;
    try {
      line = JSON.writeValueAsString(toJson(scored.result(), explain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("result is always serializable", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(line);
    out.flush();
    return 0;
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

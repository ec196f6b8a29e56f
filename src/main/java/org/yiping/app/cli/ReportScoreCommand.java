package org.yiping.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.yiping.assessment.engine.ScoringEngine;
import org.yiping.assessment.form.FormLoadException;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.assessment.form.Values;
import org.yiping.core.UserFacingException;
import org.yiping.core.i18n.Messages;
import org.yiping.core.idcard.InvalidIdNumberException;
import org.yiping.report.ReportFiles;
import org.yiping.report.VerificationCode;
import org.yiping.report.assessment.AssessmentPart;
import org.yiping.report.assessment.AssessmentReport;
import org.yiping.report.assessment.AssessmentReportData;
import org.yiping.report.assessment.ElderInfo;
import org.yiping.report.assessment.IdNumberPrinting;
import org.yiping.report.assessment.ReportStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yiping report score --answers FILE|- --out FILE.pdf}: the assessment report of one answers file (the format
 * of {@code yiping score}), with no database, for checking a form and for admins. The elder's name and ID number are
 * printed when the file has them; the ID number is masked unless {@code --full-id-number}. The report is stamped
 * 未登记 (no stored record stands behind it) and, if answers are missing, 未完成 with the missing items listed and no
 * total or level: an incomplete file is printed, not refused, as a draft would be.
 *
 * <p>Prints one JSON line ({@code out}, {@code bytes}, {@code complete}, {@code verificationCode}) and exits 0. Exit 2
 * with one line on standard error for input the user must fix: an invalid answers file, an invalid ID number, a
 * character the report font lacks, an output file that cannot be written. Exit 1 when the forms cannot be loaded or
 * anything unexpected fails. The PDF is written to a temporary file and moved into place, so a failure never leaves
 * half a PDF, and an existing file is only replaced by a complete report.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Print the assessment report (PDF) of one answers file, as read by `yiping score`; no database.")
public class ReportScoreCommand implements Callable<Integer> {
  private static final String NAME = "report score: ";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--answers", required = true, paramLabel = "FILE",
      description = "Answers file, or - for standard input.")
  String answersFile;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
  Path out;

  @Option(names = "--full-id-number",
      description = "Print the whole ID number (the township office's filed copy); masked otherwise.")
  boolean fullIdNumber;

  private final Supplier<FormRegistry> registry;
  private final Clock clock;
  private final Supplier<InputStream> stdin;
  private final ScoringEngine engine = new ScoringEngine();
  private final Messages messages = Messages.chinese();

  /** Forms from {@link FormRegistry#loadDefault()}, the system clock, input from {@code System.in}. */
  public ReportScoreCommand() {
    this(FormRegistry::loadDefault, Clock.systemUTC(), () -> System.in);
  }

  public ReportScoreCommand(Supplier<FormRegistry> registry, Clock clock, Supplier<InputStream> stdin) {
    this.registry = registry;
    this.clock = clock;
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return report(err);
    } catch (RuntimeException e) {
      // Not the user's input; the class name only: a message could quote a name from the file.
      err.println(NAME + "internal error: " + e.getClass().getName());
      err.flush();
      return 1;
    }
  }

  private int report(PrintWriter err) {
    AnswersFile.Scored scored;
    try {
      scored = AnswersFile.read(answersFile, stdin, registry, engine);
    } catch (AnswersFile.InvalidAnswersException e) {
      return fail(err, e.line(), YipingCommand.EXIT_BAD_INPUT);
    } catch (FormLoadException e) {
      return fail(err, Values.escapeControls(e.getMessage()), YipingCommand.EXIT_FAILURE);
    }
    LocalDate today = LocalDate.now(clock.withZone(AssessmentReport.BEIJING_TIME));
    ElderInfo elder;
    try {
      elder = elder(scored.elder(), today);
    } catch (InvalidIdNumberException e) {
      return fail(err, messages.get("report.cli.idNumber", e.message(messages)), YipingCommand.EXIT_BAD_INPUT);
    }
    AssessmentPart part = new AssessmentPart(VerificationCode.contentId(scored.contentHash()), scored.contentHash(),
        ReportStatus.UNREGISTERED, scored.form(), scored.answers(), scored.result());
    AssessmentReportData data = AssessmentReportData.builder(elder, part)
        .idNumberPrinting(fullIdNumber ? IdNumberPrinting.FULL : IdNumberPrinting.MASKED)
        .build();
    AssessmentReport report = new AssessmentReport(clock);
    try {
      // Made in memory first: a name the font cannot print fails before the output file is touched.
      byte[] pdf = report.render(data);
      ReportFiles.writeAtomically(out, o -> o.write(pdf));
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("out", out.toAbsolutePath().toString());
      json.put("bytes", pdf.length);
      json.put("complete", scored.result().complete());
      json.put("verificationCode", AssessmentReport.verificationCode(part).text());
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(JSON.writeValueAsString(json));
      stdout.flush();
      return 0;
    } catch (UserFacingException e) {
      return fail(err, e.render(messages), YipingCommand.EXIT_BAD_INPUT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers is always serializable", e);
    } catch (IOException e) {
      Path folder = out.toAbsolutePath().getParent();
      String key = folder != null && Files.isDirectory(folder) ? "report.cli.cannotWrite" : "report.cli.noFolder";
      return fail(err, messages.get(key, out.toString()), YipingCommand.EXIT_BAD_INPUT);
    }
  }

  private static ElderInfo elder(AnswersFile.Elder e, LocalDate today) throws InvalidIdNumberException {
    if (e == null) {
      return new ElderInfo(null, null, null, null, null, null, Map.of());
    }
    if (e.idNumber() == null || e.idNumber().isBlank()) {
      return new ElderInfo(e.name(), null, null, null, null, null, Map.of());
    }
    return ElderInfo.fromIdNumber(e.name(), e.idNumber(), null, today);
  }

  private static int fail(PrintWriter err, String line, int exit) {
    err.println(NAME + Values.escapeControls(line));
    err.flush();
    return exit;
  }
}

package org.yiping.app.cli;

import java.nio.file.Path;
import java.util.UUID;
import org.yiping.app.Workspace;
import org.yiping.report.assessment.IdNumberPrinting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yiping report assessment --data-dir D --user U --id ID --out FILE.pdf [--full-id-number]}. */
@Command(name = "assessment", mixinStandardHelpOptions = true,
    description = "Print the report of a stored assessment (with the other forms of a combined visit) to a PDF.",
    footer = {"", "Exit codes: 0 written; 2 input to fix (one line on standard error: unknown id, wrong password,"
        + " no PRINT permission, a character the font lacks, a file that cannot be written); 1 other failure."})
final class ReportAssessmentCommand extends StoreReportCommand {
  @Option(names = "--id", required = true, paramLabel = "ID", description = "the assessment's id")
  String id;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
  Path out;

  @Option(names = "--full-id-number",
      description = "Print the whole ID number (the township office's filed copy); masked otherwise.")
  boolean fullIdNumber;

  private UUID assessmentId;

  @Override
  String name() {
    return "report assessment";
  }

  @Override
  void checkArguments() {
    assessmentId = parseId(id);
  }

  @Override
  int run(Workspace ws) {
    requirePrint(ws);
    return save(ws, ws.reports().assessmentReport(assessmentId,
        fullIdNumber ? IdNumberPrinting.FULL : IdNumberPrinting.MASKED), out);
  }
}

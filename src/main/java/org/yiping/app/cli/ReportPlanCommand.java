package org.yiping.app.cli;

import java.nio.file.Path;
import java.util.UUID;
import org.yiping.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yiping report plan --data-dir D --user U --id CASE_ID --out FILE.pdf}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Print a home adaptation plan for the family to sign (改造方案确认书) to a PDF.",
    footer = {"", "Exit codes: 0 written; 2 input to fix (one line on standard error: unknown id, no item needed in"
        + " the plan, wrong password, no PRINT permission, a character the font lacks, a file that cannot be"
        + " written); 1 other failure."})
final class ReportPlanCommand extends StoreReportCommand {
  @Option(names = "--id", required = true, paramLabel = "CASE_ID", description = "the adaptation case's id")
  String id;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
  Path out;

  private UUID caseId;

  @Override
  String name() {
    return "report plan";
  }

  @Override
  void checkArguments() {
    caseId = parseId(id);
  }

  @Override
  int run(Workspace ws) {
    requirePrint(ws);
    return save(ws, ws.reports().adaptationPlanForSigning(caseId), out);
  }
}

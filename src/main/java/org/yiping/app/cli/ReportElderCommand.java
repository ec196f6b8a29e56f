package org.yiping.app.cli;

import java.nio.file.Path;
import java.util.UUID;
import org.yiping.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yiping report elder --data-dir D --user U --id ELDER_ID --out FILE.pdf}. */
@Command(name = "elder", mixinStandardHelpOptions = true,
    description = "Print an elder's file summary (一人一档) to a PDF.",
    footer = {"", "Exit codes: 0 written; 2 input to fix (one line on standard error: unknown id, wrong password,"
        + " no PRINT permission, a character the font lacks, a file that cannot be written); 1 other failure."})
final class ReportElderCommand extends StoreReportCommand {
  @Option(names = "--id", required = true, paramLabel = "ELDER_ID", description = "the elder's file id")
  String id;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
  Path out;

  private UUID elderId;

  @Override
  String name() {
    return "report elder";
  }

  @Override
  void checkArguments() {
    elderId = parseId(id);
  }

  @Override
  int run(Workspace ws) {
    requirePrint(ws);
    return save(ws, ws.reports().elderSummary(elderId), out);
  }
}

package org.yiping.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.yiping.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yiping report bed-label --data-dir D --user U --id BED_ID [--id BED_ID ...] --out FILE.pdf}. */
@Command(name = "bed-label", mixinStandardHelpOptions = true,
    description = "Print family-bed labels (一床一码, 100 × 70 mm, one per page) to a PDF.",
    footer = {"", "Exit codes: 0 written; 2 input to fix (one line on standard error: unknown id, wrong password,"
        + " no PRINT permission, a character the font lacks, a file that cannot be written); 1 other failure."})
final class ReportBedLabelCommand extends StoreReportCommand {
  @Option(names = "--id", required = true, paramLabel = "BED_ID",
      description = "a family bed's id; repeat for several labels in one PDF")
  List<String> ids;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
  Path out;

  private final List<UUID> bedIds = new ArrayList<>();

  @Override
  String name() {
    return "report bed-label";
  }

  @Override
  void checkArguments() {
    for (String id : ids) {
      bedIds.add(parseId(id));
    }
  }

  @Override
  int run(Workspace ws) {
    requirePrint(ws);
    return save(ws, ws.reports().bedLabels(bedIds), out);
  }
}

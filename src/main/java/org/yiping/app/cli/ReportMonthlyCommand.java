package org.yiping.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yiping report monthly --data-dir D --user U [--township CODE] --month 2026-11 --out FILE.pdf}. */
@Command(name = "monthly", mixinStandardHelpOptions = true,
    description = "Print a township's monthly statistics (every township without --township) to a PDF.",
    footer = {"", "Exit codes: 0 written; 2 input to fix (one line on standard error: bad month or township code,"
        + " wrong password, no PRINT permission, a file that cannot be written); 1 other failure."})
final class ReportMonthlyCommand extends StoreReportCommand {
  @Option(names = "--township", paramLabel = "CODE", description = "12-digit township code; all townships if left out")
  String township;

  @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month, e.g. 2026-11")
  String month;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
  Path out;

  private YearMonth yearMonth;

  @Override
  String name() {
    return "report monthly";
  }

  @Override
  void checkArguments() {
    try {
      yearMonth = YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new UserFacingException("reporting.cli.badMonth", month);
    }
  }

  @Override
  int run(Workspace ws) {
    requirePrint(ws);
    return save(ws, ws.reports().monthlyStatistics(township, yearMonth), out);
  }
}

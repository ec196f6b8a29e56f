package org.yiping.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yiping report ...}: PDF reports from the command line. */
@Command(name = "report", description = "PDF reports: assessment, elder, monthly, case, plan, bed-label (from the"
    + " store), score (from an answers file, no database)", mixinStandardHelpOptions = true,
    subcommands = {ReportAssessmentCommand.class, ReportElderCommand.class, ReportMonthlyCommand.class,
        ReportScoreCommand.class, ReportCaseCommand.class, ReportPlanCommand.class, ReportBedLabelCommand.class})
final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

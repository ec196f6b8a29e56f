package org.yiping.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Window;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.reporting.Report;
import org.yiping.reporting.ReportService;
import org.yiping.security.Permission;

/**
 * Opens a report from the store in the preview: every screen that offers a report (an assessment, an elder's file,
 * the monthly statistics) goes through here, so printing and saving are audited the same way everywhere.
 */
public final class ReportPreviews {
  private ReportPreviews() {}

  public static PdfPreview open(Window owner, AppContext app, Background background, Workspace ws,
      Callable<Report> produce) {
    AtomicReference<Report> made = new AtomicReference<>();
    return PdfPreview.open(owner, app.messages(), background, () -> {
      Report r = produce.call();
      made.set(r);
      return new PdfPreview.Document(r.title(), r.suggestedFileName(), r.pdf());
    }, ws.session().may(Permission.PRINT), new PdfPreview.Outputs() {
      @Override
      public void printed(PdfPreview.Document d) {
        ws.reports().recordOutput(made.get(), ReportService.Output.PRINTED);
      }

      @Override
      public void saved(PdfPreview.Document d, java.nio.file.Path file) {
        ws.reports().recordOutput(made.get(), ReportService.Output.SAVED);
      }
    });
  }
}

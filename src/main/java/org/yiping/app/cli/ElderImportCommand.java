package org.yiping.app.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import org.yiping.elder.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yiping elder import}: imports a roster and prints
 * {@code {"imported":N,"rejected":[{"row":R,"reason":"..."}],"duplicates":[...]}}. Exit 0 whenever the file could be
 * read, even with rejected rows: the summary says what to fix.
 */
@Command(name = "import", description = "import a township roster (CSV, UTF-8 or GBK); prints a JSON summary")
final class ElderImportCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the roster file")
  Path csv;

  @Option(names = "--within", paramLabel = "CODE",
      description = "county or prefecture code (12 digits) to tell apart townships of the same name")
  String within;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AppContext app = data.context();
    if (!Files.isReadable(csv)) {
      throw new UserFacingException("cli.problem.fileUnreadable", csv.toString());
    }
    try (Workspace ws = data.signIn(app); InputStream in = Files.newInputStream(csv)) {
      ImportReport r = ws.importer().importRoster(in, within, (phase, done, total) -> { }, () -> false);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("imported", r.imported());
      out.put("rejected", r.rejected());
      out.put("duplicates", r.duplicates().stream().map(d -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", d.row());
        m.put("reason", d.reason());
        if (d.existingId() != null) {
          m.put("existingId", d.existingId());
        }
        if (d.firstRow() != null) {
          m.put("firstRow", d.firstRow());
        }
        return m;
      }).toList());
      out.put("unknownColumns", r.unknownColumns());
      out.put("charset", r.charset());
      spec.commandLine().getOut().println(app.json().writeValueAsString(out));
    } catch (NoSuchFileException e) {
      throw new UserFacingException("cli.problem.fileUnreadable", csv.toString());
    }
    return 0;
  }
}

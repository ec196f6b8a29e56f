package org.yiping.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.sync.SyncEngine;
import org.yiping.sync.protocol.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yiping batch export|import}: the outbox on a USB stick, for places with no network. */
@Command(name = "batch", description = "sync batch files for places with no network",
    subcommands = {BatchCommand.Export.class, BatchCommand.Import.class})
final class BatchCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Map<String, Object> summary(Wire.PushResponse r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("batch", r.batchId());
    Map<String, Long> counts = new LinkedHashMap<>();
    r.results().forEach(i -> counts.merge(i.outcome().name().toLowerCase(), 1L, Long::sum));
    out.put("outcomes", counts);
    List<Map<String, String>> refused = r.results().stream().filter(i -> i.outcome() == Wire.Outcome.REJECTED)
        .map(i -> Map.of("record", i.recordId(), "reason", i.reason())).toList();
    out.put("rejected", refused);
    return out;
  }

  @Command(name = "export", description = "write everything waiting to one file, encrypted for the centre")
  static final class Export implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      AppContext app = data.context();
      try (Workspace ws = data.signIn(app)) {
        SyncEngine.Export e = ws.sync().exportBatch(out);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", e.file().toString());
        m.put("batch", e.batchId());
        m.put("records", e.records());
        m.put("includesEarlierExports", e.again());
        spec.commandLine().getOut().println(app.json().writeValueAsString(m));
        return 0;
      }
    }
  }

  @Command(name = "import", description = "hand a batch file from another laptop to the centre through this one")
  static final class Import implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Parameters(paramLabel = "FILE") Path file;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      AppContext app = data.context();
      char[] local = PasswordSource.read();
      try (Workspace ws = app.open(SyncCommand.signIn(app, data, local))) {
        Wire.PushResponse r = ws.sync().relayBatchFile(file, SyncCommand.centrePassword(local));
        spec.commandLine().getOut().println(app.json().writeValueAsString(summary(r)));
        return 0;
      }
    }
  }
}

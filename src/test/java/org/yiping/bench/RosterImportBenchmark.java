package org.yiping.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.elder.ImportReport;
import org.yiping.security.NewUser;
import org.yiping.testdata.RosterCsv;
import org.yiping.testdata.SyntheticElders;
import org.yiping.ui.UiTestSupport;

/**
 * Roster import into a real encrypted store: 10,000 rows, parse + validate + write + outbox + audit, one
 * transaction, repeated into fresh stores. Prints rows per second; asserts nothing about time.
 * Run: ./mvnw -q -B -Pbench test -Dtest=RosterImportBenchmark
 */
@Tag("bench")
class RosterImportBenchmark {
  @TempDir Path dir;

  @Test
  void import10000Rows() throws Exception {
    int rows = 10_000;
    for (int run = 0; run < 4; run++) {
      AppContext app = UiTestSupport.context(dir.resolve("data" + run));
      List<SyntheticElders.Raw> raws = new SyntheticElders(100 + run, app.divisions(), "650100000000",
          LocalDate.now()).generate(rows);
      Path csv = RosterCsv.write(dir.resolve("roster" + run + ".csv"), raws, List.of(), StandardCharsets.UTF_8);
      try (Workspace ws = app.open(app.vault().setup(NewUser.admin("bench", null), "Korla2026xyz".toCharArray()));
          InputStream in = Files.newInputStream(csv)) {
        long t0 = System.nanoTime();
        ImportReport r = ws.importer().importRoster(in, "650100000000", (p, d, t) -> { }, () -> false);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("run %d: %d imported, %d rejected, %d duplicates in %.2f s = %.0f rows/s%n", run,
            r.imported(), r.rejected().size(), r.duplicates().size(), s, rows / s);
      }
      app.close();
    }
  }
}

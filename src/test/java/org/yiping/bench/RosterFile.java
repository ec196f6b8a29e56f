package org.yiping.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.testdata.RosterCsv;
import org.yiping.testdata.SyntheticElders;

/** Writes a synthetic roster of N elders in 乌鲁木齐市, for bench/startup.sh: {@code RosterFile N FILE}. */
public final class RosterFile {
  private RosterFile() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    List<SyntheticElders.Raw> raws = new SyntheticElders(42, DivisionCatalog.xinjiang(), "650100000000",
        LocalDate.now()).generate(n);
    RosterCsv.write(Path.of(args[1]), raws, List.of(), StandardCharsets.UTF_8);
  }
}

package org.yiping.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.elder.EconomicStatus;
import org.yiping.elder.HardshipFlag;
import org.yiping.elder.search.IndexedElder;
import org.yiping.elder.search.SearchPage;
import org.yiping.elder.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yiping elder ...}: the elder registry from the command line. */
@Command(name = "elder", description = "elder registry: list, import", subcommands = {ElderCommand.ListCommand.class,
    ElderImportCommand.class})
final class ElderCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", description = "search the registry; prints JSON")
  static final class ListCommand implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Option(names = "--query", paramLabel = "Q", description = "name, pinyin or initials, ID number, phone, village")
    String query;

    @Option(names = "--township", paramLabel = "CODE", description = "12-digit township code")
    String township;

    @Option(names = "--flag", paramLabel = "FLAG", description = "hardship flag that must be set, e.g. LIVING_ALONE")
    List<HardshipFlag> flags = new ArrayList<>();

    @Option(names = "--economic-status", paramLabel = "STATUS", description = "e.g. TEKUN, DIBAO")
    EconomicStatus economicStatus;

    @Option(names = "--offset", defaultValue = "0")
    int offset;

    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Option(names = "--json", description = "JSON output (the only format for now)")
    boolean json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      AppContext app = data.context();
      try (Workspace ws = data.signIn(app)) {
        LocalDate today = LocalDate.now(app.clock());
        SearchPage page = ws.elders().index().search(
            new SearchQuery(query, township, java.util.Set.copyOf(flags), economicStatus, today), offset, limit);
        List<Map<String, Object>> items = new ArrayList<>();
        for (IndexedElder e : page.items()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", e.id().toString());
          m.put("name", e.name());
          m.put("idNumber", e.idNumber());
          m.put("sex", e.sex() == null ? null : e.sex().chinese());
          m.put("birthDate", e.birthDate() == null ? null : e.birthDate().toString());
          m.put("phone", e.phone());
          m.put("townshipCode", e.townshipCode());
          m.put("village", e.villageName());
          m.put("economicStatus", e.economicStatus() == null ? null : e.economicStatus().chinese());
          m.put("flags", e.flags().stream().map(HardshipFlag::chinese).toList());
          items.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("items", items);
        spec.commandLine().getOut().println(app.json().writeValueAsString(out));
      }
      return 0;
    }
  }
}

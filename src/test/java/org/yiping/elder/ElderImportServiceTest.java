package org.yiping.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.app.AppContext;
import org.yiping.app.Workspace;
import org.yiping.core.UserFacingException;
import org.yiping.elder.search.SearchQuery;
import org.yiping.security.NewUser;
import org.yiping.testdata.RosterCsv;
import org.yiping.testdata.SyntheticElders;
import org.yiping.ui.UiTestSupport;

class ElderImportServiceTest {
  static final String URUMQI = "650100000000";
  @TempDir Path dir;
  AppContext app;
  Workspace ws;

  @BeforeEach
  void open() {
    app = UiTestSupport.context(dir.resolve("data"));
    ws = app.open(app.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private List<SyntheticElders.Raw> elders(int n, long seed) {
    return new SyntheticElders(seed, app.divisions(), URUMQI, LocalDate.now()).generate(n);
  }

  private ImportReport importFile(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return ws.importer().importRoster(in, URUMQI, (p, d, t) -> { }, () -> false);
    }
  }

  @Test
  void goodRowsAreImportedAndBadRowsReportedWithTheirRowNumbers() throws Exception {
    List<SyntheticElders.Raw> good = elders(50, 1);
    Path file = RosterCsv.write(dir.resolve("roster.csv"), good, List.of(
        ",650102194503122181,,汉族,,燕儿窝街道,,一般,否,否,否,否,否,否,",                // row 52: no name
        "王五,110105194912310021,,汉族,,燕儿窝街道,,一般,否,否,否,否,否,否,"),              // row 53: check digit
        Charset.forName("GBK"));
    ImportReport r = importFile(file);
    assertThat(r.imported()).isEqualTo(50);
    assertThat(r.cancelled()).isFalse();
    assertThat(r.rejected()).extracting(ImportReport.Rejected::row).containsExactly(52, 53);
    assertThat(r.rejected().get(1).reason()).contains("校验位");
    assertThat(r.charset()).isIn("GB18030", "GBK");
    assertThat(ws.elders().count()).isEqualTo(50);
    SyntheticElders.Raw first = good.get(0);
    assertThat(ws.elders().index().search(SearchQuery.text(first.idNumber(), LocalDate.now()), 0, 5).items())
        .singleElement().satisfies(e -> assertThat(e.name()).isEqualTo(first.name()));
    assertThat(ws.syncStatus().unsyncedCount()).isEqualTo(50);
  }

  @Test
  void importingTheSameRosterTwiceReportsEveryRowAsDuplicateAndAddsNothing() throws Exception {
    Path file = RosterCsv.write(dir.resolve("roster.csv"), elders(20, 2), List.of(), StandardCharsets.UTF_8);
    assertThat(importFile(file).imported()).isEqualTo(20);
    ImportReport again = importFile(file);
    assertThat(again.imported()).isZero();
    assertThat(again.duplicates()).hasSize(20).allSatisfy(d -> assertThat(d.existingId()).isNotNull());
    assertThat(ws.elders().count()).isEqualTo(20);
  }

  @Test
  void aCancelledImportLeavesNothingBehind() throws Exception {
    Path file = RosterCsv.write(dir.resolve("big.csv"), elders(2_000, 3), List.of(), StandardCharsets.UTF_8);
    AtomicInteger saved = new AtomicInteger();
    ImportReport r;
    try (InputStream in = Files.newInputStream(file)) {
      // Cancel once the save phase has written its first batch.
      r = ws.importer().importRoster(in, URUMQI, (phase, done, total) -> {
        if (phase == ElderImportService.Phase.SAVING) {
          saved.set(done);
        }
      }, () -> saved.get() >= ElderImportService.FLUSH_EVERY);
    }
    assertThat(saved.get()).isGreaterThanOrEqualTo(ElderImportService.FLUSH_EVERY);
    assertThat(r.cancelled()).isTrue();
    assertThat(r.imported()).isZero();
    assertThat(ws.elders().count()).isZero();
    assertThat(ws.syncStatus().unsyncedCount()).isZero();
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws Exception {
    Path file = dir.resolve("wrong.csv");
    Files.writeString(file, "名字,电话\r\n张三,13899887766\r\n");
    assertThatThrownBy(() -> importFile(file)).isInstanceOf(UserFacingException.class)
        .satisfies(e -> assertThat(((UserFacingException) e).render(app.messages())).contains("姓名"));
    assertThat(ws.elders().count()).isZero();
  }
}

package org.yiping.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.yiping.app.AppContext;
import org.yiping.app.Json;
import org.yiping.app.Workspace;
import org.yiping.assessment.form.FormDefinition;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.centre.Centre;
import org.yiping.core.idcard.IdNumber;
import org.yiping.elder.ElderDraft;
import org.yiping.elder.ElderFile;
import org.yiping.security.NewUser;
import org.yiping.security.Role;

/**
 * A real centre (HTTPS on 127.0.0.1, its own H2 file or a PostgreSQL URL) with two counties, 天山区 (650102) and
 * 沙依巴克区 (650103), a centre user per county, every bundled form version published; and laptops (real encrypted
 * stores) enrolled with it.
 */
public final class SyncFixture implements AutoCloseable {
  public static final String TIANSHAN = "650102";
  public static final String SAYBAGH = "650103";
  public static final String TIANSHAN_VILLAGE = "650102002002";
  public static final String SAYBAGH_VILLAGE = "650103001001";
  public static final String CENTRE_PASSWORD = "Centre2026a";
  public final Path root;
  public Centre centre;
  private final String jdbcUrl;
  private final String dbUser;
  private final String dbPassword;
  private int seq;

  public SyncFixture(Path root) {
    this(root, null, null, null);
  }

  /** Where the centre keeps its records in a test. */
  public enum Backend { H2, POSTGRESQL }

  public static SyncFixture on(Backend backend, Path root) {
    return backend == Backend.H2 ? new SyncFixture(root)
        : new SyncFixture(root, org.yiping.centre.PostgresCluster.get().newDatabase(), "yiping", "");
  }

  public SyncFixture(Path root, String jdbcUrl, String dbUser, String dbPassword) {
    this.root = root;
    this.jdbcUrl = jdbcUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
    this.centre = openCentre().start("127.0.0.1", 0);
    centre.admin().addRegion("test", TIANSHAN, "天山区");
    centre.admin().addRegion("test", SAYBAGH, "沙依巴克区");
    centre.admin().addUser("test", "li", "李评估", "ASSESSOR", TIANSHAN, CENTRE_PASSWORD.toCharArray());
    centre.admin().addUser("test", "admin", "管理员", "ADMIN", TIANSHAN, CENTRE_PASSWORD.toCharArray());
    centre.admin().addUser("test", "zhao", "赵评估", "ASSESSOR", SAYBAGH, CENTRE_PASSWORD.toCharArray());
    for (FormDefinition f : FormRegistry.loadDefault().all()) {
      centre.admin().publishForm("test", f);
    }
  }

  public Centre openCentre() {
    return new Centre(root.resolve("centre"), jdbcUrl, dbUser, dbPassword, 1000, Clock.systemUTC(),
        Json.newMapper());
  }

  /** Restarts the centre's server on the same port, as after a crash (the store is opened again). */
  public void restartCentre() {
    int port = centre.port();
    centre.close();
    centre = openCentre().start("127.0.0.1", port);
  }

  /** A new laptop with an admin and the assessor li (zhao in 沙依巴克区), enrolled into {@code region}. */
  public Laptop laptop(String name, String region) {
    return laptop(name, region, centre.url());
  }

  /** A laptop enrolled through {@code url} (a proxy in front of the centre, say). */
  public Laptop laptop(String name, String region, String url) {
    Laptop l = new Laptop(root.resolve(name), region.equals(SAYBAGH) ? "zhao" : "li");
    String code = centre.admin().newEnrolmentCode("test", region, Duration.ofHours(1));
    try (Workspace admin = l.admin()) {
      admin.sync().enrol(url, centre.keys().fingerprint(), code, name);
    }
    return l;
  }

  /** The number of records of a type the centre holds (0 if none). */
  public long centreCount(String type) {
    return centre.admin().recordCounts().getOrDefault(type, 0L);
  }

  /** Versions the centre stored twice with the same content: must always be none. */
  public long duplicateVersions() {
    return centre.store().tx(c -> {
      try (var ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT record_id, content_hash FROM "
          + "centre_record_version GROUP BY record_id, content_hash HAVING COUNT(*) > 1) d");
          var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** A valid ID number, different each call. */
  public String idNumber() {
    String body = "650102" + LocalDate.of(1940, 1, 1).plusDays(seq++).toString().replace("-", "") + "123";
    return body + IdNumber.checkChar(body);
  }

  @Override
  public void close() {
    centre.close();
  }

  /** One laptop: its own encrypted store, an admin and one assessor. */
  public static final class Laptop implements AutoCloseable {
    public final AppContext app;
    public final String assessor;

    private Laptop(AppContext app, String assessor) {
      this.app = app;
      this.assessor = assessor;
    }

    /** A laptop whose store already exists (opened again after a crash, say). */
    public static Laptop existing(Path dir, String assessor) {
      return new Laptop(org.yiping.ui.UiTestSupport.context(dir), assessor);
    }

    Laptop(Path dir, String assessor) {
      this.app = org.yiping.ui.UiTestSupport.context(dir);
      this.assessor = assessor;
      try (Workspace admin = app.open(app.vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()))) {
        admin.accounts().create(new NewUser(assessor, "评估员", Role.ASSESSOR, "XJ-PG-0001",
            LocalDate.now().plusYears(1), null), "Assess2026a".toCharArray());
      }
    }

    public Workspace admin() {
      return app.open(app.vault().signIn("admin", "Xinjiang2026".toCharArray()));
    }

    public Workspace user() {
      return app.open(app.vault().signIn(assessor, "Assess2026a".toCharArray()));
    }

    public SyncReport sync() {
      try (Workspace ws = user()) {
        return ws.sync().sync(CENTRE_PASSWORD.toCharArray(), SyncEngine.Progress.NONE);
      }
    }

    public UUID newElder(String name, String idNumber, String village) {
      try (Workspace ws = user()) {
        return ws.elders().create(ElderDraft.minimal(name, idNumber, village)).id();
      }
    }

    /** {@code n} synthetic elders of 天山区, imported as a roster in one go. */
    public void importElders(int n, long seed) {
      try (Workspace admin = admin()) {
        java.util.List<org.yiping.testdata.SyntheticElders.Raw> raws = new org.yiping.testdata.SyntheticElders(seed,
            app.divisions(), TIANSHAN + "000000", LocalDate.now()).generate(n);
        Path csv = org.yiping.testdata.RosterCsv.write(app.dataDir().resolve("roster-" + seed + ".csv"), raws,
            java.util.List.of(), java.nio.charset.StandardCharsets.UTF_8);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(csv)) {
          admin.importer().importRoster(in, TIANSHAN + "000000", (p, d, t) -> { }, () -> false);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    public ElderFile elder(UUID id) {
      try (Workspace ws = user()) {
        return ws.elders().get(id);
      }
    }

    public void setPhone(UUID id, String phone) {
      edit(id, d -> new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), phone, d.address(),
          d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(), d.medicalPayments(),
          d.incomeSources(), d.economicStatus(), d.flags(), d.contacts(), d.notes()));
    }

    public void setNotes(UUID id, String notes) {
      edit(id, d -> new ElderDraft(d.name(), d.idNumber(), d.ethnicity(), d.religion(), d.phone(), d.address(),
          d.divisionCode(), d.livingArrangements(), d.maritalStatus(), d.education(), d.medicalPayments(),
          d.incomeSources(), d.economicStatus(), d.flags(), d.contacts(), notes));
    }

    private void edit(UUID id, java.util.function.UnaryOperator<ElderDraft> change) {
      try (Workspace ws = user()) {
        ElderFile f = ws.elders().get(id);
        ws.elders().update(id, f.rev(), change.apply(f.toDraft()));
      }
    }

    public java.util.List<RecordSyncState> states() {
      try (Workspace ws = user()) {
        return ws.sync().states(100);
      }
    }

    public long waiting() {
      try (Workspace ws = user()) {
        return ws.sync().waiting();
      }
    }

    @Override
    public void close() {
      app.close();
    }
  }
}

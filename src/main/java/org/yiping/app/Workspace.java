package org.yiping.app;

import org.yiping.security.AuditService;
import org.yiping.assessment.visit.AssessmentService;
import org.yiping.elder.ElderImportService;
import org.yiping.elder.ElderIndex;
import org.yiping.elder.ElderService;
import java.time.Duration;
import org.yiping.security.Accounts;
import org.yiping.security.Permission;
import org.yiping.store.Settings;
import org.yiping.security.Session;
import org.yiping.security.Unlocked;
import org.yiping.store.Transactions;
import org.yiping.sync.SyncStatus;

/** Everything a signed-in session uses, built when the store opens and closed with it at sign-out. */
public final class Workspace implements AutoCloseable {
  private final Unlocked unlocked;
  private final Accounts accounts;
  private final AuditService audit;
  private final ElderService elders;
  private final ElderImportService importer;
  private final AssessmentService assessments;
  private final org.yiping.assessment.visit.EvidenceService evidence;
  private final org.yiping.assessment.history.ResultHistoryService results;
  private final org.yiping.assessment.plan.VisitPlanService plans;
  private final org.yiping.adaptation.AdaptationService adaptation;
  private final org.yiping.adaptation.AdaptationEvidenceService adaptationEvidence;
  private final org.yiping.bed.BedService beds;
  private final org.yiping.carevisit.CareVisitService careVisits;
  private final org.yiping.dashboard.DashboardService dashboard;
  private final org.yiping.reporting.ReportService reports;
  private final SyncStatus syncStatus;
  private final org.yiping.sync.SyncEngine sync;
  private final org.yiping.sync.BackgroundSync backgroundSync;
  private final Transactions tx;
  private final java.time.Clock clock;
  private volatile Duration idleLock;

  Workspace(AppContext app, Unlocked unlocked) {
    this.unlocked = unlocked;
    Transactions tx = unlocked.database().tx();
    Session session = unlocked.session();
    this.accounts = new Accounts(unlocked, app.keyRing(), app.clock());
    this.audit = new AuditService(tx, session, app.clock());
    ElderIndex index = new ElderIndex(app.divisions());
    this.elders = new ElderService(tx, session, app.divisions(), app.json(), app.clock(), index);
    this.importer = new ElderImportService(tx, session, app.divisions(), elders, index, app.messages(),
        app.clock());
    this.assessments = new AssessmentService(tx, session, app::forms, app.json(), app.clock());
    this.evidence = new org.yiping.assessment.visit.EvidenceService(tx, session, app.json(), app.clock());
    this.results = new org.yiping.assessment.history.ResultHistoryService(tx, session, assessments, app::forms,
        app.clock());
    this.plans = new org.yiping.assessment.plan.VisitPlanService(tx, session, app.clock());
    this.adaptation = new org.yiping.adaptation.AdaptationService(tx, session, elders, results, app::forms,
        app.json(), app.clock());
    this.adaptationEvidence = new org.yiping.adaptation.AdaptationEvidenceService(tx, session, app.json(),
        app.clock());
    this.beds = new org.yiping.bed.BedService(tx, session, elders, results, adaptation, app.json(), app.clock());
    this.careVisits = new org.yiping.carevisit.CareVisitService(tx, session, elders, app.clock());
    this.dashboard = new org.yiping.dashboard.DashboardService(session, elders, assessments, adaptation, beds,
        careVisits, app.clock());
    this.reports = new org.yiping.reporting.ReportService(tx, session, elders, assessments, evidence, results,
        accounts, app.divisions(), app::forms, app.json(), app.clock(),
        new org.yiping.reporting.ReportService.Cases(adaptation, adaptationEvidence, beds));
    this.syncStatus = new SyncStatus(tx);
    this.sync = new org.yiping.sync.SyncEngine(tx, session, app.json(), app.clock(), Duration.ofSeconds(120),
        new RegistryForms(app::forms), elders::reindex);
    sync.loadInstalledForms(); // versions the centre published, installed by earlier syncs
    this.backgroundSync = session.may(Permission.SYNC)
        ? new org.yiping.sync.BackgroundSync(sync, backgroundInterval()) : null;
    this.tx = tx;
    this.clock = app.clock();
    // Read once here, off the FX thread, so showing the main window needs no database call.
    this.idleLock = tx.read(w -> new Settings(w).get(Settings.IDLE_LOCK_MINUTES)).map(Long::parseLong)
        .map(Duration::ofMinutes).orElse(null);
  }

  /** The idle time before the window locks: the admin's setting, else {@code fallback}. */
  public Duration idleLockTimeout(Duration fallback) {
    Duration d = idleLock;
    return d != null ? d : fallback;
  }

  /** Admin only: minutes of inactivity before the window locks (1 to 120). */
  public void setIdleLockMinutes(int minutes) {
    session().require(Permission.CHANGE_SETTINGS);
    if (minutes < 1 || minutes > 120) {
      throw new org.yiping.core.UserFacingException("settings.problem.idleMinutes", 1, 120);
    }
    tx.writeVoid(w -> {
      new Settings(w).put(Settings.IDLE_LOCK_MINUTES, Integer.toString(minutes));
      new org.yiping.audit.AuditLog(w).append(clock.instant(), session().username(),
          org.yiping.audit.AuditAction.SETTINGS_CHANGED, "setting", Settings.IDLE_LOCK_MINUTES,
          Integer.toString(minutes));
    });
    idleLock = Duration.ofMinutes(minutes);
  }

  public Session session() {
    return unlocked.session();
  }

  public boolean mustChangePassword() {
    return unlocked.mustChangePassword();
  }

  public Accounts accounts() {
    return accounts;
  }

  public AuditService audit() {
    return audit;
  }

  public ElderService elders() {
    return elders;
  }

  public AssessmentService assessments() {
    return assessments;
  }

  public org.yiping.assessment.visit.EvidenceService evidence() {
    return evidence;
  }

  public org.yiping.assessment.history.ResultHistoryService results() {
    return results;
  }

  public org.yiping.assessment.plan.VisitPlanService plans() {
    return plans;
  }

  public org.yiping.adaptation.AdaptationService adaptation() {
    return adaptation;
  }

  public org.yiping.adaptation.AdaptationEvidenceService adaptationEvidence() {
    return adaptationEvidence;
  }

  public org.yiping.bed.BedService beds() {
    return beds;
  }

  public org.yiping.carevisit.CareVisitService careVisits() {
    return careVisits;
  }

  public org.yiping.dashboard.DashboardService dashboard() {
    return dashboard;
  }

  /** Reports from the store: assessment, elder summary, monthly statistics, batches, verification codes. */
  public org.yiping.reporting.ReportService reports() {
    return reports;
  }

  public ElderImportService importer() {
    return importer;
  }

  public SyncStatus syncStatus() {
    return syncStatus;
  }

  /** Sync with the regional centre: enrolment, push and pull, conflicts, batch files. */
  public org.yiping.sync.SyncEngine sync() {
    return sync;
  }

  /**
   * Syncing on its own while the centre is reachable, for users who may sync; the window starts it (the command line
   * never does). {@value #BACKGROUND_INTERVAL_PROPERTY} sets its period in seconds (default 60).
   */
  public java.util.Optional<org.yiping.sync.BackgroundSync> backgroundSync() {
    return java.util.Optional.ofNullable(backgroundSync);
  }

  public static final String BACKGROUND_INTERVAL_PROPERTY = "yiping.sync.everySeconds";

  private static Duration backgroundInterval() {
    return Duration.ofSeconds(Long.getLong(BACKGROUND_INTERVAL_PROPERTY, 60));
  }

  @Override
  public void close() {
    if (backgroundSync != null) {
      backgroundSync.close();
    }
    unlocked.close();
  }
}

package org.yiping.app;

import org.yiping.audit.AuditService;
import org.yiping.elder.ElderIndex;
import org.yiping.elder.ElderService;
import org.yiping.security.Accounts;
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
  private final SyncStatus syncStatus;

  Workspace(AppContext app, Unlocked unlocked) {
    this.unlocked = unlocked;
    Transactions tx = unlocked.database().tx();
    Session session = unlocked.session();
    this.accounts = new Accounts(unlocked, app.keyRing(), app.clock());
    this.audit = new AuditService(tx, session, app.clock());
    this.elders = new ElderService(tx, session, app.divisions(), app.json(), app.clock(),
        new ElderIndex(app.divisions()));
    this.syncStatus = new SyncStatus(tx);
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

  public SyncStatus syncStatus() {
    return syncStatus;
  }

  @Override
  public void close() {
    unlocked.close();
  }
}

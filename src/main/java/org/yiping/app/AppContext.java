package org.yiping.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.security.KdfParams;
import org.yiping.security.KeyRing;
import org.yiping.security.Unlocked;
import org.yiping.security.Vault;
import org.yiping.store.PersistenceUnit;

/**
 * The composition root: builds every long-lived object by hand, once, and hands them down by constructor. No
 * static singletons, no service locator. What needs a signed-in user lives in {@link Workspace}.
 */
public final class AppContext implements AutoCloseable {
  private final Path dataDir;
  private final Clock clock;
  private final ObjectMapper json;
  private final Messages messages;
  private final KeyRing keyRing;
  private final Vault vault;
  private final CompletableFuture<DivisionCatalog> divisions;
  private final CompletableFuture<PersistenceUnit> persistence;

  public AppContext(Path dataDir, Clock clock, Locale locale, KdfParams kdf) {
    this.dataDir = dataDir;
    this.clock = clock;
    this.json = Json.newMapper();
    this.messages = new Messages(locale);
    this.keyRing = new KeyRing(dataDir.resolve(KeyRing.FILE_NAME), json, kdf);
    // Slow start-up work runs on background threads now and is waited for only where needed, so the sign-in
    // window appears at once: Hibernate's boot, the division data, and the JIT warm-up of Argon2.
    this.persistence = CompletableFuture.supplyAsync(() -> PersistenceUnit.boot(Entities.ALL));
    this.divisions = CompletableFuture.supplyAsync(DivisionCatalog::xinjiang);
    CompletableFuture.runAsync(keyRing::warmUp);
    this.vault = new Vault(dataDir, keyRing, persistence::join, clock);
  }

  public static AppContext forDataDir(Path dataDir) {
    return new AppContext(dataDir, Clock.systemDefaultZone(), Messages.CHINESE, KdfParams.DEFAULT);
  }

  public Path dataDir() {
    return dataDir;
  }

  public Clock clock() {
    return clock;
  }

  public ObjectMapper json() {
    return json;
  }

  public Messages messages() {
    return messages;
  }

  public Vault vault() {
    return vault;
  }

  public KeyRing keyRing() {
    return keyRing;
  }

  public DivisionCatalog divisions() {
    return divisions.join();
  }

  /** Shuts Hibernate down at exit (the store itself closes with its workspace). */
  @Override
  public void close() {
    persistence.thenAccept(PersistenceUnit::close);
  }

  /** The services of a signed-in session. */
  public Workspace open(Unlocked unlocked) {
    return new Workspace(this, unlocked);
  }
}

package org.yiping.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;
import org.yiping.core.SafeErrors;
import org.yiping.assessment.form.FormRegistry;
import org.yiping.core.i18n.Messages;
import org.yiping.elder.division.DivisionCatalog;
import org.yiping.security.KdfParams;
import org.yiping.security.KeyRing;
import org.yiping.security.Unlocked;
import org.yiping.security.Vault;
import org.yiping.store.Database;
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
  private CompletableFuture<DivisionCatalog> divisions;
  private CompletableFuture<FormRegistry> forms;
  private CompletableFuture<PersistenceUnit> persistence;

  public AppContext(Path dataDir, Clock clock, Locale locale, KdfParams kdf) {
    this.dataDir = dataDir;
    this.clock = clock;
    this.json = Json.newMapper();
    this.messages = new Messages(locale);
    this.keyRing = new KeyRing(dataDir.resolve(KeyRing.FILE_NAME), json, kdf);
    this.vault = new Vault(dataDir, keyRing, () -> persistence().join(), clock);
  }

  /**
   * Starts the slow start-up work on background threads: Hibernate's boot and a dry run of opening a store, the
   * division data, and the JIT warm-up of Argon2. The window calls this once it is on screen, so that the work
   * runs while the user types a password instead of delaying the window; anything that needs a result first
   * starts it itself. Idempotent.
   */
  public synchronized AppContext startWarmUp() {
    if (persistence == null) {
      persistence = CompletableFuture.supplyAsync(() -> {
        PersistenceUnit unit = PersistenceUnit.boot(Entities.ALL);
        try {
          Database.warmUp(unit, clock);
        } catch (RuntimeException e) {
          // Only an optimisation: the real open will load the same classes, just later.
          LoggerFactory.getLogger(AppContext.class).warn("Warm-up failed: {}", SafeErrors.describe(e));
        }
        return unit;
      });
      CompletableFuture.runAsync(keyRing::warmUp);
    }
    divisionsFuture();
    return this;
  }

  /** Hibernate: booted by the warm-up, or now without the dry run (a command opens the store once, at once). */
  private synchronized CompletableFuture<PersistenceUnit> persistence() {
    if (persistence == null) {
      persistence = CompletableFuture.supplyAsync(() -> PersistenceUnit.boot(Entities.ALL));
    }
    return persistence;
  }

  private synchronized CompletableFuture<DivisionCatalog> divisionsFuture() {
    if (divisions == null) {
      divisions = CompletableFuture.supplyAsync(DivisionCatalog::xinjiang);
    }
    return divisions;
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

  /** The assessment forms: bundled ones plus a region's folder (ADR 0010); loaded once, on first use. */
  public synchronized FormRegistry forms() {
    if (forms == null) {
      forms = CompletableFuture.supplyAsync(FormRegistry::loadDefault);
    }
    return forms.join();
  }

  public DivisionCatalog divisions() {
    return divisionsFuture().join();
  }

  /** Shuts Hibernate down at exit (the store itself closes with its workspace). */
  @Override
  public synchronized void close() {
    if (persistence != null) {
      persistence.thenAccept(PersistenceUnit::close);
    }
  }

  /** The services of a signed-in session. */
  public Workspace open(Unlocked unlocked) {
    return new Workspace(this, unlocked);
  }
}

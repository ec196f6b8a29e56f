package org.yiping.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.store.Database;
import org.yiping.store.PersistenceUnit;
import org.yiping.store.Settings;

/**
 * The locked door in front of the store: first-run setup, sign-in, and the password check of the idle lock.
 * Failed sign-ins cannot be written to the encrypted audit log (it cannot be opened without a right password), so
 * they wait in a small plain file and move into the log at the next successful sign-in.
 */
public final class Vault {
  private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
  private static final Logger TIMING = LoggerFactory.getLogger("org.yiping.timing");
  static final String FAILURES_FILE = "signin-failures.log";

  private final Path dataDir;
  private final KeyRing keyRing;
  private final Supplier<PersistenceUnit> unit;
  private final Clock clock;

  /** {@code unit}: Hibernate, usually still booting in the background when the sign-in screen appears. */
  public Vault(Path dataDir, KeyRing keyRing, Supplier<PersistenceUnit> unit, Clock clock) {
    this.dataDir = dataDir;
    this.keyRing = keyRing;
    this.unit = unit;
    this.clock = clock;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** True once setup has created the database and its first admin. */
  public boolean isInitialized() {
    return Database.exists(dataDir) && !keyRing.isEmpty();
  }

  /** First run: creates the encrypted database, this device's id and the first admin. */
  public Unlocked setup(NewUser admin, char[] password) {
    if (isInitialized() || Database.exists(dataDir)) {
      throw new UserFacingException("setup.problem.alreadyDone", dataDir.toString());
    }
    if (admin.role() != Role.ADMIN) {
      throw new IllegalArgumentException("the first user is an admin");
    }
    admin.validate();
    PasswordPolicy.check(admin.username(), password);
    byte[] dataKey = keyRing.newDataKey();
    Database db = Database.create(dataDir, dataKey, unit.get(), clock);
    try {
      Instant now = clock.instant();
      String deviceId = Ids.newId().toString();
      UserRecord user = db.tx().write(w -> {
        new Settings(w).put(Settings.DEVICE_ID, deviceId);
        AppUser u = new AppUser(Ids.newId(), admin, now, false);
        new UserRepository(w).add(u);
        AuditLog audit = new AuditLog(w);
        audit.append(now, admin.username(), AuditAction.SETUP, "device", deviceId, null);
        audit.append(now, admin.username(), AuditAction.USER_CREATED, "user", u.toRecord().id().toString(), "ADMIN");
        audit.append(now, admin.username(), AuditAction.SIGN_IN, null, null, null);
        return u.toRecord();
      });
      keyRing.put(admin.username(), password, dataKey);
      return new Unlocked(db, dataKey, session(user, deviceId), false);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Opens the store for {@code username}. A wrong password, an unknown or a disabled user all get one message. */
  public Unlocked signIn(String username, char[] password) {
    String name = username == null ? "" : username.strip();
    long t0 = System.nanoTime();
    PersistenceUnit persistence = unit.get(); // usually booted in the background already
    long t1 = System.nanoTime();
    Optional<byte[]> key = keyRing.unlock(name, password);
    TIMING.info("sign-in: waited {} ms for Hibernate, {} ms for the key", (t1 - t0) / 1_000_000,
        (System.nanoTime() - t1) / 1_000_000);
    if (key.isEmpty()) {
      rememberFailure(name);
      throw new UserFacingException("signin.problem.failed");
    }
    byte[] dataKey = key.get();
    Database db = Database.open(dataDir, dataKey, persistence, clock);
    try {
      Instant now = clock.instant();
      record Found(UserRecord user, String deviceId) {}
      Found found = db.tx().write(w -> {
        Optional<AppUser> u = new UserRepository(w).byUsername(name);
        AuditLog audit = new AuditLog(w);
        for (PendingFailure f : takePendingFailures()) {
          audit.append(f.at(), f.username(), AuditAction.SIGN_IN_FAILED, null, null, null);
        }
        if (u.isEmpty() || u.get().disabled()) {
          audit.append(now, name, AuditAction.SIGN_IN_FAILED, null, null, "disabled");
          return null;
        }
        audit.append(now, name, AuditAction.SIGN_IN, null, null, null);
        String device = new Settings(w).get(Settings.DEVICE_ID).orElseThrow();
        return new Found(u.get().toRecord(), device);
      });
      if (found == null) {
        throw new UserFacingException("signin.problem.failed");
      }
      return new Unlocked(db, dataKey, session(found.user(), found.deviceId()), found.user().mustChangePassword());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The idle lock's check: is this the signed-in user's password? Opens nothing. */
  public boolean verifyPassword(String username, char[] password) {
    Optional<byte[]> key = keyRing.unlock(username, password);
    key.ifPresent(k -> java.util.Arrays.fill(k, (byte) 0));
    return key.isPresent();
  }

  static Session session(UserRecord u, String deviceId) {
    return new Session(u.id(), u.username(), u.displayName(), u.role(), u.certificateNumber(),
        u.certificateExpiry(), deviceId);
  }

  private record PendingFailure(Instant at, String username) {}

  private void rememberFailure(String username) {
    String safe = username.replaceAll("[\\p{Cntrl}\\t]", "");
    if (safe.length() > 64) {
      safe = safe.substring(0, 64);
    }
    try {
      org.yiping.core.PrivateFiles.directory(dataDir);
      Files.writeString(dataDir.resolve(FAILURES_FILE), clock.instant() + "\t" + safe + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      org.yiping.core.PrivateFiles.file(dataDir.resolve(FAILURES_FILE));
    } catch (IOException e) {
      LOG.warn("Could not record a failed sign-in: {}", e.toString());
    }
  }

  private List<PendingFailure> takePendingFailures() {
    Path file = dataDir.resolve(FAILURES_FILE);
    List<PendingFailure> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          try {
            out.add(new PendingFailure(Instant.parse(line.substring(0, tab)), line.substring(tab + 1)));
          } catch (java.time.format.DateTimeParseException ignored) {
            out.add(new PendingFailure(clock.instant(), "?"));
          }
        }
      }
      // Deleted only after the transaction that holds them commits would be safer still; a lost line is one
      // failure event, a duplicated line is harmless, and we prefer to never block a sign-in on this file.
      Files.delete(file);
    } catch (IOException e) {
      LOG.warn("Could not read pending sign-in failures: {}", e.toString());
    }
    return out;
  }

}

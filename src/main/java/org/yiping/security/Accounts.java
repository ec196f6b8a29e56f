package org.yiping.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.yiping.audit.AuditAction;
import org.yiping.audit.AuditLog;
import org.yiping.core.Ids;
import org.yiping.core.UserFacingException;
import org.yiping.store.Transactions;

/** User administration (admin only) and one's own password, for the signed-in session. */
public final class Accounts {
  private final Unlocked unlocked;
  private final KeyRing keyRing;
  private final Clock clock;

  public Accounts(Unlocked unlocked, KeyRing keyRing, Clock clock) {
    this.unlocked = unlocked;
    this.keyRing = keyRing;
    this.clock = clock;
  }

  private Session session() {
    return unlocked.session();
  }

  private Transactions tx() {
    return unlocked.database().tx();
  }

  public List<UserRecord> list() {
    session().require(Permission.MANAGE_USERS);
    return tx().read(w -> new UserRepository(w).all().stream().map(AppUser::toRecord).toList());
  }

  /**
   * The display names of these user names (unknown ones left out), to print who assessed or reviewed a record. Any
   * user who may see elders may read them: an assessor printing a report needs no admin rights.
   */
  public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
    session().require(Permission.VIEW_ELDERS);
    if (usernames.isEmpty()) {
      return java.util.Map.of();
    }
    return tx().read(w -> new UserRepository(w).displayNames(usernames));
  }

  /** Creates a user who must choose a new password at first sign-in. */
  public UserRecord create(NewUser spec, char[] initialPassword) {
    session().require(Permission.MANAGE_USERS);
    spec.validate();
    PasswordPolicy.check(spec.username(), initialPassword);
    Instant now = clock.instant();
    UserRecord created = tx().write(w -> {
      UserRepository users = new UserRepository(w);
      if (users.byUsername(spec.username()).isPresent()) {
        throw new UserFacingException("user.problem.exists", spec.username());
      }
      AppUser u = new AppUser(Ids.newId(), spec, now, true);
      users.add(u);
      new AuditLog(w).append(now, session().username(), AuditAction.USER_CREATED, "user", u.toRecord().id().toString(),
          spec.role().name());
      return u.toRecord();
    });
    keyRing.put(spec.username(), initialPassword, unlocked.dataKey());
    return created;
  }

  /** Disables a user and removes their copy of the key: they can no longer open this device's store at all. */
  public UserRecord disable(UUID userId) {
    session().require(Permission.MANAGE_USERS);
    Instant now = clock.instant();
    UserRecord r = tx().write(w -> {
      UserRepository users = new UserRepository(w);
      AppUser u = users.byId(userId).orElseThrow(() -> new UserFacingException("user.problem.notFound"));
      if (u.username().equals(session().username())) {
        throw new UserFacingException("user.problem.disableSelf");
      }
      u.setDisabled(true);
      if (u.toRecord().role() == Role.ADMIN && users.activeAdmins() == 0) {
        throw new UserFacingException("user.problem.lastAdmin");
      }
      new AuditLog(w).append(now, session().username(), AuditAction.USER_DISABLED, "user", userId.toString(), null);
      return u.toRecord();
    });
    keyRing.remove(r.username());
    return r;
  }

  /** Enables a user again; they need a password reset too, since disabling removed their key. */
  public UserRecord enable(UUID userId, char[] newPassword) {
    session().require(Permission.MANAGE_USERS);
    Instant now = clock.instant();
    UserRecord r = tx().write(w -> {
      AppUser u = new UserRepository(w).byId(userId)
          .orElseThrow(() -> new UserFacingException("user.problem.notFound"));
      PasswordPolicy.check(u.username(), newPassword);
      u.setDisabled(false);
      u.setMustChangePassword(true);
      new AuditLog(w).append(now, session().username(), AuditAction.USER_ENABLED, "user", userId.toString(), null);
      return u.toRecord();
    });
    keyRing.put(r.username(), newPassword, unlocked.dataKey());
    return r;
  }

  /** Sets a temporary password the user must change at next sign-in. */
  public UserRecord resetPassword(UUID userId, char[] temporaryPassword) {
    session().require(Permission.MANAGE_USERS);
    Instant now = clock.instant();
    UserRecord r = tx().write(w -> {
      AppUser u = new UserRepository(w).byId(userId)
          .orElseThrow(() -> new UserFacingException("user.problem.notFound"));
      if (u.disabled()) {
        throw new UserFacingException("user.problem.disabled");
      }
      PasswordPolicy.check(u.username(), temporaryPassword);
      u.setMustChangePassword(true);
      new AuditLog(w).append(now, session().username(), AuditAction.USER_PASSWORD_RESET, "user", userId.toString(),
          null);
      return u.toRecord();
    });
    keyRing.put(r.username(), temporaryPassword, unlocked.dataKey());
    return r;
  }

  /** Changes the signed-in user's own password after checking the current one. */
  public void changeOwnPassword(Vault vault, char[] currentPassword, char[] newPassword) {
    String me = session().username();
    if (!vault.verifyPassword(me, currentPassword)) {
      throw new UserFacingException("password.problem.current");
    }
    PasswordPolicy.check(me, newPassword);
    Instant now = clock.instant();
    tx().writeVoid(w -> {
      new UserRepository(w).byUsername(me).ifPresent(u -> u.setMustChangePassword(false));
      new AuditLog(w).append(now, me, AuditAction.PASSWORD_CHANGED, "user", session().userId().toString(), null);
    });
    keyRing.put(me, newPassword, unlocked.dataKey());
  }
}

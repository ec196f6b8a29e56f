package org.yiping.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiping.store.PersistenceUnit;
import org.junit.jupiter.api.io.TempDir;
import org.yiping.audit.AuditLog;
import org.yiping.audit.AuditRecord;
import org.yiping.core.UserFacingException;
import org.yiping.support.TestEntities;

class VaultTest {
  @TempDir Path dir;
  static PersistenceUnit unit;
  static PersistenceUnit secondUnit;

  @BeforeAll
  static void boot() {
    unit = PersistenceUnit.boot(TestEntities.all());
    secondUnit = PersistenceUnit.boot(TestEntities.all());
  }

  @AfterAll
  static void shutDown() {
    unit.close();
    secondUnit.close();
  }

  private Vault vault() {
    return vault(unit);
  }

  /** A second Hibernate, for a second session open at the same time (two users of one device in one test). */
  private Vault vault(PersistenceUnit u) {
    KeyRing ring = new KeyRing(dir.resolve(KeyRing.FILE_NAME), new ObjectMapper(), KdfParams.FAST_FOR_TESTS);
    return new Vault(dir, ring, () -> u, Clock.systemUTC());
  }

  @Test
  void setupCreatesAnAdminWhoCanSignInAgainWithTheSamePasswordOnly() {
    Vault v = vault();
    assertThat(v.isInitialized()).isFalse();
    try (Unlocked u = v.setup(NewUser.admin("admin", "管理员"), "Xinjiang2026".toCharArray())) {
      assertThat(u.session().role()).isEqualTo(Role.ADMIN);
      assertThat(u.session().deviceId()).isNotBlank();
    }
    assertThat(v.isInitialized()).isTrue();
    try (Unlocked again = vault().signIn("admin", "Xinjiang2026".toCharArray())) {
      assertThat(again.session().displayName()).isEqualTo("管理员");
    }
    assertThatThrownBy(() -> vault().signIn("admin", "wrong-password1".toCharArray()))
        .isInstanceOf(UserFacingException.class).hasMessage("signin.problem.failed");
    assertThatThrownBy(() -> vault().signIn("nobody", "Xinjiang2026".toCharArray()))
        .isInstanceOf(UserFacingException.class).hasMessage("signin.problem.failed");
  }

  @Test
  void failedSignInsReachTheAuditLogAtTheNextSuccessfulSignIn() {
    vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()).close();
    assertThatThrownBy(() -> vault().signIn("admin", "nope12345".toCharArray()));
    try (Unlocked u = vault().signIn("admin", "Xinjiang2026".toCharArray())) {
      var actions = u.database().tx().read(w -> new AuditLog(w).page(0, 10)).stream()
          .map(AuditRecord::action).toList();
      assertThat(actions).startsWith("SIGN_IN", "SIGN_IN_FAILED");
      assertThat(u.database().tx().read(w -> new AuditLog(w).verify()).intact()).isTrue();
    }
  }

  @Test
  void aWeakPasswordIsRefusedWithTheRuleItBreaks() {
    assertThatThrownBy(() -> vault().setup(NewUser.admin("admin", null), "short1".toCharArray()))
        .hasMessage("password.problem.short");
    assertThatThrownBy(() -> vault().setup(NewUser.admin("admin", null), "onlyletters".toCharArray()))
        .hasMessage("password.problem.mix");
    assertThatThrownBy(() -> vault().setup(NewUser.admin("admin", null), "admin2026xx".toCharArray()))
        .hasMessage("password.problem.username");
    assertThat(vault().isInitialized()).isFalse();
  }

  @Test
  void theDatabaseFileIsEncryptedAndTheKeyringHoldsNoKeyInTheClear() throws Exception {
    vault().setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray()).close();
    byte[] db = Files.readAllBytes(dir.resolve("yiping.mv.db"));
    String ascii = new String(db, StandardCharsets.ISO_8859_1);
    // H2's own file header is plain; everything after it must not show table or column names.
    assertThat(ascii).doesNotContain("APP_USER").doesNotContain("AUDIT_LOG").doesNotContain("SIGN_IN");
    assertThat(Files.readString(dir.resolve(KeyRing.FILE_NAME))).contains("wrappedKey").doesNotContain("password");
  }

  @Test
  void anAdminCreatesResetsAndDisablesUsers() {
    Vault v = vault();
    try (Unlocked admin = v.setup(NewUser.admin("admin", null), "Xinjiang2026".toCharArray())) {
      KeyRing ring = new KeyRing(dir.resolve(KeyRing.FILE_NAME), new ObjectMapper(), KdfParams.FAST_FOR_TESTS);
      Accounts accounts = new Accounts(admin, ring, Clock.systemUTC());
      assertThatThrownBy(() -> accounts.create(new NewUser("li", "李评估", Role.ASSESSOR, null, null, null),
          "Assess2026a".toCharArray())).hasMessage("user.problem.certificate");
      UserRecord li = accounts.create(new NewUser("li", "李评估", Role.ASSESSOR, "XJ-PG-0001",
          java.time.LocalDate.of(2027, 6, 30), null), "Assess2026a".toCharArray());
      assertThat(li.mustChangePassword()).isTrue();
      try (Unlocked liSession = vault(secondUnit).signIn("li", "Assess2026a".toCharArray())) {
        assertThat(liSession.mustChangePassword()).isTrue();
        assertThat(liSession.session().may(Permission.MANAGE_USERS)).isFalse();
        Accounts asLi = new Accounts(liSession, ring, Clock.systemUTC());
        assertThatThrownBy(asLi::list).hasMessage("error.notAllowed");
        asLi.changeOwnPassword(v, "Assess2026a".toCharArray(), "Kashgar2027b".toCharArray());
      }
      try (Unlocked liSession = vault(secondUnit).signIn("li", "Kashgar2027b".toCharArray())) {
        assertThat(liSession.mustChangePassword()).isFalse();
      }
      accounts.disable(li.id());
      assertThatThrownBy(() -> vault(secondUnit).signIn("li", "Kashgar2027b".toCharArray()))
          .hasMessage("signin.problem.failed");
      assertThatThrownBy(() -> accounts.disable(admin.session().userId())).hasMessage("user.problem.disableSelf");
      accounts.enable(li.id(), "Temporary2026".toCharArray());
      try (Unlocked liSession = vault(secondUnit).signIn("li", "Temporary2026".toCharArray())) {
        assertThat(liSession.mustChangePassword()).isTrue();
      }
    }
  }
}

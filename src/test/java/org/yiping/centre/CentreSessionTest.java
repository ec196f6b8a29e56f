package org.yiping.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yiping.app.Json;
import org.yiping.sync.SyncFixture.Backend;
import org.yiping.sync.protocol.Wire;

/**
 * Sign-ins kept in the centre's store: a token still works after the centre restarts, and ends 14 days after its last
 * use, 30 days after sign-in, or when its device is revoked, enrolled again or its user disabled. Only the token's
 * hash is stored. Real HTTPS on 127.0.0.1, on H2 and on PostgreSQL, with a clock the test moves.
 */
class CentreSessionTest {
  private static final String PASSWORD = "Centre2026a";
  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-24T08:00:00Z"));
  private String jdbcUrl;

  private Centre open(Backend backend) {
    if (backend == Backend.POSTGRESQL && jdbcUrl == null) {
      jdbcUrl = PostgresCluster.get().newDatabase();
    }
    return backend == Backend.H2
        ? new Centre(dir.resolve("centre"), null, null, null, null, 1000, clock, Json.newMapper())
        : new Centre(dir.resolve("centre"), null, jdbcUrl, "yiping", "", 1000, clock, Json.newMapper());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aSignInSurvivesARestartAndEndsAfterFourteenIdleDaysOrThirtyDaysInAll(Backend backend) {
    Centre centre = open(backend).start("127.0.0.1", 0);
    try {
      centre.admin().addRegion("test", "650102", "天山区");
      centre.admin().addUser("test", "li", "李评估", "ASSESSOR", "650102", PASSWORD.toCharArray());
      CentreTestClient laptop = new CentreTestClient(centre);
      String deviceToken = laptop.enrol(code(centre), "device-a");
      Wire.LoginResponse login = laptop.login("device-a", deviceToken, "li", PASSWORD);
      assertThat(login.role()).isEqualTo("ASSESSOR");
      assertThat(login.regionCode()).isEqualTo("650102");
      assertThat(Instant.parse(login.expiresAt())).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
      assertThat(laptop.get("/v1/pull?since=0").status()).isEqualTo(200);
      // The store holds the token's hash, never the token.
      assertThat(column(centre, "token_hash")).isEqualTo(CentreSessions.hash(login.token()))
          .isNotEqualTo(login.token());

      // A restart (store closed and opened again on the same data) keeps the sign-in.
      int port = centre.port();
      centre.close();
      centre = open(backend).start("127.0.0.1", port);
      assertThat(laptop.get("/v1/pull?since=0").status()).isEqualTo(200);

      // last_used_at is written at most once a minute, not on every request.
      Instant signedIn = clock.instant();
      clock.advance(Duration.ofSeconds(30));
      assertThat(laptop.get("/v1/pull?since=0").status()).isEqualTo(200);
      assertThat(instant(centre, "last_used_at")).isEqualTo(signedIn);
      clock.advance(Duration.ofSeconds(31));
      assertThat(laptop.get("/v1/pull?since=0").status()).isEqualTo(200);
      assertThat(instant(centre, "last_used_at")).isEqualTo(clock.instant());
      assertThat(instant(centre, "expires_at")).isEqualTo(clock.instant().plus(Duration.ofDays(14)));

      // Each use moves the idle limit, but not past 30 days after sign-in.
      clock.advance(Duration.ofDays(13));
      assertThat(laptop.get("/v1/pull?since=0").status()).isEqualTo(200);
      clock.advance(Duration.ofDays(13));
      assertThat(laptop.get("/v1/pull?since=0").status()).isEqualTo(200);
      assertThat(instant(centre, "expires_at")).isEqualTo(signedIn.plus(Duration.ofDays(30)));
      clock.advance(Duration.ofDays(4));
      CentreTestClient.Answer late = laptop.get("/v1/pull?since=0");
      assertThat(late.status()).isEqualTo(401);
      assertThat(late.error()).isEqualTo("sync.centre.sessionExpired");
      assertThat(late.json().path("message").asText()).contains("重新");

      // Fourteen days without use end a session too.
      laptop.login("device-a", deviceToken, "li", PASSWORD);
      clock.advance(Duration.ofDays(14).minusSeconds(1));
      assertThat(laptop.get("/v1/pull?since=0").status()).isEqualTo(200);
      clock.advance(Duration.ofDays(14));
      assertThat(laptop.get("/v1/pull?since=0").error()).isEqualTo("sync.centre.sessionExpired");

      // A session left to expire unused is deleted at the next sign-in.
      String unused = laptop.login("device-a", deviceToken, "li", PASSWORD).token();
      clock.advance(Duration.ofDays(15));
      laptop.login("device-a", deviceToken, "li", PASSWORD);
      assertThat(count(centre, "SELECT COUNT(*) FROM centre_session")).isEqualTo(1);
      assertThat(column(centre, "token_hash")).isNotEqualTo(CentreSessions.hash(unused));
    } finally {
      centre.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void revokingTheDeviceEnrollingItAgainOrDisablingTheUserEndsItsSessions(Backend backend) {
    try (Centre centre = open(backend).start("127.0.0.1", 0)) {
      centre.admin().addRegion("test", "650102", "天山区");
      centre.admin().addUser("test", "li", "李评估", "ASSESSOR", "650102", PASSWORD.toCharArray());
      centre.admin().addUser("test", "wang", "王评估", "ASSESSOR", "650102", PASSWORD.toCharArray());

      CentreTestClient a = new CentreTestClient(centre);
      String tokenA = a.enrol(code(centre), "device-a");
      a.login("device-a", tokenA, "li", PASSWORD);
      CentreTestClient b = new CentreTestClient(centre);
      String tokenB = b.enrol(code(centre), "device-b");
      b.login("device-b", tokenB, "wang", PASSWORD);
      CentreTestClient c = new CentreTestClient(centre);
      c.login("device-b", tokenB, "li", PASSWORD);
      assertThat(count(centre, "SELECT COUNT(*) FROM centre_session")).isEqualTo(3);

      centre.admin().revoke("test", "device-a");
      assertThat(count(centre, "SELECT COUNT(*) FROM centre_session WHERE device_id = 'device-a'")).isZero();
      // Its token is gone (401); signing in again says why.
      assertThat(a.get("/v1/pull?since=0").error()).isEqualTo("sync.centre.sessionExpired");
      assertThatThrownBy(() -> a.login("device-a", tokenA, "li", PASSWORD))
          .hasMessageContaining("403 sync.centre.deviceRevoked");

      // Enrolling device-b again (a new device token) ends what was signed in with the old one.
      String newToken = b.enrol(code(centre), "device-b");
      assertThat(b.get("/v1/pull?since=0").error()).isEqualTo("sync.centre.sessionExpired");
      assertThat(c.get("/v1/pull?since=0").error()).isEqualTo("sync.centre.sessionExpired");
      b.login("device-b", newToken, "wang", PASSWORD);
      c.login("device-b", newToken, "li", PASSWORD);
      assertThat(b.get("/v1/pull?since=0").status()).isEqualTo(200);

      centre.admin().disableUser("test", "wang");
      assertThat(count(centre, "SELECT COUNT(*) FROM centre_session WHERE username = 'wang'")).isZero();
      assertThat(b.get("/v1/pull?since=0").status()).isEqualTo(401);
      assertThat(c.get("/v1/pull?since=0").status()).isEqualTo(200); // li on the same device is not affected

      // A new password (or role, or region) for li ends li's sessions.
      centre.admin().addUser("test", "li", "李评估", "ASSESSOR", "650102", "Another2026b".toCharArray());
      assertThat(c.get("/v1/pull?since=0").error()).isEqualTo("sync.centre.sessionExpired");
    }
  }

  private static String code(Centre centre) {
    return centre.admin().newEnrolmentCode("test", "650102", Duration.ofHours(1));
  }

  private static String column(Centre centre, String column) {
    return centre.store().tx(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM centre_session");
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    });
  }

  private static Instant instant(Centre centre, String column) {
    return centre.store().tx(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM centre_session");
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        Instant t = CentreStore.instant(rs, column);
        assertThat(rs.next()).as("one session").isFalse();
        return t;
      }
    });
  }

  private static long count(Centre centre, String sql) {
    return centre.store().tx(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}

package org.yiping.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {
  static Session assessor(String certificate, LocalDate expiry) {
    return new Session(UUID.randomUUID(), "li", "李评估", Role.ASSESSOR, certificate, expiry, "device");
  }

  @Test
  void aCertificateIsValidUpToAndIncludingItsExpiryDay() {
    LocalDate expiry = LocalDate.of(2027, 6, 30);
    Session s = assessor("XJ-PG-0001", expiry);
    assertThat(s.certificateValidOn(expiry.minusDays(1))).isTrue();
    assertThat(s.certificateValidOn(expiry)).isTrue();
    assertThat(s.certificateValidOn(expiry.plusDays(1))).isFalse();
  }

  @Test
  void noNumberOrNoExpiryMeansNoValidCertificate() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    assertThat(assessor(null, today.plusYears(1)).certificateValidOn(today)).isFalse();
    assertThat(assessor("XJ-PG-0001", null).certificateValidOn(today)).isFalse();
  }
}

package org.yiping.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person who signs in on this device. Passwords are not stored here: see {@link KeyRing}. */
@Entity
@Table(name = "app_user")
public class AppUser {
  @Id
  private UUID id;

  @Version
  private long version;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(name = "certificate_number", length = 64)
  private String certificateNumber;

  @Column(name = "certificate_expiry")
  private LocalDate certificateExpiry;

  @Column(name = "township_code", length = 12, columnDefinition = "char(12)")
  private String townshipCode;

  @Column(nullable = false)
  private boolean disabled;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AppUser() {}

  AppUser(UUID id, NewUser spec, Instant createdAt, boolean mustChangePassword) {
    this.id = id;
    this.username = spec.username();
    this.displayName = spec.displayName();
    this.role = spec.role();
    this.certificateNumber = spec.certificateNumber();
    this.certificateExpiry = spec.certificateExpiry();
    this.townshipCode = spec.townshipCode();
    this.createdAt = createdAt;
    this.mustChangePassword = mustChangePassword;
  }

  UserRecord toRecord() {
    return new UserRecord(id, username, displayName, role, certificateNumber, certificateExpiry, townshipCode,
        disabled, mustChangePassword, createdAt);
  }

  String username() {
    return username;
  }

  boolean disabled() {
    return disabled;
  }

  void setDisabled(boolean disabled) {
    this.disabled = disabled;
  }

  void setMustChangePassword(boolean value) {
    this.mustChangePassword = value;
  }

  void update(String displayName, String certificateNumber, LocalDate certificateExpiry, String townshipCode) {
    this.displayName = displayName;
    this.certificateNumber = certificateNumber;
    this.certificateExpiry = certificateExpiry;
    this.townshipCode = townshipCode;
  }
}

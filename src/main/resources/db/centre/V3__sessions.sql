-- Sign-in sessions, kept so that a centre restart does not sign every laptop out (ADR 0017). Only the SHA-256 of
-- the session token is stored. expires_at is the effective end: 14 days after last use, never beyond 30 days after
-- sign-in; it moves forward when last_used_at is written (at most once a minute per session).
CREATE TABLE centre_session (
  token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
  device_id    VARCHAR(64)  NOT NULL,
  username     VARCHAR(64)  NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  region_code  VARCHAR(12)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_centre_session_expires ON centre_session (expires_at);
CREATE INDEX ix_centre_session_device ON centre_session (device_id);
CREATE INDEX ix_centre_session_user ON centre_session (username);

-- The regional centre's store (issue 7). Plain SQL that H2 and PostgreSQL both run unchanged.

CREATE TABLE centre_region (
  code        VARCHAR(12)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL
);

CREATE TABLE centre_user (
  username      VARCHAR(64)  NOT NULL PRIMARY KEY,
  display_name  VARCHAR(100) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  region_code   VARCHAR(12)  NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  active        BOOLEAN      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One-time enrolment codes: only their hash is kept.
CREATE TABLE centre_enrolment_code (
  code_hash   CHAR(64)     NOT NULL PRIMARY KEY,
  region_code VARCHAR(12)  NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE,
  device_id   VARCHAR(64)
);

CREATE TABLE centre_device (
  device_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  name           VARCHAR(100) NOT NULL,
  region_code    VARCHAR(12)  NOT NULL,
  token_hash     CHAR(64)     NOT NULL,
  public_key     VARCHAR(1000) NOT NULL,
  enrolled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at     TIMESTAMP WITH TIME ZONE,
  last_sync_at   TIMESTAMP WITH TIME ZONE,
  last_user      VARCHAR(64),
  last_cursor    BIGINT       NOT NULL,
  outbox_pending BIGINT       NOT NULL
);

-- Every record the centre holds, at its current revision. seq orders changes for pull cursors.
CREATE TABLE centre_record (
  record_id    VARCHAR(36)  NOT NULL PRIMARY KEY,
  record_type  VARCHAR(40)  NOT NULL,
  region_code  VARCHAR(12)  NOT NULL,
  county_code  CHAR(6)      NOT NULL,
  centre_rev   BIGINT       NOT NULL,
  seq          BIGINT       NOT NULL,
  content_hash CHAR(64)     NOT NULL,
  deleted      BOOLEAN      NOT NULL,
  body         TEXT         NOT NULL,
  natural_key  VARCHAR(64),
  device_id    VARCHAR(64)  NOT NULL,
  updated_by   VARCHAR(64)  NOT NULL
);
-- An elder's ID number is a second identity: the same person registered on two laptops is a conflict.
CREATE INDEX ix_centre_record_natural ON centre_record (record_type, natural_key);
CREATE UNIQUE INDEX ux_centre_record_seq ON centre_record (seq);
-- A county's pull reads its own changes in order, whatever the other counties hold.
CREATE INDEX ix_centre_record_county ON centre_record (county_code, seq);

-- Every version the centre ever accepted: the base of three-way merges and the record-id + hash idempotency key.
CREATE TABLE centre_record_version (
  record_id    VARCHAR(36)  NOT NULL,
  centre_rev   BIGINT       NOT NULL,
  content_hash CHAR(64)     NOT NULL,
  body         TEXT         NOT NULL,
  batch_id     VARCHAR(64)  NOT NULL,
  device_id    VARCHAR(64)  NOT NULL,
  username     VARCHAR(64)  NOT NULL,
  accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (record_id, centre_rev)
);
CREATE INDEX ix_centre_version_hash ON centre_record_version (record_id, content_hash);

-- Every batch answered, with its answer: the same batch again gets the same answer and changes nothing.
CREATE TABLE centre_batch (
  batch_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
  device_id   VARCHAR(64)  NOT NULL,
  username    VARCHAR(64)  NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  via         VARCHAR(16)  NOT NULL,
  items       INT          NOT NULL,
  response    TEXT         NOT NULL
);

-- One row whose update serialises writers, so pull cursors never skip a change committed late.
CREATE TABLE centre_counter (
  name  VARCHAR(32) NOT NULL PRIMARY KEY,
  counter_value BIGINT NOT NULL
);
INSERT INTO centre_counter (name, counter_value) VALUES ('change_seq', 0);

CREATE TABLE centre_form (
  form_id      VARCHAR(64)  NOT NULL,
  version      VARCHAR(32)  NOT NULL,
  content_hash VARCHAR(80)  NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (form_id, version)
);

CREATE TABLE centre_audit (
  id         VARCHAR(36)  NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor      VARCHAR(64)  NOT NULL,
  action     VARCHAR(40)  NOT NULL,
  target     VARCHAR(100),
  detail     VARCHAR(1000)
);
CREATE INDEX ix_centre_audit_at ON centre_audit (occurred_at);

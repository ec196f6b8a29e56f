-- Yiping local store, version 1. Flyway owns the schema; Hibernate only validates it.

CREATE TABLE setting (
  name  VARCHAR(64)   NOT NULL PRIMARY KEY,
  setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE app_user (
  id                   UUID         NOT NULL PRIMARY KEY,
  version              BIGINT       NOT NULL,
  username             VARCHAR(64)  NOT NULL,
  display_name         VARCHAR(100) NOT NULL,
  role                 VARCHAR(16)  NOT NULL,
  certificate_number   VARCHAR(64),
  certificate_expiry   DATE,
  township_code        CHAR(12),
  disabled             BOOLEAN      NOT NULL,
  must_change_password BOOLEAN      NOT NULL,
  created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_app_user_username UNIQUE (username)
);

-- Hash-chained audit log: hash = SHA-256(prev_hash | seq | occurred_at | username | action | target | detail).
CREATE TABLE audit_log (
  seq         BIGINT        NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  username    VARCHAR(64)   NOT NULL,
  action      VARCHAR(40)   NOT NULL,
  target_type VARCHAR(40),
  target_id   VARCHAR(64),
  detail      VARCHAR(1000),
  prev_hash   CHAR(64)      NOT NULL,
  hash        CHAR(64)      NOT NULL
);

-- The chain's head, written in the same transaction as each entry: deleting entries from the end is detected too.
CREATE TABLE audit_head (
  id   INT      NOT NULL PRIMARY KEY,
  seq  BIGINT   NOT NULL,
  hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Transactional outbox (see shared/design/sync.md): one row per change of a synced record, same transaction.
CREATE SEQUENCE outbox_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outbox (
  seq         BIGINT      NOT NULL PRIMARY KEY,
  record_type VARCHAR(40) NOT NULL,
  record_id   UUID        NOT NULL,
  rev         BIGINT      NOT NULL,
  op          VARCHAR(10) NOT NULL,
  state       VARCHAR(16) NOT NULL,
  created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  attempts    INT         NOT NULL,
  last_error  VARCHAR(500)
);
CREATE INDEX ix_outbox_state ON outbox (state, seq);
CREATE INDEX ix_outbox_record ON outbox (record_id);

-- 一人一档: one file per person, keyed by the citizen ID number.
CREATE TABLE elder (
  id                  UUID          NOT NULL PRIMARY KEY,
  rev                 BIGINT        NOT NULL,
  base_rev            BIGINT,
  updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by          VARCHAR(64)   NOT NULL,
  device_id           VARCHAR(64)   NOT NULL,
  deleted             BOOLEAN       NOT NULL,
  created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  name                VARCHAR(100)  NOT NULL,
  id_number           CHAR(18)      NOT NULL,
  birth_date          DATE          NOT NULL,
  sex                 VARCHAR(8)    NOT NULL,
  ethnicity           VARCHAR(32),
  religion            VARCHAR(8),
  phone               VARCHAR(32),
  address             VARCHAR(300),
  township_code       CHAR(12),
  village_code        CHAR(12),
  living_arrangements VARCHAR(300)  NOT NULL,
  marital_status      VARCHAR(32),
  education           VARCHAR(32),
  medical_payments    VARCHAR(300)  NOT NULL,
  income_sources      VARCHAR(300)  NOT NULL,
  economic_status     VARCHAR(32),
  hardship_flags      VARCHAR(300)  NOT NULL,
  contacts            CLOB          NOT NULL,
  notes               VARCHAR(2000),
  CONSTRAINT uq_elder_id_number UNIQUE (id_number)
);
CREATE INDEX ix_elder_township ON elder (township_code);

-- Home adaptation evidence (issue 6): before and after photos per checklist item, and the signatures given at
-- acceptance (验收), kept like an assessment's (ADR 0011): photos inside the encrypted store, signatures as strokes.
CREATE TABLE adaptation_photo (
  id              UUID          NOT NULL PRIMARY KEY,
  rev             BIGINT        NOT NULL,
  base_rev        BIGINT,
  updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  device_id       VARCHAR(64)   NOT NULL,
  deleted         BOOLEAN       NOT NULL,
  case_id         UUID          NOT NULL,
  item_code       VARCHAR(16)   NOT NULL,
  phase           VARCHAR(8)    NOT NULL,
  width           INT           NOT NULL,
  height          INT           NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  image           BLOB          NOT NULL,
  thumbnail       BLOB          NOT NULL,
  added_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_adaptation_photo ON adaptation_photo (case_id, item_code);

CREATE TABLE adaptation_signature (
  id              UUID          NOT NULL PRIMARY KEY,
  rev             BIGINT        NOT NULL,
  base_rev        BIGINT,
  updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  device_id       VARCHAR(64)   NOT NULL,
  deleted         BOOLEAN       NOT NULL,
  case_id         UUID          NOT NULL,
  signer_role     VARCHAR(16)   NOT NULL,
  signer_name     VARCHAR(100)  NOT NULL,
  pad_width       DOUBLE PRECISION NOT NULL,
  pad_height      DOUBLE PRECISION NOT NULL,
  strokes         CLOB          NOT NULL,
  signed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_adaptation_signature ON adaptation_signature (case_id);

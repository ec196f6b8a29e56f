-- Evidence of a home visit (issue 4): photos shrunk and kept inside the encrypted store (never as loose files),
-- signatures drawn on screen kept as vector strokes, results from other offices (a disability certificate, an LTC
-- grade from the insurance office) entered from the document, and the visits an assessor plans.
CREATE TABLE assessment_photo (
  id              UUID          NOT NULL PRIMARY KEY,
  rev             BIGINT        NOT NULL,
  base_rev        BIGINT,
  updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  device_id       VARCHAR(64)   NOT NULL,
  deleted         BOOLEAN       NOT NULL,
  assessment_id   UUID          NOT NULL,
  caption         VARCHAR(200),
  content_type    VARCHAR(32)   NOT NULL,
  width           INT           NOT NULL,
  height          INT           NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  image           BLOB          NOT NULL,
  thumbnail       BLOB          NOT NULL,
  added_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_assessment_photo ON assessment_photo (assessment_id);

CREATE TABLE assessment_signature (
  id              UUID          NOT NULL PRIMARY KEY,
  rev             BIGINT        NOT NULL,
  base_rev        BIGINT,
  updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  device_id       VARCHAR(64)   NOT NULL,
  deleted         BOOLEAN       NOT NULL,
  assessment_id   UUID          NOT NULL,
  signer_role     VARCHAR(16)   NOT NULL,
  signer_name     VARCHAR(100)  NOT NULL,
  pad_width       DOUBLE PRECISION NOT NULL,
  pad_height      DOUBLE PRECISION NOT NULL,
  strokes         CLOB          NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  signed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_assessment_signature ON assessment_signature (assessment_id, signer_role);

CREATE TABLE external_result (
  id              UUID          NOT NULL PRIMARY KEY,
  rev             BIGINT        NOT NULL,
  base_rev        BIGINT,
  updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  device_id       VARCHAR(64)   NOT NULL,
  deleted         BOOLEAN       NOT NULL,
  elder_id        UUID          NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  category        VARCHAR(32),
  grade           INT           NOT NULL,
  issuer          VARCHAR(200)  NOT NULL,
  document_number VARCHAR(64),
  issued_on       DATE          NOT NULL,
  valid_until     DATE,
  note            VARCHAR(500)
);
CREATE INDEX ix_external_result_elder ON external_result (elder_id);

CREATE TABLE planned_visit (
  id              UUID          NOT NULL PRIMARY KEY,
  rev             BIGINT        NOT NULL,
  base_rev        BIGINT,
  updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  device_id       VARCHAR(64)   NOT NULL,
  deleted         BOOLEAN       NOT NULL,
  elder_id        UUID          NOT NULL,
  assessor        VARCHAR(64)   NOT NULL,
  planned_on      DATE          NOT NULL,
  reason          VARCHAR(32)   NOT NULL,
  note            VARCHAR(300),
  visit_id        UUID
);
CREATE INDEX ix_planned_visit ON planned_visit (assessor, planned_on);

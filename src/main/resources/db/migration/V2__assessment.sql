-- Assessments (issue 4): a draft saved answer by answer, then finalized (locked and hashed), reviewed, and corrected
-- only by a new version that supersedes the old one.
CREATE TABLE assessment (
  id                 UUID          NOT NULL PRIMARY KEY,
  rev                BIGINT        NOT NULL,
  base_rev           BIGINT,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  device_id          VARCHAR(64)   NOT NULL,
  deleted            BOOLEAN       NOT NULL,
  elder_id           UUID          NOT NULL,
  form_id            VARCHAR(64)   NOT NULL,
  form_version       VARCHAR(32)   NOT NULL,
  form_hash          VARCHAR(80)   NOT NULL,
  reason             VARCHAR(32)   NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  answers            CLOB          NOT NULL,
  current_item       VARCHAR(32),
  assessor           VARCHAR(64)   NOT NULL,
  certificate_number VARCHAR(64),
  second_assessor    VARCHAR(100),
  visit_place        VARCHAR(300),
  started_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  finalized_at       TIMESTAMP(6) WITH TIME ZONE,
  content_hash       CHAR(64),
  total_score        INT,
  final_level        INT,
  supersedes_id      UUID,
  correction_reason  VARCHAR(500),
  review_comment     VARCHAR(1000),
  reviewed_by        VARCHAR(64),
  reviewed_at        TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_assessment_elder ON assessment (elder_id, started_at);
CREATE INDEX ix_assessment_status ON assessment (status, assessor);

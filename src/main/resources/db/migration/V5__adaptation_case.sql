-- Home adaptation (适老化改造, issue 6): one case per household, moved through 申请 → 入户评估 → 改造方案 → 施工 →
-- 验收 → 补贴结算 → 归档 (or 终止), with every step kept. The plan is the 30-item checklist of assessment-forms
-- with quantity, unit cost and who pays; money in fen (1/100 yuan) so sums are exact.
CREATE TABLE adaptation_case (
  id                 UUID          NOT NULL PRIMARY KEY,
  rev                BIGINT        NOT NULL,
  base_rev           BIGINT,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  device_id          VARCHAR(64)   NOT NULL,
  deleted            BOOLEAN       NOT NULL,
  elder_id           UUID          NOT NULL,
  township_code      CHAR(12),
  target_year        INT           NOT NULL,
  state              VARCHAR(24)   NOT NULL,
  eligible           BOOLEAN       NOT NULL,
  eligibility_basis  VARCHAR(300)  NOT NULL,
  override_reason    VARCHAR(500),
  form_version       VARCHAR(32)   NOT NULL,
  plan               CLOB          NOT NULL,
  subsidy_total_fen  BIGINT        NOT NULL,
  family_total_fen   BIGINT        NOT NULL,
  applied_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  closed_reason      VARCHAR(500)
);
CREATE INDEX ix_adaptation_case_elder ON adaptation_case (elder_id);
CREATE INDEX ix_adaptation_case_state ON adaptation_case (township_code, state, target_year);

CREATE TABLE adaptation_step (
  id                 UUID          NOT NULL PRIMARY KEY,
  rev                BIGINT        NOT NULL,
  base_rev           BIGINT,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  device_id          VARCHAR(64)   NOT NULL,
  deleted            BOOLEAN       NOT NULL,
  case_id            UUID          NOT NULL,
  from_state         VARCHAR(24),
  to_state           VARCHAR(24)   NOT NULL,
  step_action        VARCHAR(16)   NOT NULL,
  note               VARCHAR(500),
  done_by            VARCHAR(64)   NOT NULL,
  done_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_adaptation_step_case ON adaptation_step (case_id, done_at);

-- Family elder-care beds (家庭养老床位) and monthly care visits (探访关爱), issue 6.
CREATE TABLE family_bed (
  id                 UUID          NOT NULL PRIMARY KEY,
  rev                BIGINT        NOT NULL,
  base_rev           BIGINT,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  device_id          VARCHAR(64)   NOT NULL,
  deleted            BOOLEAN       NOT NULL,
  elder_id           UUID          NOT NULL,
  township_code      CHAR(12),
  bed_code           VARCHAR(40)   NOT NULL,
  provider           VARCHAR(200)  NOT NULL,
  agreement_from     DATE          NOT NULL,
  agreement_to       DATE          NOT NULL,
  adaptation_case_id UUID,
  devices            CLOB          NOT NULL,
  eligible           BOOLEAN       NOT NULL,
  eligibility_basis  VARCHAR(300)  NOT NULL,
  override_reason    VARCHAR(500),
  opened_on          DATE          NOT NULL,
  closed_on          DATE,
  close_reason       VARCHAR(24),
  close_note         VARCHAR(500)
);
CREATE UNIQUE INDEX ux_family_bed_code ON family_bed (bed_code);
CREATE INDEX ix_family_bed_elder ON family_bed (elder_id);
CREATE INDEX ix_family_bed_township ON family_bed (township_code, closed_on);

CREATE TABLE bed_event (
  id                 UUID          NOT NULL PRIMARY KEY,
  rev                BIGINT        NOT NULL,
  base_rev           BIGINT,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  device_id          VARCHAR(64)   NOT NULL,
  deleted            BOOLEAN       NOT NULL,
  bed_id             UUID          NOT NULL,
  kind               VARCHAR(16)   NOT NULL,
  happened_on        DATE          NOT NULL,
  staff              VARCHAR(100),
  services           VARCHAR(200),
  minutes            INT,
  device_serial      VARCHAR(64),
  referral_to        VARCHAR(24),
  referral_status    VARCHAR(16),
  note               VARCHAR(500)
);
CREATE INDEX ix_bed_event ON bed_event (bed_id, happened_on);

CREATE TABLE care_visit (
  id                 UUID          NOT NULL PRIMARY KEY,
  rev                BIGINT        NOT NULL,
  base_rev           BIGINT,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  device_id          VARCHAR(64)   NOT NULL,
  deleted            BOOLEAN       NOT NULL,
  elder_id           UUID          NOT NULL,
  visit_month        CHAR(7)       NOT NULL,
  visitor            VARCHAR(64)   NOT NULL,
  visited_on         DATE          NOT NULL,
  found_well         BOOLEAN       NOT NULL,
  needs              VARCHAR(200),
  follow_up          VARCHAR(500)
);
CREATE INDEX ix_care_visit_month ON care_visit (visit_month, elder_id);

CREATE TABLE care_assignment (
  id                 UUID          NOT NULL PRIMARY KEY,
  rev                BIGINT        NOT NULL,
  base_rev           BIGINT,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  device_id          VARCHAR(64)   NOT NULL,
  deleted            BOOLEAN       NOT NULL,
  elder_id           UUID          NOT NULL,
  visitor            VARCHAR(64)   NOT NULL
);
CREATE UNIQUE INDEX ux_care_assignment_elder ON care_assignment (elder_id);

-- Sync with the regional centre (issue 7), the laptop's side.

-- The batch an outbox row went out in (null while it waits).
ALTER TABLE outbox ADD COLUMN batch_id VARCHAR(64);
CREATE INDEX ix_outbox_batch ON outbox (batch_id);

-- A batch sent (or written to a file) and not yet answered: sent again byte for byte until it is, so the centre
-- recognises it by its id. Holds copies of records: it lives inside the encrypted store like them.
CREATE TABLE sync_pending_batch (
  batch_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
  created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  via         VARCHAR(16)  NOT NULL,
  payload     CLOB         NOT NULL
);

-- The conflict queue: both versions kept until a person decides; the decision is kept too (and audited).
CREATE TABLE sync_conflict (
  id           UUID          NOT NULL PRIMARY KEY,
  record_type  VARCHAR(40)   NOT NULL,
  record_id    UUID          NOT NULL,
  detected_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  centre_rev   BIGINT,
  fields       VARCHAR(2000) NOT NULL,
  reason       VARCHAR(500),
  local_body   CLOB          NOT NULL,
  centre_body  CLOB          NOT NULL,
  merged_body  CLOB,
  resolved_at  TIMESTAMP(6) WITH TIME ZONE,
  resolved_by  VARCHAR(64),
  resolution   CLOB
);
CREATE INDEX ix_sync_conflict_record ON sync_conflict (record_id, resolved_at);

-- What each sync did: for the sync screen's history.
CREATE TABLE sync_log (
  id          UUID          NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  username    VARCHAR(64)   NOT NULL,
  via         VARCHAR(16)   NOT NULL,
  sent        INT           NOT NULL,
  accepted    INT           NOT NULL,
  duplicates  INT           NOT NULL,
  conflicts   INT           NOT NULL,
  rejected    INT           NOT NULL,
  received    INT           NOT NULL,
  outcome     VARCHAR(500)
);

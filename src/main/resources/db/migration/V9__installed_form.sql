-- Form versions published by the regional centre and installed by sync (issue 7). Kept in the store so they are
-- there after a restart; a version is never changed or removed, so a draft keeps the version it was started on.
CREATE TABLE installed_form (
  form_id      VARCHAR(64)  NOT NULL,
  version      VARCHAR(32)  NOT NULL,
  content_hash VARCHAR(80)  NOT NULL,
  definition   CLOB         NOT NULL,
  installed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  installed_by VARCHAR(64)  NOT NULL,
  PRIMARY KEY (form_id, version)
);

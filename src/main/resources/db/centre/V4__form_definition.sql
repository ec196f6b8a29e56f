-- The canonical JSON of each published form version, so laptops can download and install it (GET /v1/forms/...).
-- Rows published before this migration have none until the same version is published again.
ALTER TABLE centre_form ADD COLUMN definition TEXT;

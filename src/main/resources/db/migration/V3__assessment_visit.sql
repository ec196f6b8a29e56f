-- One home visit can produce several assessments (GB/T 42195 and LTC 2021): they share a visit id, so the items
-- both forms ask can be pre-filled from one to the other for the assessor to confirm.
ALTER TABLE assessment ADD COLUMN visit_id UUID;
UPDATE assessment SET visit_id = id WHERE visit_id IS NULL;
ALTER TABLE assessment ALTER COLUMN visit_id SET NOT NULL;
CREATE INDEX ix_assessment_visit ON assessment (visit_id);

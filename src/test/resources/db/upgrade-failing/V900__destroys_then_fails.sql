-- A broken migration of a "next version" (UpgradeTest): it deletes data and drops a column, which H2 commits at once
-- (DDL commits), and then fails. Only the backup taken before it can bring the data back.
DELETE FROM outbox;
ALTER TABLE elder DROP COLUMN notes;
UPDATE elder SET name = 'overwritten';
SELECT no_such_column FROM elder;

-- Stands in for a migration of the next app version (UpgradeTest, installer/test-upgrade.sh): a new column on a table
-- full of data, filled for the rows already there, and a new table.
ALTER TABLE elder ADD COLUMN upgrade_note VARCHAR(50) DEFAULT 'migrated' NOT NULL;
CREATE TABLE upgrade_test_log (id INT NOT NULL PRIMARY KEY, note VARCHAR(50));
INSERT INTO upgrade_test_log (id, note) VALUES (1, 'V900 ran');

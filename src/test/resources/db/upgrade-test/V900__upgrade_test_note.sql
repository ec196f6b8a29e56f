-- Stands in for a migration of a newer app version (DatabaseTest): adds a table the entities do not use.
CREATE TABLE upgrade_test_note (id INT NOT NULL PRIMARY KEY, note VARCHAR(50));

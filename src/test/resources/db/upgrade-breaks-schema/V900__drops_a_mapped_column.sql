-- A migration that runs but leaves a schema the entities cannot use (UpgradeTest): Hibernate's validation fails after
-- it, and the upgrade is undone.
ALTER TABLE elder DROP COLUMN notes;

-- Sign-in hardening: a per-account session stamp (a page session ends when it changes), a forced
-- password change for passwords set by someone else, and a mark on demo accounts (password "demo")
-- so that --demo never adds them to a database that has real accounts.
ALTER TABLE portal_user ADD COLUMN session_stamp BIGINT NOT NULL DEFAULT 0;
ALTER TABLE portal_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE portal_user ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
-- the six demo accounts as the demo seeding creates them (a real first administrator is named
-- "Administrator", not "Alex Admin")
UPDATE portal_user SET demo = TRUE
 WHERE (username = 'admin' AND display_name = 'Alex Admin')
    OR (username = 'staff' AND display_name = 'Sam Staff')
    OR (username = 'officer' AND display_name = 'Olu Officer')
    OR (username = 'coordinator' AND display_name = 'Chris Coordinator')
    OR (username = 'coach' AND display_name = 'Kim Coach')
    OR (username = 'evaluator' AND display_name = 'Eve Evaluator');

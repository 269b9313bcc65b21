-- A withdrawal's coded reason, which the evaluator sees (the free text stays with the coordinator);
-- withdrawals recorded before the list existed are NOT_CODED.
ALTER TABLE housing_participant ADD COLUMN withdrawal_code VARCHAR(30);
UPDATE housing_participant SET withdrawal_code = 'NOT_CODED' WHERE withdrawn_on IS NOT NULL;
-- Set at enrolment when a tenant of the same scheme withdrew in the days before: a possible
-- re-enrolment of a withdrawn tenant under a new reference, flagged for the evaluator.
ALTER TABLE housing_participant ADD COLUMN possible_reenrolment BOOLEAN DEFAULT FALSE NOT NULL;

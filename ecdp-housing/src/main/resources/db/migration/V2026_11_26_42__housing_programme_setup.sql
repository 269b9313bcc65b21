-- Programme set-up: the eligibility checklist (one criterion a line), an optional baseline band
-- (cut points on the baseline score of one instrument) that may be a stratification factor, the
-- band each participant fell in at enrolment, and coaches' lived experience.
ALTER TABLE housing_programme ADD COLUMN eligibility_criteria VARCHAR(4000);
ALTER TABLE housing_programme ADD COLUMN band_instrument VARCHAR(40);
ALTER TABLE housing_programme ADD COLUMN band_cuts VARCHAR(200);
ALTER TABLE housing_participant ADD COLUMN baseline_band VARCHAR(10);
ALTER TABLE housing_coach ADD COLUMN lived_experience VARCHAR(500);

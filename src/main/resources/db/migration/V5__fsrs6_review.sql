-- FSRS-6 review (issue #19): a card now has the reference's learning state and step, and each learner chooses a
-- retention and has a time zone their days are counted in.
--
-- Cards scheduled before keep their stability, difficulty, reps, lapses, last review and due date: FSRS-4.5 and
-- FSRS-6 measure both in the same units (days; 1 to 10). They had no learning steps, so they are review cards,
-- except those the old scheduler made due at the moment they were failed (due = last review): those are what
-- FSRS-6 calls relearning, at its first step.
ALTER TABLE review_card ADD COLUMN state VARCHAR(10) DEFAULT 'REVIEW' NOT NULL;
ALTER TABLE review_card ADD COLUMN step INT;
UPDATE review_card SET state = 'RELEARNING', step = 0 WHERE last_review IS NOT NULL AND due <= last_review;

CREATE TABLE review_settings (
    learner_id        BIGINT PRIMARY KEY REFERENCES learner (id),
    desired_retention DOUBLE PRECISION NOT NULL,
    time_zone         VARCHAR(64) NOT NULL
);
CREATE INDEX review_card_due ON review_card (learner_id, due);

-- The session's door: an instructor can lock a session to new participants and cap how many may join. Both are
-- stored so a restart keeps them.
ALTER TABLE workshop_session ADD COLUMN join_locked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE workshop_session ADD COLUMN participant_cap INT;

-- Nicknames in every script: 20 characters as a reader counts them (Devanagari or Arabic with vowel marks take
-- several code units each), and the key is Unicode's confusable skeleton, which can be longer than the name.
ALTER TABLE participant ALTER COLUMN nickname SET DATA TYPE VARCHAR(80);
ALTER TABLE participant ALTER COLUMN nickname_key SET DATA TYPE VARCHAR(240);

-- Interface languages (issue 16). A learner's chosen language comes back when they sign in from another browser;
-- null: not chosen, the browser's language applies. A workshop session's fixed language, when the presenter sets
-- one, is shown on every phone; null: each phone keeps its own. Language tags (en, it, es), not display names.
ALTER TABLE learner ADD COLUMN language VARCHAR(16);
ALTER TABLE workshop_session ADD COLUMN fixed_language VARCHAR(16);

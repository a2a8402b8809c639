-- Schema 4: PHQ-9 question 9 answered above 0 is stored the moment it is answered, before the form is
-- finished, so a stopped or interrupted questionnaire still raises its needs-attention flag.
-- response_id links it to the finished questionnaire, which then speaks for it.
CREATE TABLE phq9_item9_answers (
    id          INTEGER PRIMARY KEY,
    answered_at TEXT NOT NULL,
    value       INTEGER NOT NULL CHECK (value BETWEEN 1 AND 3),
    response_id INTEGER REFERENCES questionnaire_responses (id)
) STRICT;

CREATE INDEX phq9_item9_answers_unfinished ON phq9_item9_answers (answered_at) WHERE response_id IS NULL;

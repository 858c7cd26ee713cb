-- Schema 9: live interaction (DESIGN.md "Live interaction"). Surveys gain pacing (mode, the presenter's
-- current question, when it opened, whether its answer is revealed); events gain their interaction settings
-- (JSON). One response per respondent now holds per scope: '' for a whole survey, the question id in a
-- presenter-paced one. Quiz scores per player; an event's audience questions, their votes, its message wall
-- and its bans.
ALTER TABLE surveys ADD COLUMN mode TEXT NOT NULL DEFAULT 'self_paced';
ALTER TABLE surveys ADD COLUMN current_question_id TEXT;
ALTER TABLE surveys ADD COLUMN opened_at TEXT;
ALTER TABLE surveys ADD COLUMN answer_revealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN interaction TEXT;
CREATE TABLE survey_responses_scoped (
    id TEXT PRIMARY KEY,
    survey_id TEXT NOT NULL,
    respondent TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (survey_id, respondent, scope)
);
INSERT INTO survey_responses_scoped (id, survey_id, respondent, scope, answers, created_at)
    SELECT id, survey_id, respondent, '', answers, created_at FROM survey_responses;
DROP TABLE survey_responses;
ALTER TABLE survey_responses_scoped RENAME TO survey_responses;
CREATE INDEX survey_responses_time ON survey_responses(survey_id, created_at);
CREATE TABLE quiz_scores (
    survey_id TEXT NOT NULL,
    respondent TEXT NOT NULL,
    display_name TEXT NOT NULL,
    score INTEGER NOT NULL DEFAULT 0,
    correct_answers INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (survey_id, respondent)
);
CREATE INDEX quiz_scores_rank ON quiz_scores(survey_id, score);
CREATE TABLE qa_items (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    respondent TEXT NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    votes INTEGER NOT NULL DEFAULT 0,
    pinned INTEGER NOT NULL DEFAULT 0,
    filtered INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX qa_items_event ON qa_items(event_id, state);
CREATE INDEX qa_items_respondent ON qa_items(event_id, respondent, created_at);
CREATE TABLE qa_votes (
    qa_id TEXT NOT NULL,
    respondent TEXT NOT NULL,
    event_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (qa_id, respondent)
);
CREATE INDEX qa_votes_respondent ON qa_votes(event_id, respondent);
CREATE TABLE wall_messages (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    respondent TEXT NOT NULL,
    text TEXT NOT NULL,
    state TEXT NOT NULL,
    filtered INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX wall_messages_event ON wall_messages(event_id, state, created_at);
CREATE INDEX wall_messages_respondent ON wall_messages(event_id, respondent, created_at);
CREATE TABLE event_bans (
    event_id TEXT NOT NULL,
    respondent TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (event_id, respondent)
);

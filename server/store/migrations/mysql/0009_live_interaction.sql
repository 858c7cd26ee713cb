-- Schema 9: live interaction (DESIGN.md "Live interaction"). Surveys gain pacing (mode, the presenter's
-- current question, when it opened, whether its answer is revealed); events gain their interaction settings
-- (JSON). One response per respondent now holds per scope: '' for a whole survey, the question id in a
-- presenter-paced one. Quiz scores per player; an event's audience questions, their votes, its message wall
-- and its bans.
ALTER TABLE surveys ADD COLUMN mode VARCHAR(20) NOT NULL DEFAULT 'self_paced',
    ADD COLUMN current_question_id VARCHAR(64) NULL,
    ADD COLUMN opened_at VARCHAR(32) NULL,
    ADD COLUMN answer_revealed TINYINT NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN interaction TEXT NULL;
ALTER TABLE survey_responses ADD COLUMN scope VARCHAR(64) NOT NULL DEFAULT '',
    ADD UNIQUE INDEX survey_responses_scoped (survey_id, respondent, scope),
    DROP INDEX survey_responses_respondent;
CREATE TABLE quiz_scores (
    survey_id VARCHAR(36) NOT NULL,
    respondent VARCHAR(128) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    score BIGINT NOT NULL DEFAULT 0,
    correct_answers BIGINT NOT NULL DEFAULT 0,
    updated_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (survey_id, respondent),
    INDEX quiz_scores_rank (survey_id, score)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE qa_items (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    respondent VARCHAR(128) NOT NULL COLLATE utf8mb4_bin,
    text VARCHAR(1200) NOT NULL,
    name VARCHAR(200) NOT NULL DEFAULT '',
    state VARCHAR(16) NOT NULL,
    votes BIGINT NOT NULL DEFAULT 0,
    pinned TINYINT NOT NULL DEFAULT 0,
    filtered TINYINT NOT NULL DEFAULT 0,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    INDEX qa_items_event (event_id, state),
    INDEX qa_items_respondent (event_id, respondent, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE qa_votes (
    qa_id VARCHAR(36) NOT NULL,
    respondent VARCHAR(128) NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (qa_id, respondent),
    INDEX qa_votes_respondent (event_id, respondent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE wall_messages (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    respondent VARCHAR(128) NOT NULL COLLATE utf8mb4_bin,
    text VARCHAR(300) NOT NULL,
    state VARCHAR(16) NOT NULL,
    filtered TINYINT NOT NULL DEFAULT 0,
    created_at VARCHAR(32) NOT NULL,
    INDEX wall_messages_event (event_id, state, created_at),
    INDEX wall_messages_respondent (event_id, respondent, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE event_bans (
    event_id VARCHAR(36) NOT NULL,
    respondent VARCHAR(128) NOT NULL,
    reason VARCHAR(800) NOT NULL DEFAULT '',
    created_by VARCHAR(64) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (event_id, respondent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

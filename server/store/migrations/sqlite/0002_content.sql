-- NextEvent schema 2 (SQLite): media, articles with per-minute views, surveys with responses and running tallies.
CREATE TABLE media (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    ext TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    promotion_code TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL DEFAULT 0,
    published_at TEXT,
    view_count INTEGER NOT NULL DEFAULT 0,
    image_ids TEXT NOT NULL DEFAULT '[]',
    qr_code_url TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published, published_at);
CREATE TABLE article_views (
    article_id TEXT NOT NULL,
    minute TEXT NOT NULL,
    views INTEGER NOT NULL,
    PRIMARY KEY (article_id, minute)
);
CREATE TABLE surveys (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    event_id TEXT,
    is_active INTEGER NOT NULL DEFAULT 0,
    is_live INTEGER NOT NULL DEFAULT 0,
    results_visible INTEGER NOT NULL DEFAULT 0,
    start_time TEXT,
    end_time TEXT,
    questions TEXT NOT NULL DEFAULT '[]',
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX surveys_event ON surveys(event_id);
CREATE TABLE survey_responses (
    id TEXT PRIMARY KEY,
    survey_id TEXT NOT NULL,
    respondent TEXT NOT NULL,
    answers TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (survey_id, respondent)
);
CREATE INDEX survey_responses_time ON survey_responses(survey_id, created_at);
CREATE TABLE survey_tallies (
    survey_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    k TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (survey_id, question_id, k)
);

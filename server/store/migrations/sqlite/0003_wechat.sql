-- NextEvent schema 3 (SQLite): WeChat followers, interactions, webhook de-duplication, parameter QR codes, durable jobs.
CREATE TABLE wechat_users (
    openid TEXT PRIMARY KEY,
    unionid TEXT NOT NULL DEFAULT '',
    nickname TEXT NOT NULL DEFAULT '',
    avatar_url TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    subscribed INTEGER NOT NULL DEFAULT 0,
    subscribed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE interactions (
    id TEXT PRIMARY KEY,
    openid TEXT NOT NULL,
    kind TEXT NOT NULL,
    event_key TEXT NOT NULL DEFAULT '',
    event_id TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX interactions_time ON interactions(created_at);
CREATE INDEX interactions_event ON interactions(event_id, created_at);
CREATE INDEX interactions_openid ON interactions(openid, created_at);
CREATE TABLE wechat_dedup (
    dedup_key TEXT PRIMARY KEY,
    reply TEXT,
    expires_at TEXT NOT NULL
);
CREATE INDEX wechat_dedup_expiry ON wechat_dedup(expires_at);
CREATE TABLE qr_codes (
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    content TEXT NOT NULL,
    ticket TEXT,
    scene TEXT NOT NULL DEFAULT '',
    expires_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (object_type, object_id)
);
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    next_run_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    locked_by TEXT,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs(state, next_run_at);

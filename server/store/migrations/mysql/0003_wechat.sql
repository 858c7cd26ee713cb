-- NextEvent schema 3 (MySQL/MariaDB): WeChat followers, interactions, webhook de-duplication, parameter QR codes, durable jobs.
CREATE TABLE wechat_users (
    openid VARCHAR(64) PRIMARY KEY,
    unionid VARCHAR(64) NOT NULL DEFAULT '',
    nickname VARCHAR(255) NOT NULL DEFAULT '',
    avatar_url VARCHAR(1024) NOT NULL DEFAULT '',
    language VARCHAR(16) NOT NULL DEFAULT '',
    subscribed TINYINT NOT NULL DEFAULT 0,
    subscribed_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE interactions (
    id VARCHAR(36) PRIMARY KEY,
    openid VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    event_key VARCHAR(1024) NOT NULL DEFAULT '',
    event_id VARCHAR(36) NULL,
    created_at VARCHAR(32) NOT NULL,
    INDEX interactions_time (created_at),
    INDEX interactions_event (event_id, created_at),
    INDEX interactions_openid (openid, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE wechat_dedup (
    dedup_key VARCHAR(255) PRIMARY KEY,
    reply MEDIUMTEXT NULL,
    expires_at VARCHAR(32) NOT NULL,
    INDEX wechat_dedup_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE qr_codes (
    object_type VARCHAR(16) NOT NULL,
    object_id VARCHAR(36) NOT NULL,
    content VARCHAR(2048) NOT NULL,
    ticket VARCHAR(512) NULL,
    scene VARCHAR(64) NOT NULL DEFAULT '',
    expires_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (object_type, object_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE jobs (
    id VARCHAR(36) PRIMARY KEY,
    kind VARCHAR(64) NOT NULL,
    payload MEDIUMTEXT NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    max_attempts INT NOT NULL,
    next_run_at VARCHAR(32) NOT NULL,
    last_error VARCHAR(2000) NOT NULL DEFAULT '',
    locked_by VARCHAR(128) NULL,
    locked_until VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    INDEX jobs_due (state, next_run_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- NextEvent schema 2 (MySQL/MariaDB): media, articles with per-minute views, surveys with responses and running tallies.
CREATE TABLE media (
    id VARCHAR(36) PRIMARY KEY,
    sha256 CHAR(64) NOT NULL UNIQUE,
    mime VARCHAR(32) NOT NULL,
    size BIGINT NOT NULL,
    ext VARCHAR(8) NOT NULL,
    original_name VARCHAR(255) NOT NULL DEFAULT '',
    created_by VARCHAR(64) NOT NULL DEFAULT '',
    created_at VARCHAR(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE articles (
    id VARCHAR(36) PRIMARY KEY,
    title VARCHAR(800) NOT NULL,
    content MEDIUMTEXT NOT NULL,
    summary VARCHAR(4000) NOT NULL DEFAULT '',
    author VARCHAR(400) NOT NULL DEFAULT '',
    category VARCHAR(256) NOT NULL DEFAULT '',
    promotion_code VARCHAR(256) NOT NULL DEFAULT '',
    published TINYINT NOT NULL DEFAULT 0,
    published_at VARCHAR(32) NULL,
    view_count BIGINT NOT NULL DEFAULT 0,
    image_ids TEXT NOT NULL,
    qr_code_url VARCHAR(1024) NOT NULL DEFAULT '',
    deleted_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    INDEX articles_published (published, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE article_views (
    article_id VARCHAR(36) NOT NULL,
    minute VARCHAR(32) NOT NULL,
    views BIGINT NOT NULL,
    PRIMARY KEY (article_id, minute)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE surveys (
    id VARCHAR(36) PRIMARY KEY,
    title VARCHAR(800) NOT NULL,
    description MEDIUMTEXT NOT NULL,
    event_id VARCHAR(36) NULL,
    is_active TINYINT NOT NULL DEFAULT 0,
    is_live TINYINT NOT NULL DEFAULT 0,
    results_visible TINYINT NOT NULL DEFAULT 0,
    start_time VARCHAR(32) NULL,
    end_time VARCHAR(32) NULL,
    questions MEDIUMTEXT NOT NULL,
    deleted_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    INDEX surveys_event (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE survey_responses (
    id VARCHAR(36) PRIMARY KEY,
    survey_id VARCHAR(36) NOT NULL,
    respondent VARCHAR(128) NOT NULL,
    answers MEDIUMTEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    UNIQUE INDEX survey_responses_respondent (survey_id, respondent),
    INDEX survey_responses_time (survey_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE survey_tallies (
    survey_id VARCHAR(36) NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    k VARCHAR(100) NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (survey_id, question_id, k)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

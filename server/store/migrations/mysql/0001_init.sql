-- NextEvent schema 1 (MySQL/MariaDB). Times are ISO 8601 UTC text with milliseconds, so they sort as text.
CREATE TABLE users (
    id VARCHAR(36) PRIMARY KEY,
    username VARCHAR(64) NOT NULL UNIQUE,
    display_name VARCHAR(400) NOT NULL DEFAULT '',
    email VARCHAR(254) NOT NULL DEFAULT '',
    phone VARCHAR(64) NOT NULL DEFAULT '',
    password_hash VARCHAR(255) NOT NULL,
    roles VARCHAR(255) NOT NULL,
    active TINYINT NOT NULL DEFAULT 1,
    wechat_openid VARCHAR(128) NOT NULL DEFAULT '',
    last_login_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE refresh_tokens (
    id VARCHAR(36) PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    user_id VARCHAR(36) NOT NULL,
    family_id VARCHAR(36) NOT NULL,
    expires_at VARCHAR(32) NOT NULL,
    used_at VARCHAR(32) NULL,
    revoked_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    INDEX refresh_tokens_family (family_id),
    INDEX refresh_tokens_user (user_id),
    FOREIGN KEY (user_id) REFERENCES users(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE revoked_access_tokens (
    jti VARCHAR(36) PRIMARY KEY,
    expires_at VARCHAR(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE events (
    id VARCHAR(36) PRIMARY KEY,
    title VARCHAR(800) NOT NULL,
    description MEDIUMTEXT NOT NULL,
    start_date VARCHAR(32) NOT NULL,
    end_date VARCHAR(32) NOT NULL,
    location VARCHAR(1200) NOT NULL DEFAULT '',
    capacity BIGINT NULL,
    status VARCHAR(16) NOT NULL,
    interaction_code VARCHAR(64) NULL,
    scan_message VARCHAR(2400) NOT NULL DEFAULT '',
    user_tag_id BIGINT NULL,
    qr_code_url VARCHAR(1024) NOT NULL DEFAULT '',
    auto_reply VARCHAR(2400) NOT NULL DEFAULT '',
    deleted_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    UNIQUE INDEX events_interaction_code (interaction_code),
    INDEX events_start (start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE attendees (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    name VARCHAR(400) NOT NULL DEFAULT '',
    phone VARCHAR(64) NOT NULL DEFAULT '',
    openid VARCHAR(128) NOT NULL DEFAULT '',
    status VARCHAR(16) NOT NULL,
    waitlist_seq BIGINT NULL,
    check_in_code VARCHAR(32) NOT NULL UNIQUE,
    checked_in_at VARCHAR(32) NULL,
    checked_in_by VARCHAR(64) NOT NULL DEFAULT '',
    check_in_method VARCHAR(16) NOT NULL DEFAULT '',
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    INDEX attendees_event (event_id, status),
    INDEX attendees_openid (event_id, openid),
    FOREIGN KEY (event_id) REFERENCES events(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE audit_log (
    id VARCHAR(36) PRIMARY KEY,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    entity_type VARCHAR(32) NOT NULL,
    entity_id VARCHAR(36) NOT NULL,
    details MEDIUMTEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    INDEX audit_log_entity (entity_type, entity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

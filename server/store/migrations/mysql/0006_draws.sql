-- Schema 6: verifiable draws (抽奖) and survey audiences. A draw's pool (attendee ids, sorted ascending) is
-- fixed at creation together with its SHA-256 (pool_hash) and the commitment (SHA-256 of the secret seed);
-- the seed is revealed once the draw has run. winners and replaced are JSON arrays of
-- {"attendeeId","displayName","maskedPhone","round"} (names and phones masked when picked); picks is the
-- next k of the pick sequence, so redraws continue it.
CREATE TABLE draws (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    title VARCHAR(800) NOT NULL,
    pool VARCHAR(16) NOT NULL,
    survey_id VARCHAR(36) NULL,
    winner_count BIGINT NOT NULL,
    exclude_previous TINYINT NOT NULL,
    state VARCHAR(16) NOT NULL,
    pool_ids MEDIUMTEXT NOT NULL,
    pool_size BIGINT NOT NULL,
    pool_hash CHAR(64) NOT NULL,
    seed CHAR(64) NOT NULL,
    commitment CHAR(64) NOT NULL,
    picks BIGINT NOT NULL DEFAULT 0,
    winners MEDIUMTEXT NOT NULL,
    replaced MEDIUMTEXT NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    run_at VARCHAR(32) NULL,
    INDEX draws_event (event_id, created_at),
    FOREIGN KEY (event_id) REFERENCES events(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
ALTER TABLE surveys ADD COLUMN audience VARCHAR(16) NOT NULL DEFAULT 'anyone';

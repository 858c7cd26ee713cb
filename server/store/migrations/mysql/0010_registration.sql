-- Registration forms, approval, parties and a fair waiting list (DESIGN.md, "Registration, waiting list and
-- notifications"). Forms and answers are JSON text; a party counts party_size places.
ALTER TABLE events ADD COLUMN registration_form MEDIUMTEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN registration_approval TINYINT NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN max_party_size INT NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN offer_hold_hours INT NOT NULL DEFAULT 24;
ALTER TABLE attendees ADD COLUMN answers MEDIUMTEXT NOT NULL DEFAULT '{}';
ALTER TABLE attendees ADD COLUMN party_size INT NOT NULL DEFAULT 1;
ALTER TABLE attendees ADD COLUMN offer_expires_at VARCHAR(32) NULL;
CREATE INDEX attendees_offers ON attendees(status, offer_expires_at);
-- Outgoing webhooks (admin) and their delivery log: a delivery is kept with its attempts so it can be
-- inspected and redelivered; the job that sends it is written in the same transaction as the change.
CREATE TABLE webhooks (
    id VARCHAR(36) PRIMARY KEY,
    url VARCHAR(2048) NOT NULL,
    events TEXT NOT NULL,
    secret VARCHAR(200) NOT NULL,
    active TINYINT NOT NULL DEFAULT 1,
    created_by VARCHAR(64) NOT NULL DEFAULT '',
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE webhook_deliveries (
    id VARCHAR(36) PRIMARY KEY,
    webhook_id VARCHAR(36) NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    event_type VARCHAR(64) NOT NULL,
    body MEDIUMTEXT NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    last_status INT NULL,
    last_error VARCHAR(2000) NOT NULL DEFAULT '',
    next_attempt_at VARCHAR(32) NULL,
    series_started_at VARCHAR(32) NOT NULL,
    delivered_at VARCHAR(32) NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    INDEX webhook_deliveries_hook (webhook_id, created_at),
    FOREIGN KEY (webhook_id) REFERENCES webhooks(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

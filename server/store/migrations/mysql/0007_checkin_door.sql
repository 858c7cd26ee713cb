-- Schema 7: check-in at the door. Check-in lists (gates) with their counters, who is inside at which list,
-- every scan (with its nonce and stored answer, so a repeated nonce gets the same answer), conflicts of
-- offline devices, the events' Ed25519 ticket-signing keys and door-device tokens (only their hashes).
CREATE TABLE checkin_lists (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    name VARCHAR(400) NOT NULL,
    allow_reentry TINYINT NOT NULL DEFAULT 0,
    requires_confirmation TINYINT NOT NULL DEFAULT 0,
    is_default TINYINT NOT NULL DEFAULT 0,
    entered BIGINT NOT NULL DEFAULT 0,
    exited BIGINT NOT NULL DEFAULT 0,
    inside BIGINT NOT NULL DEFAULT 0,
    created_at VARCHAR(32) NOT NULL,
    INDEX checkin_lists_event (event_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Every existing event gets its "Main entrance".
INSERT INTO checkin_lists (id, event_id, name, is_default, created_at)
SELECT UUID(), id, 'Main entrance', 1, created_at FROM events;
CREATE TABLE checkin_presence (
    list_id VARCHAR(36) NOT NULL,
    attendee_id VARCHAR(36) NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    inside TINYINT NOT NULL DEFAULT 0,
    entries BIGINT NOT NULL DEFAULT 0,
    exits BIGINT NOT NULL DEFAULT 0,
    last_entry_device VARCHAR(128) NOT NULL DEFAULT '',
    updated_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (list_id, attendee_id),
    INDEX checkin_presence_event (event_id, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Who checked in before gates existed entered through the main entrance and is counted inside.
INSERT INTO checkin_presence (list_id, attendee_id, event_id, inside, entries, exits, updated_at)
SELECT l.id, a.id, a.event_id, 1, 1, 0, a.checked_in_at
FROM attendees a JOIN checkin_lists l ON l.event_id = a.event_id AND l.is_default = 1
WHERE a.checked_in_at IS NOT NULL AND a.status = 'registered';
UPDATE checkin_lists
SET entered = (SELECT COUNT(*) FROM checkin_presence p WHERE p.list_id = checkin_lists.id),
    inside = (SELECT COUNT(*) FROM checkin_presence p WHERE p.list_id = checkin_lists.id);
CREATE TABLE checkin_scans (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    list_id VARCHAR(36) NOT NULL,
    attendee_id VARCHAR(36) NULL,
    direction VARCHAR(8) NOT NULL,
    result VARCHAR(16) NOT NULL,
    nonce VARCHAR(128) COLLATE utf8mb4_bin NULL,
    device_id VARCHAR(128) NOT NULL DEFAULT '',
    actor VARCHAR(200) NOT NULL DEFAULT '',
    method VARCHAR(16) NOT NULL DEFAULT '',
    scanned_at VARCHAR(32) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    answer MEDIUMTEXT NOT NULL,
    UNIQUE INDEX checkin_scans_nonce (event_id, nonce),
    INDEX checkin_scans_attendee (attendee_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE checkin_conflicts (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    list_id VARCHAR(36) NOT NULL,
    attendee_id VARCHAR(36) NOT NULL,
    scan_id VARCHAR(36) NOT NULL,
    device_id VARCHAR(128) NOT NULL DEFAULT '',
    other_device_id VARCHAR(128) NOT NULL DEFAULT '',
    nonce VARCHAR(128) NULL,
    scanned_at VARCHAR(32) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    INDEX checkin_conflicts_event (event_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE event_signing_keys (
    kid VARCHAR(32) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    public_key VARCHAR(64) NOT NULL,
    secret_key VARCHAR(160) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    INDEX event_signing_keys_event (event_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE door_tokens (
    id VARCHAR(36) PRIMARY KEY,
    event_id VARCHAR(36) NOT NULL,
    list_id VARCHAR(36) NULL,
    name VARCHAR(400) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_by VARCHAR(200) NOT NULL DEFAULT '',
    created_at VARCHAR(32) NOT NULL,
    expires_at VARCHAR(32) NOT NULL,
    revoked_at VARCHAR(32) NULL,
    last_used_at VARCHAR(32) NULL,
    INDEX door_tokens_event (event_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Device snapshots read what changed since a cursor.
CREATE INDEX attendees_event_updated ON attendees(event_id, updated_at);

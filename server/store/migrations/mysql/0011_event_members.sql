-- Teams per event (DESIGN.md "Registration, waiting list and notifications"): a member's role acts on that
-- event only, next to the user's global roles. One role per user and event.
CREATE TABLE event_members (
    event_id VARCHAR(36) NOT NULL,
    user_id VARCHAR(36) NOT NULL,
    role VARCHAR(16) NOT NULL,
    created_by VARCHAR(64) NOT NULL DEFAULT '',
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (event_id, user_id),
    INDEX event_members_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Teams per event (DESIGN.md "Registration, waiting list and notifications"): a member's role acts on that
-- event only, next to the user's global roles. One role per user and event.
CREATE TABLE event_members (
    event_id TEXT NOT NULL REFERENCES events(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_members_user ON event_members(user_id);

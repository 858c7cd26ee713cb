-- Schema 7: check-in at the door. Check-in lists (gates) with their counters, who is inside at which list,
-- every scan (with its nonce and stored answer, so a repeated nonce gets the same answer), conflicts of
-- offline devices, the events' Ed25519 ticket-signing keys and door-device tokens (only their hashes).
CREATE TABLE checkin_lists (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id),
    name TEXT NOT NULL,
    allow_reentry INTEGER NOT NULL DEFAULT 0,
    requires_confirmation INTEGER NOT NULL DEFAULT 0,
    is_default INTEGER NOT NULL DEFAULT 0,
    entered INTEGER NOT NULL DEFAULT 0,
    exited INTEGER NOT NULL DEFAULT 0,
    inside INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX checkin_lists_event ON checkin_lists(event_id, created_at);
-- Every existing event gets its "Main entrance".
INSERT INTO checkin_lists (id, event_id, name, is_default, created_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' ||
             substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       id, 'Main entrance', 1, created_at
FROM events;
CREATE TABLE checkin_presence (
    list_id TEXT NOT NULL,
    attendee_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    inside INTEGER NOT NULL DEFAULT 0,
    entries INTEGER NOT NULL DEFAULT 0,
    exits INTEGER NOT NULL DEFAULT 0,
    last_entry_device TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (list_id, attendee_id)
);
CREATE INDEX checkin_presence_event ON checkin_presence(event_id, updated_at);
-- Who checked in before gates existed entered through the main entrance and is counted inside.
INSERT INTO checkin_presence (list_id, attendee_id, event_id, inside, entries, exits, updated_at)
SELECT l.id, a.id, a.event_id, 1, 1, 0, a.checked_in_at
FROM attendees a JOIN checkin_lists l ON l.event_id = a.event_id AND l.is_default = 1
WHERE a.checked_in_at IS NOT NULL AND a.status = 'registered';
UPDATE checkin_lists
SET entered = (SELECT COUNT(*) FROM checkin_presence p WHERE p.list_id = checkin_lists.id),
    inside = (SELECT COUNT(*) FROM checkin_presence p WHERE p.list_id = checkin_lists.id);
CREATE TABLE checkin_scans (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    list_id TEXT NOT NULL,
    attendee_id TEXT,
    direction TEXT NOT NULL,
    result TEXT NOT NULL,
    nonce TEXT,
    device_id TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '',
    scanned_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX checkin_scans_nonce ON checkin_scans(event_id, nonce);
CREATE INDEX checkin_scans_attendee ON checkin_scans(attendee_id);
CREATE TABLE checkin_conflicts (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    list_id TEXT NOT NULL,
    attendee_id TEXT NOT NULL,
    scan_id TEXT NOT NULL,
    device_id TEXT NOT NULL DEFAULT '',
    other_device_id TEXT NOT NULL DEFAULT '',
    nonce TEXT,
    scanned_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX checkin_conflicts_event ON checkin_conflicts(event_id, created_at);
CREATE TABLE event_signing_keys (
    kid TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    public_key TEXT NOT NULL,
    secret_key TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX event_signing_keys_event ON event_signing_keys(event_id, created_at);
CREATE TABLE door_tokens (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    list_id TEXT,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT
);
CREATE INDEX door_tokens_event ON door_tokens(event_id, created_at);
-- Device snapshots read what changed since a cursor.
CREATE INDEX attendees_event_updated ON attendees(event_id, updated_at);

-- Registration forms, approval, parties and a fair waiting list (DESIGN.md, "Registration, waiting list and
-- notifications"). Forms and answers are JSON text; a party counts party_size places.
ALTER TABLE events ADD COLUMN registration_form TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN registration_approval INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN max_party_size INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN offer_hold_hours INTEGER NOT NULL DEFAULT 24;
ALTER TABLE attendees ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';
ALTER TABLE attendees ADD COLUMN party_size INTEGER NOT NULL DEFAULT 1;
ALTER TABLE attendees ADD COLUMN offer_expires_at TEXT;
CREATE INDEX attendees_offers ON attendees(status, offer_expires_at);
-- Outgoing webhooks (admin) and their delivery log: a delivery is kept with its attempts so it can be
-- inspected and redelivered; the job that sends it is written in the same transaction as the change.
CREATE TABLE webhooks (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    events TEXT NOT NULL,
    secret TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,
    webhook_id TEXT NOT NULL REFERENCES webhooks(id),
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT,
    series_started_at TEXT NOT NULL,
    delivered_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX webhook_deliveries_hook ON webhook_deliveries(webhook_id, created_at);

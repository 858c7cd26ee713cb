-- Schema 6: verifiable draws (抽奖) and survey audiences. A draw's pool (attendee ids, sorted ascending) is
-- fixed at creation together with its SHA-256 (pool_hash) and the commitment (SHA-256 of the secret seed);
-- the seed is revealed once the draw has run. winners and replaced are JSON arrays of
-- {"attendeeId","displayName","maskedPhone","round"} (names and phones masked when picked); picks is the
-- next k of the pick sequence, so redraws continue it.
CREATE TABLE draws (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id),
    title TEXT NOT NULL,
    pool TEXT NOT NULL,
    survey_id TEXT,
    winner_count INTEGER NOT NULL,
    exclude_previous INTEGER NOT NULL,
    state TEXT NOT NULL,
    pool_ids TEXT NOT NULL,
    pool_size INTEGER NOT NULL,
    pool_hash TEXT NOT NULL,
    seed TEXT NOT NULL,
    commitment TEXT NOT NULL,
    picks INTEGER NOT NULL DEFAULT 0,
    winners TEXT NOT NULL,
    replaced TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    run_at TEXT
);
CREATE INDEX draws_event ON draws(event_id, created_at);
ALTER TABLE surveys ADD COLUMN audience TEXT NOT NULL DEFAULT 'anyone';

-- The registration rush (issue 22): each registration read the whole waiting list to number its entry and
-- summed every attendee of the event to find the free places. The places and the waiting parties per event
-- are now counters, changed in the same transaction as the attendee rows (SqlAttendees), and the waiting
-- list has indexes that answer "position of" and "first party of this size" without walking it.
-- Written to be re-run safely: MariaDB commits DDL implicitly, so a failure part-way is retried whole.
CREATE TABLE IF NOT EXISTS attendee_counts (
    event_id VARCHAR(36) PRIMARY KEY,
    registered BIGINT NOT NULL DEFAULT 0,
    waitlisted BIGINT NOT NULL DEFAULT 0,
    checked_in BIGINT NOT NULL DEFAULT 0,
    pending BIGINT NOT NULL DEFAULT 0,
    offered BIGINT NOT NULL DEFAULT 0,
    waitlisted_parties BIGINT NOT NULL DEFAULT 0,
    FOREIGN KEY (event_id) REFERENCES events(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT IGNORE INTO attendee_counts (event_id, registered, waitlisted, checked_in, pending, offered, waitlisted_parties)
SELECT e.id,
       COALESCE(SUM(CASE WHEN a.status = 'registered' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'waitlisted' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'registered' AND a.checked_in_at IS NOT NULL THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'pending' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'offered' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'waitlisted' THEN 1 ELSE 0 END), 0)
FROM events e LEFT JOIN attendees a ON a.event_id = e.id
GROUP BY e.id;
CREATE INDEX IF NOT EXISTS attendees_waitlist ON attendees(event_id, status, waitlist_seq);
CREATE INDEX IF NOT EXISTS attendees_waitlist_fit ON attendees(event_id, status, party_size, waitlist_seq);

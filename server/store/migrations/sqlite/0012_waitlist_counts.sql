-- The registration rush (issue 22): each registration read the whole waiting list to number its entry and
-- summed every attendee of the event to find the free places. The places and the waiting parties per event
-- are now counters, changed in the same transaction as the attendee rows (SqlAttendees), and the waiting
-- list has indexes that answer "position of" and "first party of this size" without walking it.
CREATE TABLE attendee_counts (
    event_id TEXT PRIMARY KEY REFERENCES events(id),
    registered INTEGER NOT NULL DEFAULT 0,
    waitlisted INTEGER NOT NULL DEFAULT 0,
    checked_in INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0,
    offered INTEGER NOT NULL DEFAULT 0,
    waitlisted_parties INTEGER NOT NULL DEFAULT 0
);
INSERT INTO attendee_counts (event_id, registered, waitlisted, checked_in, pending, offered, waitlisted_parties)
SELECT e.id,
       COALESCE(SUM(CASE WHEN a.status = 'registered' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'waitlisted' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'registered' AND a.checked_in_at IS NOT NULL THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'pending' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'offered' THEN a.party_size ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN a.status = 'waitlisted' THEN 1 ELSE 0 END), 0)
FROM events e LEFT JOIN attendees a ON a.event_id = e.id
GROUP BY e.id;
CREATE INDEX attendees_waitlist ON attendees(event_id, status, waitlist_seq);
CREATE INDEX attendees_waitlist_fit ON attendees(event_id, status, party_size, waitlist_seq);

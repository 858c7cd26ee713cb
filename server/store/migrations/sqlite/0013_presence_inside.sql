-- The number inside (on every scan's answer, /occupancy and event:ID) counts distinct attendees with a
-- presence marked inside: this index answers it from the inside entries alone, in attendee order,
-- instead of reading every presence row the event ever had.
CREATE INDEX checkin_presence_inside ON checkin_presence(event_id, inside, attendee_id);

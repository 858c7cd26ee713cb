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

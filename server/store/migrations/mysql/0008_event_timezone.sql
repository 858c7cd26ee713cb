-- Events carry the IANA time zone their times are shown in (DESIGN.md, Mobile pages). Empty until the
-- server starts and gives older events the configured display.timezone.
ALTER TABLE events ADD COLUMN timezone VARCHAR(64) NOT NULL DEFAULT '';

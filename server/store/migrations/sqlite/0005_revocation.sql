-- Schema 5: revoking every access token of a user at once (deactivation, role change, password reset,
-- refresh-token reuse). An access token of user_id issued before not_before is refused; a row is useless
-- once expires_at (not_before + the access token lifetime) has passed. Audit entries are read in rowid
-- order on SQLite, which is insertion order.
CREATE TABLE access_token_cutoffs (
    user_id TEXT PRIMARY KEY,
    not_before TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

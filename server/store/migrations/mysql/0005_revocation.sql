-- Schema 5: revoking every access token of a user at once (deactivation, role change, password reset,
-- refresh-token reuse). An access token of user_id issued before not_before is refused; a row is useless
-- once expires_at (not_before + the access token lifetime) has passed. Audit entries gain an insertion
-- sequence, so entries of the same millisecond come back in the order they were written.
CREATE TABLE access_token_cutoffs (
    user_id VARCHAR(36) PRIMARY KEY,
    not_before VARCHAR(32) NOT NULL,
    expires_at VARCHAR(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
ALTER TABLE audit_log ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE;

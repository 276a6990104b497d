-- Staff second factor (TOTP, RFC 6238) and its one-time recovery codes. Runs on PostgreSQL 15 and H2 (MODE=PostgreSQL).

-- One row per account that has confirmed a second factor. The secret must be readable to check codes (the
-- authenticator app holds the same one); last_step is the 30-second step of the last code accepted, refused again.
CREATE TABLE second_factor (
    username    VARCHAR(100) PRIMARY KEY REFERENCES staff_user (username),
    secret      VARCHAR(64)  NOT NULL,
    enabled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_step   BIGINT       NOT NULL
);

-- Ten codes shown once when the second factor is turned on; only their SHA-256 is kept, each works once.
CREATE TABLE recovery_code (
    username   VARCHAR(100) NOT NULL REFERENCES second_factor (username) ON DELETE CASCADE,
    code_hash  VARCHAR(64)  NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, code_hash)
);

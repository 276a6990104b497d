-- Accounts: preferred language, one-time set-password links, journalists' account requests, token scopes.
-- Runs on PostgreSQL 15 and H2 (MODE=PostgreSQL).

ALTER TABLE staff_user ADD COLUMN preferred_language VARCHAR(8);

-- A one-time link to set a password (after a reset, or for an approved journalist). Only a SHA-256 hash is kept.
CREATE TABLE password_link (
    id          UUID         PRIMARY KEY,
    username    VARCHAR(100) NOT NULL REFERENCES staff_user (username),
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    purpose     VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL
);
CREATE INDEX password_link_user_idx ON password_link (username);

-- A journalist asking for an account from the sign-in page; an administrator approves or declines it.
CREATE TABLE account_request (
    id          UUID          PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    outlet      VARCHAR(200)  NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE,
    decided_by  VARCHAR(100),
    username    VARCHAR(100),
    version     BIGINT        NOT NULL
);
CREATE INDEX account_request_status_idx ON account_request (status, created_at);

-- What a token may do; tokens issued before scopes existed keep everything they could do.
ALTER TABLE api_token ADD COLUMN scopes VARCHAR(200) NOT NULL DEFAULT 'DOWNLOAD_KITS,READ_SEARCH,WRITE_STORIES';

-- Failed sign-ins per account and per client address, shared by every instance (exponential back-off).
CREATE TABLE login_failure (
    throttle_key  VARCHAR(200) PRIMARY KEY,
    failures      INT          NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE NOT NULL
);

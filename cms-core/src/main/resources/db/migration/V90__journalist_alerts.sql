-- Journalists' alerts: what they follow (a province, regency, theme, course or provider), where the mail goes
-- (double opt-in), which story each was told about (once), and a copy of every mail sent, for staff to read.
-- Runs on PostgreSQL 15 and H2 (MODE=PostgreSQL).

CREATE TABLE alert_subscriber (
    username           VARCHAR(100) PRIMARY KEY REFERENCES staff_user (username),
    email              VARCHAR(254) NOT NULL,
    confirm_token_hash VARCHAR(64),
    confirmed_at       TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE alert_follow (
    id                     UUID         PRIMARY KEY,
    username               VARCHAR(100) NOT NULL REFERENCES staff_user (username),
    kind                   VARCHAR(20)  NOT NULL,
    follow_value           VARCHAR(100) NOT NULL,
    label                  VARCHAR(300) NOT NULL,
    cadence                VARCHAR(10)  NOT NULL,
    -- in clear: every alert mail repeats the link, and all it can do is stop this follow's alerts
    unsubscribe_token      VARCHAR(64)  NOT NULL UNIQUE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alert_follow_once UNIQUE (username, kind, follow_value)
);
CREATE INDEX alert_follow_value_idx ON alert_follow (kind, follow_value);

-- One row per journalist and story: the primary key is what makes "once".
CREATE TABLE alert_delivery (
    username   VARCHAR(100) NOT NULL REFERENCES staff_user (username),
    story_id   UUID         NOT NULL REFERENCES story (id),
    follow_id  UUID         NOT NULL,
    cadence    VARCHAR(10)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, story_id)
);
CREATE INDEX alert_delivery_pending_idx ON alert_delivery (sent_at, cadence);

CREATE TABLE mail_message (
    id         UUID          PRIMARY KEY,
    recipient  VARCHAR(254)  NOT NULL,
    username   VARCHAR(100),
    kind       VARCHAR(30)   NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       TEXT          NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE,
    error      VARCHAR(1000)
);
CREATE INDEX mail_message_created_idx ON mail_message (created_at);

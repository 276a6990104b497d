-- Bounces: an address that refused a mail, at once (a permanent SMTP refusal) or later (a delivery status notification
-- in the bounce mailbox). One hard bounce stops mail to it until its owner enters an address again and confirms it.
CREATE TABLE mail_bounce (
    id         UUID          PRIMARY KEY,
    recipient  VARCHAR(254)  NOT NULL,
    source     VARCHAR(10)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    bounced_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mail_bounce_bounced_idx ON mail_bounce (bounced_at);

ALTER TABLE alert_subscriber ADD COLUMN bounced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alert_subscriber ADD COLUMN bounce_reason VARCHAR(1000);

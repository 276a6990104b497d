-- ShedLock's table: a scheduled job (alert mails, digests, the nightly index rebuild, consent expiry, scheduled
-- publication, bounce reading, outbox retries) takes its row before running, so with several application instances
-- on one database each run happens on one of them. Times are the database's (usingDbTime), not the instances'.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

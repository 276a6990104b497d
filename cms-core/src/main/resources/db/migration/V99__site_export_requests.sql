-- One site export at a time across application instances, and requests coalesced: each request takes the next number
-- from `requested`; a build reads `requested` before it reads the stories, and when it is done it records that number
-- in `built`. A request whose number is covered by `built` has nothing left to do, on whichever instance it was made.
CREATE TABLE site_export_request (
    id        INTEGER NOT NULL PRIMARY KEY,
    requested BIGINT  NOT NULL,
    built     BIGINT  NOT NULL
);
INSERT INTO site_export_request (id, requested, built) VALUES (1, 0, 0);

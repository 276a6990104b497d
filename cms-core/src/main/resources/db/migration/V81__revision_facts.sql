-- Every field of a story in each revision, not only its text: alumnus, region, courses, themes, quotes, outcomes and
-- sources, one "key<TAB>value" line each, so that a comparison covers them. Older revisions have none (NULL).
ALTER TABLE story_revision ADD COLUMN facts VARCHAR(200000);

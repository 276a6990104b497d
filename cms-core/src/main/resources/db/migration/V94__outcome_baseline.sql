-- Impact figures compare before and after: the figure before the training (revenue, staff) and what the alumnus did
-- before (a job title). Both optional: most stories report only where the alumnus stands now.
ALTER TABLE story_outcome ADD COLUMN baseline BIGINT;
ALTER TABLE story_outcome ADD COLUMN formerly VARCHAR(200);

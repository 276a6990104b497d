-- Reference data that staff manage from the UI: providers get a city, gatherings notes, and courses, providers and
-- gatherings can be archived (kept on old stories, no longer offered for new ones).
ALTER TABLE training_provider ADD COLUMN city VARCHAR(120);
ALTER TABLE training_provider ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_course ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE gathering ADD COLUMN notes VARCHAR(2000);
ALTER TABLE gathering ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE gathering ALTER COLUMN place DROP NOT NULL;

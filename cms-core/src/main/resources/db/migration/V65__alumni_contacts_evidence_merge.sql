-- Alumni managed in the UI: optional contact details (staff only, never indexed or exported), merged duplicates,
-- and consent records with how they were obtained and a privately stored evidence file (signed form or its photo).
ALTER TABLE alumnus ADD COLUMN phone VARCHAR(40);
ALTER TABLE alumnus ADD COLUMN email VARCHAR(200);
ALTER TABLE alumnus ADD COLUMN merged_into UUID;
ALTER TABLE alumnus ADD COLUMN updated_by VARCHAR(100);
CREATE INDEX alumnus_region_idx ON alumnus (region_code);

ALTER TABLE alumnus_consent ADD COLUMN obtained_how VARCHAR(40);
ALTER TABLE alumnus_consent ADD COLUMN evidence_file VARCHAR(100);
ALTER TABLE alumnus_consent ADD COLUMN evidence_type VARCHAR(40);
ALTER TABLE alumnus_consent ADD COLUMN evidence_name VARCHAR(200);
ALTER TABLE alumnus_consent ADD COLUMN recorded_by VARCHAR(100);

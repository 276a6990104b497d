-- What every press release carries besides the story: who sends it, the programme boilerplate in both languages and
-- the media contact. One row, edited by an admin; the text below is only the starting point.
CREATE TABLE press_settings (
    id                 INTEGER      PRIMARY KEY,
    organisation       VARCHAR(200) NOT NULL,
    letterhead_line    VARCHAR(300) NOT NULL,
    boilerplate_id     VARCHAR(4000) NOT NULL,
    boilerplate_en     VARCHAR(4000) NOT NULL,
    contact_name       VARCHAR(200) NOT NULL,
    contact_role       VARCHAR(200),
    contact_email      VARCHAR(200) NOT NULL,
    contact_phone      VARCHAR(50),
    copyright_holder   VARCHAR(200) NOT NULL,
    usage_terms_id     VARCHAR(1000) NOT NULL,
    usage_terms_en     VARCHAR(1000) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT press_settings_single_row CHECK (id = 1)
);

INSERT INTO press_settings (id, organisation, letterhead_line, boilerplate_id, boilerplate_en, contact_name,
    contact_role, contact_email, contact_phone, copyright_holder, usage_terms_id, usage_terms_en, updated_at,
    updated_by, version)
VALUES (1, 'Tim Komunikasi Program Pelatihan Kerja',
    'Jakarta · Siaran Pers',
    'Program pelatihan kerja ini membantu warga Indonesia meningkatkan keterampilan lewat pelatihan daring dan luring dari lembaga pelatihan terpilih. Alumni dari 38 provinsi telah memakai keterampilan barunya untuk bekerja, berwirausaha dan membangun komunitas.',
    'This job-training programme helps Indonesians build skills through online and in-person courses from selected training providers. Alumni in all 38 provinces have used their new skills to find work, start businesses and build communities.',
    'Tim Komunikasi', 'Hubungan Media', 'media@example.org', '+62 21 0000 0000',
    'Tim Komunikasi Program Pelatihan Kerja',
    'Boleh dimuat ulang oleh media dengan menyebut sumber. Foto hanya untuk pemberitaan cerita ini.',
    'May be republished by news media with attribution. Photos only for coverage of this story.',
    CURRENT_TIMESTAMP, 'system', 0);

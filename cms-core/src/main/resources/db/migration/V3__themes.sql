-- The training theme taxonomy: broad themes with a few narrower ones.
INSERT INTO theme (code, parent_code, name_id, name_en, position) VALUES
 ('kuliner',             NULL, 'Kuliner',               'Culinary',             10),
 ('kecantikan',          NULL, 'Kecantikan',            'Beauty',               20),
 ('pemasaran-digital',   NULL, 'Pemasaran Digital',     'Digital Marketing',    30),
 ('fotografi',           NULL, 'Fotografi',             'Photography',          40),
 ('jurnalistik',         NULL, 'Jurnalistik',           'Journalism',           50),
 ('kerajinan',           NULL, 'Kerajinan',             'Crafts',               60),
 ('teknologi-informasi', NULL, 'Teknologi Informasi',   'Information Technology', 70),
 ('ritel',               NULL, 'Ritel',                 'Retail',               80),
 ('keuangan',            NULL, 'Keuangan',              'Finance',              90),
 ('administrasi',        NULL, 'Administrasi',          'Office Administration', 100),
 ('kewirausahaan',       NULL, 'Kewirausahaan',         'Entrepreneurship',     110),
 ('pariwisata',          NULL, 'Pariwisata',            'Tourism',              120),
 ('komunitas',           NULL, 'Komunitas Alumni',      'Alumni Community',     130);
INSERT INTO theme (code, parent_code, name_id, name_en, position) VALUES
 ('kue-dan-roti',    'kuliner',             'Kue dan Roti',       'Baking and Pastry',        11),
 ('olahan-pangan',   'kuliner',             'Olahan Pangan',      'Food Processing',          12),
 ('tata-rias',       'kecantikan',          'Tata Rias',          'Makeup',                   21),
 ('media-sosial',    'pemasaran-digital',   'Pemasaran Media Sosial', 'Social Media Marketing', 31),
 ('merangkai-bunga', 'kerajinan',           'Merangkai Bunga',    'Floristry',                61),
 ('desain-web',      'teknologi-informasi', 'Desain Web',         'Web Design',               71);

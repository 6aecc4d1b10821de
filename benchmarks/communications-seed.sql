-- benchmarks/communications-seed.sql: the recipients of benchmarks/communications.sh, straight into
-- communications' copy of the directory (commsdb): :recipients contact persons (public, consent)
-- of 200 associations of the Pyrénées-Atlantiques tagged with the theme 'benchmark-campaign', at
-- bench.example.org. Ids derive from md5 of a label, so a second load replaces the first.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM contacts WHERE email LIKE '%@bench.example.org';
DELETE FROM directory_actors WHERE 'benchmark-campaign' = ANY (themes);

INSERT INTO directory_actors (actor_id, revision, name, kind, commune_code, department_code, region_code, is_active, themes, updated_at)
SELECT md5('benchmark/actor/' || a)::uuid, 1, 'Association de mesure ' || a, 'association', '64129', '64', '75', true,
       ARRAY['benchmark-campaign'], now()
  FROM generate_series(1, 200) AS a;

INSERT INTO contacts (contact_id, actor_id, full_name, function, email, visibility, legal_basis, updated_at)
SELECT md5('benchmark/contact/' || n)::uuid, md5('benchmark/actor/' || (1 + n % 200))::uuid, 'Personne ' || n, 'bénévole',
       'personne-' || n || '@bench.example.org', 'public', 'consent', now()
  FROM generate_series(1, :recipients) AS n;
COMMIT;
ANALYZE directory_actors;
ANALYZE contacts;

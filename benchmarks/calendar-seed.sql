-- benchmarks/calendar-seed.sql: the calendar at national scale for benchmarks/calendar.sh.
-- Run by psql against calendardb with :events (how many), reading on its standard input a CSV of
-- the directory's largest communes (code, name, epci, department, region). Writes, once: an organiser,
-- a hall and events for each commune, the 2026 edition, and the programmes of a region, a
-- department and a commune. Benchmark organisers go straight into the calendar's read model (the
-- directory does not know them); everything is marked 'benchmark' and skipped when present.
-- Optional: :batch, a prefix of the events' ids that lets another load (public-site.sh's, into one
-- department) add its own events beside these; :programmes false skips the programmes.
\set ON_ERROR_STOP on
\if :{?batch}
\else
  \set batch ''
\endif
\if :{?programmes}
\else
  \set programmes true
\endif
BEGIN;

CREATE TEMP TABLE bench_communes (code text, name text, epci_code text, department_code text, region_code text, rank serial) ON COMMIT DROP;
\copy bench_communes (code, name, epci_code, department_code, region_code) FROM pstdin WITH (FORMAT csv)

INSERT INTO directory_actors (actor_id, revision, name, kind, commune_code, epci_code, department_code, region_code, is_active, updated_at)
SELECT md5('benchmark/organiser/' || code)::uuid, 1, 'Collectif solidaire de ' || name, 'association', code, epci_code, department_code, region_code, true, now()
FROM bench_communes
ON CONFLICT (actor_id) DO NOTHING;

INSERT INTO venues (id, name, address, postal_code, accessibility, capacity, identity_key, created_by, created_at,
                    commune_code, epci_code, department_code, region_code)
SELECT md5('benchmark/venue/' || code)::uuid, 'Salle des fêtes de ' || name, '1 place de la Mairie', NULL, '{Wheelchair}', 200,
       code || '|salle des fetes de benchmark ' || code || '|1 place de la mairie', 'benchmark', now(),
       code, epci_code, department_code, region_code
FROM bench_communes
ON CONFLICT DO NOTHING;

INSERT INTO editions (year, name, starts_on, ends_on, national_theme)
VALUES (2026, 'Festival des Solidarités 2026', '2026-11-13', '2026-11-29', 'Agir ici pour un monde plus juste')
ON CONFLICT DO NOTHING;

-- Events spread over the communes, the largest ones holding more (rank 1 is the most populous).
CREATE TEMP TABLE bench_events ON COMMIT DROP AS
SELECT md5('benchmark/event/' || :'batch' || picks.n)::uuid AS id, picks.n, c.*
FROM (SELECT n, 1 + floor(power(random(), 2) * total)::int AS pick
      FROM generate_series(1, :events) AS n, (SELECT count(*) AS total FROM bench_communes) AS communes) AS picks
JOIN bench_communes c ON c.rank = picks.pick;

INSERT INTO events (id, organiser_id, partner_ids, title, summary, kind, audiences, accessibility, attendance_mode, venue_id,
                    commune_code, epci_code, department_code, region_code, starts_at, ends_at, themes, is_free, languages, search_text,
                    status, moderation, external_source, external_id, revision, revision_count, sequence, created_at, updated_at, published_at)
SELECT e.id, md5('benchmark/organiser/' || e.code)::uuid, '{}',
       t.title || ' : ' || s.subject, 'Une rencontre sur ' || s.subject || ' à ' || e.name || '.', t.kind,
       CASE WHEN e.n % 3 = 0 THEN '{GeneralPublic,Families}'::text[] WHEN e.n % 3 = 1 THEN '{Schools}'::text[] ELSE '{GeneralPublic}'::text[] END,
       '{Wheelchair}', 'InPerson', md5('benchmark/venue/' || e.code)::uuid,
       e.code, e.epci_code, e.department_code, e.region_code,
       d.starts_at, d.starts_at + interval '2 hours' + (e.n % 2) * interval '2 days', ARRAY[s.subject], e.n % 4 <> 0, '{fr}',
       translate(lower(t.title || ' ' || s.subject || ' une rencontre sur ' || s.subject || ' a ' || e.name),
                 'àâäéèêëîïôöùûüçœ''-', 'aaaeeeeiioouuuco  '),
       'Scheduled', 'Published', 'benchmark', :'batch' || e.n, 1, 1, 0, now(), now(), now()
FROM bench_events e
CROSS JOIN LATERAL (SELECT ('2026-11-13 09:00+01'::timestamptz + (e.n % 17) * interval '1 day' + (e.n % 10) * interval '1 hour') AS starts_at) d
CROSS JOIN LATERAL (SELECT (ARRAY['Repas partagé','Ciné-débat','Exposition','Conférence','Concert solidaire','Atelier','Forum des associations',
                                 'Théâtre-forum','Table ronde','Animation scolaire'])[1 + e.n % 10] AS title,
                           (ARRAY['SharedMeal','FilmScreening','Exhibition','Conference','Concert','Workshop','Forum','Theatre','RoundTable',
                                  'SchoolAnimation'])[1 + e.n % 10] AS kind) t
CROSS JOIN LATERAL (SELECT (ARRAY['la souveraineté alimentaire','les droits de l''enfant','les migrations','l''accès à l''eau','le climat',
                                  'le commerce équitable','l''égalité femmes-hommes','l''éducation','la santé','la paix'])[1 + (e.n / 10) % 10] AS subject) s
ON CONFLICT DO NOTHING;

-- One slot each, a second two days later for every other event (a film shown twice).
INSERT INTO event_slots (id, event_id, starts_at, ends_at, is_cancelled)
SELECT md5('benchmark/slot/' || e.id || '/1')::uuid, e.id, e.starts_at, e.starts_at + interval '2 hours', false
FROM events e WHERE e.external_source = 'benchmark'
UNION ALL
SELECT md5('benchmark/slot/' || e.id || '/2')::uuid, e.id, e.ends_at - interval '2 hours', e.ends_at, false
FROM events e WHERE e.external_source = 'benchmark' AND e.ends_at - e.starts_at > interval '1 day'
ON CONFLICT DO NOTHING;

INSERT INTO changes (entity_type, entity_id, kind, occurred_at)
SELECT 'event', e.id, 'Upserted', now()
FROM events e
WHERE e.external_source = 'benchmark' AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_id = e.id);

-- The programmes measured: Auvergne-Rhône-Alpes, the Rhône and Lyon, coordinated from Lyon.
\if :programmes
INSERT INTO programmes (id, edition_year, territory_kind, territory_code, name, coordinating_actor_id, local_theme, starts_on, ends_on,
                        requires_moderation, coordinators, created_at)
VALUES (md5('benchmark/programme/region')::uuid, 2026, 'Region', '84', 'Festival des Solidarités en Auvergne-Rhône-Alpes (benchmark)',
        md5('benchmark/organiser/69123')::uuid, NULL, '2026-11-13', '2026-11-29', false, '{}', now()),
       (md5('benchmark/programme/department')::uuid, 2026, 'Department', '69', 'Festival des Solidarités dans le Rhône (benchmark)',
        md5('benchmark/organiser/69123')::uuid, NULL, '2026-11-13', '2026-11-29', false, '{}', now()),
       (md5('benchmark/programme/commune')::uuid, 2026, 'Commune', '69123', 'Festival des Solidarités à Lyon (benchmark)',
        md5('benchmark/organiser/69123')::uuid, NULL, '2026-11-13', '2026-11-29', false, '{}', now())
ON CONFLICT DO NOTHING;
\endif

COMMIT;
ANALYZE events;
ANALYZE event_slots;

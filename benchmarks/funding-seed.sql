-- benchmarks/funding-seed.sql: the funding benchmark's data, loaded by benchmarks/funding.sh into
-- fundingdb. 50 calls of one funder with :applications applications spread over them (each with
-- two submitted reviews, for the ranking), and one more call, closed, whose committee session has
-- 200 applications on its agenda for the concurrent decisions. The funder and the applicants go
-- straight into the service's copy of the directory (as its integration events would write them).
-- Deterministic ids (md5 of a name): loading twice changes nothing.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO directory_actors (actor_id, revision, name, kind, commune_code, epci_code, department_code, region_code, is_active, siret, rna, updated_at)
VALUES (md5('benchmark/funder')::uuid, 1, 'Région de référence (benchmark)', 'region', '69123', NULL, '69', '84', true, NULL, NULL, now())
ON CONFLICT (actor_id) DO NOTHING;

INSERT INTO directory_actors (actor_id, revision, name, kind, commune_code, epci_code, department_code, region_code, is_active, siret, rna, updated_at)
SELECT md5('benchmark/applicant/' || n)::uuid, 1, 'Association de benchmark n° ' || n, 'association', '69123', NULL, '69', '84', true, NULL,
       'W69' || lpad(n::text, 7, '0'), now()
FROM generate_series(1, 500) AS n
ON CONFLICT (actor_id) DO NOTHING;

INSERT INTO funding_calls (id, funder_id, edition, title, description, scope_territory, envelope_cents, max_grant_cents, cofunding_cap_percent,
                           eligibility, criteria, required_documents, opens_at, closes_at, report_due_on, report_gap_threshold_percent,
                           status, awarded_cents, opened_at, closed_at, created_by, created_at)
SELECT md5('benchmark/call/' || c)::uuid, md5('benchmark/funder')::uuid, 2026, 'Appel de benchmark n° ' || c, NULL, 'region:84',
       CASE WHEN c = 0 THEN 40000000 ELSE 100000000 END, 500000, 80,
       '{"actorKinds":["association"],"applicantInScope":true,"requireSiretOrRna":true,"minimumLinkedEvents":0}',
       '[{"key":"local-partnership","label":"Partenariats locaux","weight":40},{"key":"public-reach","label":"Public touché","weight":35},{"key":"budget-quality","label":"Qualité du budget","weight":25}]',
       '[]', '2026-02-01 09:00+01', '2026-04-30 23:59+02', '2027-03-31', 15,
       CASE WHEN c = 0 THEN 'Closed' ELSE 'Open' END, 0, '2026-02-01 09:00+01', CASE WHEN c = 0 THEN timestamptz '2026-04-30 23:59+02' END,
       'benchmark', now()
FROM generate_series(0, 50) AS c
ON CONFLICT (id) DO NOTHING;

-- Applications 1..:applications over calls 1..50; applications 100001..100200 on call 0, for the decisions.
CREATE TEMP TABLE bench_applications ON COMMIT DROP AS
SELECT n, md5('benchmark/application/' || n)::uuid AS id,
       md5('benchmark/call/' || CASE WHEN n > 100000 THEN 0 ELSE 1 + n % 50 END)::uuid AS call_id,
       md5('benchmark/applicant/' || 1 + n % 500)::uuid AS applicant_id
FROM (SELECT generate_series(1, :applications) AS n UNION ALL SELECT generate_series(100001, 100200)) AS numbers;

INSERT INTO applications (id, call_id, applicant_id, project, event_ids, budget, requested_cents, documents, contact, status, submitted_at,
                          created_by, created_at, updated_at)
SELECT a.id, a.call_id, a.applicant_id,
       jsonb_build_object('title', 'Projet de benchmark n° ' || a.n, 'objectives', 'Sensibiliser aux solidarités internationales pendant la Semaine.',
                          'beneficiaries', 'Habitants et scolaires.', 'territory', 'commune:69123', 'startsOn', '2026-11-14', 'endsOn', '2026-11-22'),
       '{}',
       '{"charges":[{"account":"606","label":"Achats","amountCents":180000},{"account":"6226","label":"Intervenants","amountCents":420000}],"income":[{"account":"756","label":"Cotisations","amountCents":30000}],"coFunders":[{"name":"Ville","actorId":null,"amountCents":170000,"status":"granted"}],"inKindCharges":[],"inKindIncome":[]}',
       400000, '[]', '{"contactId":null,"name":"Camille Exemple","email":"camille.exemple@example.org","phone":null}',
       CASE WHEN a.n > 100000 OR a.n % 3 = 0 THEN 'UnderReview' ELSE 'Submitted' END,
       '2026-04-01 12:00+02', 'benchmark', now(), now()
FROM bench_applications a
ON CONFLICT (id) DO NOTHING;

INSERT INTO reviews (id, application_id, call_id, reviewer_subject, reviewer_name, assigned_by, assigned_at, status, declared_at, recusal_reason,
                     scores, comment, submitted_at)
SELECT md5('benchmark/review/' || a.n || '/' || r)::uuid, a.id, a.call_id, 'benchmark-reviewer-' || r, 'Relecteur ' || r, 'benchmark',
       '2026-05-02 09:00+02', 'Submitted', '2026-05-03 09:00+02', NULL,
       jsonb_build_array(jsonb_build_object('criterion', 'local-partnership', 'score', (a.n + r) % 6, 'comment', NULL),
                         jsonb_build_object('criterion', 'public-reach', 'score', (a.n * 7 + r) % 6, 'comment', NULL),
                         jsonb_build_object('criterion', 'budget-quality', 'score', (a.n * 3 + r) % 6, 'comment', NULL)),
       NULL, '2026-05-10 18:00+02'
FROM bench_applications a CROSS JOIN generate_series(1, 2) AS r
WHERE a.n <= 100000
ON CONFLICT (id) DO NOTHING;

-- The session that decides on call 0: a fresh one each run, so the decisions can be timed again.
DELETE FROM committee_decisions WHERE session_id = md5('benchmark/session')::uuid;
DELETE FROM grant_payments WHERE grant_id IN (SELECT id FROM grants WHERE call_id = md5('benchmark/call/0')::uuid);
DELETE FROM grants WHERE call_id = md5('benchmark/call/0')::uuid;
DELETE FROM due_jobs WHERE kind IN ('RemindReport', 'ReportOverdue') AND subject_id NOT IN (SELECT id FROM grants);
UPDATE applications SET status = 'UnderReview' WHERE call_id = md5('benchmark/call/0')::uuid;
UPDATE funding_calls SET awarded_cents = 0 WHERE id = md5('benchmark/call/0')::uuid;
INSERT INTO committee_sessions (id, call_id, held_at, place, quorum, members, agenda, minutes, signed_off_at, signed_off_by, created_by, created_at)
VALUES (md5('benchmark/session')::uuid, md5('benchmark/call/0')::uuid, '2026-06-25 10:00+02', 'Salle de benchmark', 2,
        '[{"name":"Membre A","role":"Présidente","present":true},{"name":"Membre B","role":"Élu","present":true}]',
        (SELECT array_agg(id ORDER BY n) FROM bench_applications WHERE n > 100000), NULL, NULL, NULL, 'benchmark', now())
ON CONFLICT (id) DO UPDATE SET agenda = excluded.agenda;

COMMIT;
ANALYZE;

#!/usr/bin/env bash
# benchmarks/calendar.sh: the events calendar at national scale (20,000 events across France in
# the 2026 edition), through the gateway, each figure next to the same query run directly in
# PostgreSQL: the programme of a region, a department and a commune (a page of 50), the iCalendar
# feed of a department, free-text search and the changes feed.
#
# Measures and prints; it is not a test and asserts nothing. It expects a running platform
# (`./ssi up`, ideally with a raised rate limit: see benchmarks/README.md) whose directory holds the
# territories, loads the benchmark data once (benchmarks/calendar-seed.sql), then runs
# benchmarks/Ssi.Benchmarks and pgbench. Loopback only; bounded request counts.
#
# usage: benchmarks/calendar.sh [--events N] [--skip-seed]
# Honours ./ssi's settings: SSI_STATE_DIR, SSI_PG_PORT, SSI_GATEWAY_PORT.
# SSI_BENCH_TOKEN: a bearer token to send (default: ./ssi token --role admin).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

events=20000
seed=1
while (($#)); do
  case "$1" in
    --events) events=${2:?--events needs a number}; shift 2 ;;
    --skip-seed) seed=0; shift ;;
    -h | --help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "calendar.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

PG_PORT=${SSI_PG_PORT:-55432}
GATEWAY=http://127.0.0.1:${SSI_GATEWAY_PORT:-5080}
PG_BIN=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/pgbench' | sort -V | tail -n 1)")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sql() { PGPASSWORD=ssi psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d "${2:-calendardb}" -c "$1"; }

command -v psql >/dev/null || die "psql not found on PATH"
[[ -x $PG_BIN/pgbench ]] || die "pgbench not found (Debian's postgresql package ships it)"
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GATEWAY/alive" || true) == 200 ]] ||
  die "no gateway answers on $GATEWAY: start the platform first (see benchmarks/README.md)"

if ((seed)); then
  # shellcheck source=benchmarks/calendar-seed.sh
  source "$REPO_ROOT/benchmarks/calendar-seed.sh"
  seed_calendar "$events" "population IS NOT NULL" 5000
fi

programme() { sql "SELECT md5('benchmark/programme/$1')::uuid"; }
region=$(programme region) department=$(programme department) commune=$(programme commune)
period="e.starts_at < '2026-11-30 00:00+01' AND e.ends_at > '2026-11-13 00:00+01' AND EXISTS (SELECT 1 FROM event_slots s WHERE s.event_id = e.id AND s.starts_at < '2026-11-30 00:00+01' AND s.ends_at > '2026-11-13 00:00+01')"

# Each scenario: name, requests, URL through the gateway, and the same reads in SQL: the page with its
# slots (and, for the changes feed, the events it carries with their organisers and venues).
scenarios=(
  "programme-region|100|/api/calendar/programmes/$region/events?limit=50|WITH page AS (SELECT e.* FROM events e WHERE e.region_code = '84' AND e.moderation = 'Published' AND $period ORDER BY e.starts_at, e.id LIMIT 51) SELECT * FROM page p LEFT JOIN event_slots s ON s.event_id = p.id ORDER BY p.starts_at, p.id;"
  "programme-department|100|/api/calendar/programmes/$department/events?limit=50|WITH page AS (SELECT e.* FROM events e WHERE e.department_code = '69' AND e.moderation = 'Published' AND $period ORDER BY e.starts_at, e.id LIMIT 51) SELECT * FROM page p LEFT JOIN event_slots s ON s.event_id = p.id ORDER BY p.starts_at, p.id;"
  "programme-commune|100|/api/calendar/programmes/$commune/events?limit=50|WITH page AS (SELECT e.* FROM events e WHERE e.commune_code = '69123' AND e.moderation = 'Published' AND $period ORDER BY e.starts_at, e.id LIMIT 51) SELECT * FROM page p LEFT JOIN event_slots s ON s.event_id = p.id ORDER BY p.starts_at, p.id;"
  "ical-department|10|/api/calendar/programmes/$department/calendar.ics|SELECT * FROM events e LEFT JOIN event_slots s ON s.event_id = e.id WHERE e.department_code = '69' AND e.moderation = 'Published' AND $period ORDER BY e.starts_at, e.id;"
  "search-text|100|/api/calendar/events?q=souverainete%20alimentaire%20cine&limit=20|WITH page AS (SELECT e.* FROM events e WHERE 'souverainete' <% e.search_text AND 'alimentaire' <% e.search_text AND 'cine' <% e.search_text AND e.moderation = 'Published' ORDER BY e.starts_at, e.id LIMIT 21) SELECT * FROM page p LEFT JOIN event_slots s ON s.event_id = p.id;"
  "search-text-typos|100|/api/calendar/events?q=migratons%20confernce&limit=20|WITH page AS (SELECT e.* FROM events e WHERE 'migratons' <% e.search_text AND 'confernce' <% e.search_text AND e.moderation = 'Published' ORDER BY e.starts_at, e.id LIMIT 21) SELECT * FROM page p LEFT JOIN event_slots s ON s.event_id = p.id;"
  "changes-feed|100|/api/calendar/changes?limit=100|WITH page AS (SELECT * FROM changes WHERE (transaction_id, sequence) > ('0'::xid8, 0) AND transaction_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY transaction_id, sequence LIMIT 101) SELECT * FROM page c LEFT JOIN events e ON e.id = c.entity_id LEFT JOIN event_slots s ON s.event_id = e.id LEFT JOIN directory_actors o ON o.actor_id = e.organiser_id LEFT JOIN venues v ON v.id = e.venue_id;"
)

token=${SSI_BENCH_TOKEN:-$("$REPO_ROOT/ssi" token --role admin --ttl 240)}
say "building the benchmark client"
dotnet build "$REPO_ROOT/benchmarks/Ssi.Benchmarks" -c Release -nologo -v q >&2 || die "could not build benchmarks/Ssi.Benchmarks"
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name requests url _ <<<"$scenario"
  printf 'get %s 1 %s %s\n' "$name" "$requests" "$url" >>"$work/scenarios.txt"
done

cat <<EOF
Events calendar benchmark through the gateway ($GATEWAY), $(date -u '+%Y-%m-%d %H:%M UTC')
machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)
calendar: $(sql "SELECT count(*) FROM events WHERE moderation = 'Published'") published events, $(sql "SELECT count(*) FROM event_slots") slots, $(sql "SELECT count(*) FROM changes") changes-feed lines; region 84 holds $(sql "SELECT count(*) FROM events WHERE region_code = '84'"), department 69 $(sql "SELECT count(*) FROM events WHERE department_code = '69'"), Lyon $(sql "SELECT count(*) FROM events WHERE commune_code = '69123'")

EOF
SSI_BENCH_TOKEN=$token dotnet "$REPO_ROOT/benchmarks/Ssi.Benchmarks/bin/Release/net10.0/Ssi.Benchmarks.dll" \
  --gateway "$GATEWAY" --scenarios "$work/scenarios.txt" --token "$token" | tee "$work/api.txt"

# The same queries in PostgreSQL alone (pgbench, one client), and the ratio of the medians.
printf '\n%-30s %8s %8s %8s %12s\n' "scenario" "sql p50" "sql p95" "api p50" "api/sql p50"
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name requests _ query <<<"$scenario"
  printf '%s\n' "$query" >"$work/$name.sql"
  (cd "$work" && PGPASSWORD=ssi "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U ssi -f "$work/$name.sql" -t "$requests" \
    -l --log-prefix="$work/$name" calendardb >/dev/null 2>&1) || die "pgbench could not run the $name query"
  read -r p50 p95 < <(cat "$work/$name".* | awk '{ print $3 / 1000 }' | sort -n |
    awk '{ v[NR] = $1 } END { i50 = int(NR * 0.5 + 0.999); i95 = int(NR * 0.95 + 0.999); printf "%.1f %.1f\n", v[i50], v[i95] }')
  api=$(awk -v name="$name" '$1 == name { print $4 }' "$work/api.txt")
  printf '%-30s %8s %8s %8s %12s\n' "$name" "$p50" "$p95" "$api" "$(awk -v a="$api" -v s="$p50" 'BEGIN { if (s > 0) printf "%.1f", a / s; else print "-" }')"
done

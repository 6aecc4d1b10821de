# benchmarks/calendar-seed.sh, sourced by calendar.sh and public-site.sh: loads calendar-seed.sql
# over a selection of the directory's communes, the most populous first. Uses the sourcing script's
# say, die, sql, PG_PORT, REPO_ROOT and work.
# usage: seed_calendar EVENTS "condition on territories" LIMIT|ALL [-v NAME=VALUE...]
seed_calendar() {
  local events=$1 communes=$2 limit=$3 started
  shift 3
  [[ $(sql "SELECT count(*) FROM territories WHERE kind = 'Commune' AND $communes" directorydb) != 0 ]] ||
    die "the directory has no communes where $communes: './ssi up' imports the territories"
  say "loading $events benchmark events over the communes where $communes (a no-op when already there)"
  sql "\copy (SELECT code, name, epci_code, department_code, region_code FROM territories WHERE kind = 'Commune' AND $communes ORDER BY population DESC NULLS LAST, code LIMIT $limit) TO '$work/communes.csv' WITH (FORMAT csv)" directorydb
  started=$SECONDS
  PGPASSWORD=ssi psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d calendardb \
    -v events="$events" "$@" -f "$REPO_ROOT/benchmarks/calendar-seed.sql" <"$work/communes.csv" >&2
  say "loading took $((SECONDS - started)) s"
}

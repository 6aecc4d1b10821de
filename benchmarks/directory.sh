#!/usr/bin/env bash
# benchmarks/directory.sh: search and changes-feed latency of the actor directory, through the
# gateway, with the directory at national size (every local authority + 100,000 associations).
#
# Measures and prints; it is not a test and asserts nothing. It expects a running platform
# (`./ssi up`, ideally with a raised rate limit: see benchmarks/README.md), makes sure the
# directory database holds the territories and the scale data (importing and seeding them with
# the service's own commands, which are idempotent), then runs benchmarks/Ssi.Benchmarks with the
# scenarios of benchmarks/directory-scenarios.txt. Loopback only; bounded request counts.
#
# usage: benchmarks/directory.sh [--associations N] [--skip-seed] [--scenarios FILE]
# Honours ./ssi's settings: SSI_STATE_DIR, SSI_PG_PORT, SSI_RABBITMQ_PORT, SSI_GATEWAY_PORT.
# SSI_BENCH_TOKEN: a bearer token to send (default: ./ssi token --role admin).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

associations=100000
seed=1
scenarios=$REPO_ROOT/benchmarks/directory-scenarios.txt
while (($#)); do
  case "$1" in
    --associations) associations=${2:?--associations needs a number}; shift 2 ;;
    --skip-seed) seed=0; shift ;;
    --scenarios) scenarios=${2:?--scenarios needs a file}; shift 2 ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "directory.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# The names and ports the AppHost gives the directory's database and the broker.
STATE_DIR=${SSI_STATE_DIR:-$REPO_ROOT/.ssi}
PG_PORT=${SSI_PG_PORT:-55432}
RMQ_PORT=${SSI_RABBITMQ_PORT:-55672}
GATEWAY=http://127.0.0.1:${SSI_GATEWAY_PORT:-5080}
DATABASE=directorydb
VHOST=ssi
DIRECTORY_DLL=$REPO_ROOT/services/ActorDirectory/bin/${SSI_CONFIGURATION:-Release}/net10.0/ActorDirectory.dll

sql() { PGPASSWORD=ssi psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d "$DATABASE" -c "$1"; }

# Runs the directory's own commands with the configuration the AppHost hands the service.
directory() {
  local key=()
  [[ -s $STATE_DIR/jwt-signing-key ]] && key=("Authentication__Jwt__SigningKey=$(<"$STATE_DIR/jwt-signing-key")")
  (cd "$REPO_ROOT/services/ActorDirectory" &&
    env ASPNETCORE_ENVIRONMENT=Development \
      "ConnectionStrings__directorydb=Host=127.0.0.1;Port=$PG_PORT;Database=$DATABASE;Username=ssi;Password=ssi" \
      "ConnectionStrings__messaging=amqp://ssi:ssi@127.0.0.1:$RMQ_PORT/$VHOST" \
      "${key[@]}" timeout 900 dotnet "$DIRECTORY_DLL" "$@" </dev/null)
}

command -v dotnet >/dev/null || die "dotnet not found on PATH"
command -v psql >/dev/null || die "psql not found on PATH"
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GATEWAY/alive" || true) == 200 ]] ||
  die "no gateway answers on $GATEWAY: start the platform first (see benchmarks/README.md)"
[[ -f $DIRECTORY_DLL ]] || die "$DIRECTORY_DLL is missing: build the platform (./ssi up builds it)"

if ((seed)); then
  [[ $(sql "SELECT count(*) FROM territories WHERE kind = 'Commune'") != 0 ]] ||
    die "the directory has no territories: './ssi up' imports them"
  say "seeding the scale data ($associations associations; a no-op when already there)"
  started=$SECONDS
  directory --seed-scale --associations "$associations" >&2
  say "seeding took $((SECONDS - started)) s"
fi

token=${SSI_BENCH_TOKEN:-$("$REPO_ROOT/ssi" token --role admin --ttl 240)}

say "building the benchmark client"
dotnet build "$REPO_ROOT/benchmarks/Ssi.Benchmarks" -c Release -nologo -v q >&2 || die "could not build benchmarks/Ssi.Benchmarks"

cat <<EOF
Actor directory benchmark through the gateway ($GATEWAY), $(date -u '+%Y-%m-%d %H:%M UTC')
machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)
directory: $(sql "SELECT count(*) FROM actors") actors, $(sql "SELECT count(*) FROM offers") offers, $(sql "SELECT count(*) FROM changes") changes-feed lines (database $DATABASE)

EOF
SSI_BENCH_TOKEN=$token dotnet "$REPO_ROOT/benchmarks/Ssi.Benchmarks/bin/Release/net10.0/Ssi.Benchmarks.dll" \
  --gateway "$GATEWAY" --scenarios "$scenarios"

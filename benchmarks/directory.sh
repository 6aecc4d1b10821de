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
# Honours ./ssi's settings: SSI_INSTANCE, SSI_STATE_DIR, SSI_PG_PORT, SSI_RABBITMQ_PORT, SSI_GATEWAY_PORT.
# SSI_TERRITORIES_DIR: the data/ folder of @etalab/decoupage-administratif (fetched with npm when unset).
# SSI_BENCH_TOKEN: a bearer token to send (default: ./ssi token --role admin).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
TERRITORIES_PACKAGE=@etalab/decoupage-administratif@6.0.0

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

# The same names ./ssi gives the instance's database, virtual host and state.
INSTANCE=${SSI_INSTANCE:-default}
STATE_DIR=${SSI_STATE_DIR:-$REPO_ROOT/.ssi}
PG_PORT=${SSI_PG_PORT:-55432}
RMQ_PORT=${SSI_RABBITMQ_PORT:-55672}
GATEWAY=http://127.0.0.1:${SSI_GATEWAY_PORT:-5080}
if [[ $INSTANCE == default ]]; then DATABASE=directorydb VHOST=ssi; else DATABASE=${INSTANCE}_directorydb VHOST=ssi-$INSTANCE; fi
DIRECTORY_DLL=$REPO_ROOT/services/ActorDirectory/bin/Debug/net10.0/ActorDirectory.dll

sql() { PGPASSWORD=ssi psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d "$DATABASE" -c "$1"; }

# Runs the directory's own commands with the configuration ./ssi hands the service.
directory() {
  local key=()
  [[ -s $STATE_DIR/jwt-signing-key ]] && key=("Authentication__Jwt__SigningKey=$(<"$STATE_DIR/jwt-signing-key")")
  (cd "$REPO_ROOT/services/ActorDirectory" &&
    env ASPNETCORE_ENVIRONMENT=Development \
      "ConnectionStrings__directorydb=Host=127.0.0.1;Port=$PG_PORT;Database=$DATABASE;Username=ssi;Password=ssi" \
      "ConnectionStrings__messaging=amqp://ssi:ssi@127.0.0.1:$RMQ_PORT/$VHOST" \
      "${key[@]}" timeout 900 dotnet "$DIRECTORY_DLL" "$@" </dev/null)
}

territories_dir() {
  if [[ -n ${SSI_TERRITORIES_DIR:-} ]]; then printf '%s' "$SSI_TERRITORIES_DIR"; return; fi
  local dir=$STATE_DIR/bench/decoupage-administratif
  if [[ ! -f $dir/package/data/communes.json ]]; then
    command -v npm >/dev/null || die "npm is needed to fetch $TERRITORIES_PACKAGE (or set SSI_TERRITORIES_DIR)"
    say "fetching $TERRITORIES_PACKAGE"
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$TERRITORIES_PACKAGE" >/dev/null && tar -xzf etalab-decoupage-administratif-*.tgz)
  fi
  printf '%s' "$dir/package/data"
}

command -v dotnet >/dev/null || die "dotnet not found on PATH"
command -v psql >/dev/null || die "psql not found on PATH"
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GATEWAY/alive" || true) == 200 ]] ||
  die "no gateway answers on $GATEWAY: start the platform first (see benchmarks/README.md)"
[[ -f $DIRECTORY_DLL ]] || die "$DIRECTORY_DLL is missing: build the platform (./ssi up builds it)"

if ((seed)); then
  if [[ $(sql "SELECT count(*) FROM territories WHERE kind = 'Commune'") == 0 ]]; then
    say "importing territories into $DATABASE"
    directory --import-territories "$(territories_dir)" >&2
    [[ $(sql "SELECT count(*) FROM territories WHERE kind = 'Commune'") != 0 ]] ||
      die "the territories are still missing after --import-territories"
  fi
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

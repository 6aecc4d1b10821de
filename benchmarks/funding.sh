#!/usr/bin/env bash
# benchmarks/funding.sh: funding calls at a regional council's scale, through the gateway: 5,000
# applications over 50 calls (two submitted reviews each), read as a funder reads them (a page of
# a call's applications, its ranking, its CSV export), then 200 decisions sent at once on one
# call's envelope, which can pay only half of them.
#
# Measures and prints; it is not a test and asserts nothing, though it says whether the envelope
# held. It expects a running platform (`./ssi up`, with a raised rate limit: see
# benchmarks/README.md), loads the benchmark data (benchmarks/funding-seed.sql), then runs
# benchmarks/Ssi.Benchmarks and curl. Loopback only; bounded request counts.
#
# usage: benchmarks/funding.sh [--applications N]
# Honours ./ssi's settings: SSI_STATE_DIR, SSI_PG_PORT, SSI_GATEWAY_PORT.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

applications=5000
while (($#)); do
  case "$1" in
    --applications) applications=${2:?--applications needs a number}; shift 2 ;;
    -h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "funding.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

PG_PORT=${SSI_PG_PORT:-55432}
GATEWAY=http://127.0.0.1:${SSI_GATEWAY_PORT:-5080}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sql() { PGPASSWORD=ssi psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d fundingdb -c "$1"; }

command -v psql >/dev/null || die "psql not found on PATH"
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GATEWAY/alive" || true) == 200 ]] ||
  die "no gateway answers on $GATEWAY: start the platform first (see benchmarks/README.md)"

say "loading $applications benchmark applications and a fresh committee session"
started=$SECONDS
PGPASSWORD=ssi psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d fundingdb \
  -v applications="$applications" -f "$REPO_ROOT/benchmarks/funding-seed.sql" >&2
say "loading took $((SECONDS - started)) s"

funder=$(sql "SELECT md5('benchmark/funder')::uuid")
session=$(sql "SELECT md5('benchmark/session')::uuid")
token=$("$REPO_ROOT/ssi" token --role funder --actor "$funder" --ttl 240)
say "building the benchmark client"
dotnet build "$REPO_ROOT/benchmarks/Ssi.Benchmarks" -c Release -nologo -v q >&2 || die "could not build benchmarks/Ssi.Benchmarks"
for c in 1 2 3 4 5; do
  call=$(sql "SELECT md5('benchmark/call/$c')::uuid")
  printf 'get applications-page 4 200 /api/funding/calls/%s/applications?limit=50\n' "$call"
  printf 'get ranking 4 100 /api/funding/calls/%s/ranking\n' "$call"
  printf 'get applications-csv 2 50 /api/funding/calls/%s/applications.csv\n' "$call"
done >"$work/scenarios.txt"

cat <<EOF
Funding benchmark through the gateway ($GATEWAY), $(date -u '+%Y-%m-%d %H:%M UTC')
machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)
funding: $(sql "SELECT count(*) FROM funding_calls") calls, $(sql "SELECT count(*) FROM applications") applications, $(sql "SELECT count(*) FROM reviews") reviews; a call holds $(sql "SELECT count(*) FROM applications WHERE call_id = md5('benchmark/call/1')::uuid") applications

EOF
dotnet "$REPO_ROOT/benchmarks/Ssi.Benchmarks/bin/Release/net10.0/Ssi.Benchmarks.dll" --gateway "$GATEWAY" --scenarios "$work/scenarios.txt" --token "$token"

# 200 awards of 4,000 EUR at once on an envelope of 400,000 EUR, which holds 100 of them: every
# request on its own connection, all sent together.
envelope=$(sql "SELECT envelope_cents FROM funding_calls WHERE id = md5('benchmark/call/0')::uuid")
sql "SELECT id FROM applications WHERE call_id = md5('benchmark/call/0')::uuid ORDER BY id" | while read -r application; do
  [[ -s $work/decisions.curl ]] && echo next
  printf 'url = "%s/api/funding/sessions/%s/decisions"\n' "$GATEWAY" "$session"
  printf 'header = "Authorization: Bearer %s"\n' "$token"
  printf 'json = "{\\"applicationId\\":\\"%s\\",\\"outcome\\":\\"accepted\\",\\"amountCents\\":400000}"\n' "$application"
  printf 'output = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n'
done >>"$work/decisions.curl"
started=$(date +%s%N)
curl -s --parallel --parallel-immediate --parallel-max 200 -K "$work/decisions.curl" >"$work/decisions.txt" || true
elapsed=$((($(date +%s%N) - started) / 1000000))
awarded=$(sql "SELECT awarded_cents FROM funding_calls WHERE id = md5('benchmark/call/0')::uuid")
granted=$(sql "SELECT coalesce(sum(amount_cents), 0) FROM grants WHERE call_id = md5('benchmark/call/0')::uuid")
printf '\n200 concurrent decisions on one envelope: %s ms in all; answers: %s\n' "$elapsed" \
  "$(awk '{ print $1 }' "$work/decisions.txt" | sort | uniq -c | awk '{ printf "%s x %s  ", $1, $2 }')"
printf 'per-request latency p50 %s ms, p95 %s ms\n' \
  "$(awk '{ print $2 * 1000 }' "$work/decisions.txt" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int(NR * 0.5 + 0.999)] }')" \
  "$(awk '{ print $2 * 1000 }' "$work/decisions.txt" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int(NR * 0.95 + 0.999)] }')"
printf 'envelope %s cents, awarded %s cents, grants total %s cents: %s\n' "$envelope" "$awarded" "$granted" \
  "$([[ $awarded -le $envelope && $awarded -eq $granted ]] && echo 'never exceeded' || echo 'EXCEEDED OR INCONSISTENT')"

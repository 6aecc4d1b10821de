#!/usr/bin/env bash
# benchmarks/public-site.sh: the public web site's programme page of one department holding 20,000
# published events of the edition, anonymously through the gateway, as a visitor reads it: the
# first request of the run, the page as the site's output cache serves it, the page rendered every
# time (a query string the cache has never seen), the second page (the page's own "next" link),
# and the page's size, plain and with Accept-Encoding: gzip.
#
# Measures and prints; it is not a test and asserts nothing. It expects a running platform with the
# public site behind the gateway and a raised anonymous rate limit (see benchmarks/README.md), loads
# the events once (benchmarks/calendar-seed.sql over the department's communes only), then runs
# benchmarks/Ssi.Benchmarks and curl. Loopback only; bounded request counts.
#
# usage: benchmarks/public-site.sh [--department CODE] [--events N] [--requests N] [--skip-seed]
# Honours ./ssi's settings: SSI_PG_PORT, SSI_GATEWAY_PORT.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

department=64
events=20000
requests=200
seed=1
while (($#)); do
  case "$1" in
    --department) department=${2:?--department needs a code}; shift 2 ;;
    --events) events=${2:?--events needs a number}; shift 2 ;;
    --requests) requests=${2:?--requests needs a number}; shift 2 ;;
    --skip-seed) seed=0; shift ;;
    -h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "public-site.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

department=${department^^}
[[ $department =~ ^(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-8])$ ]] || die "--department $department is not a department code (64, 2A, 971...)"
[[ $events =~ ^[0-9]+$ && $requests =~ ^[1-9][0-9]*$ ]] || die "--events and --requests take numbers"

PG_PORT=${SSI_PG_PORT:-55432}
GATEWAY=http://127.0.0.1:${SSI_GATEWAY_PORT:-5080}
PAGE=/programme/department/$department
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sql() { PGPASSWORD=ssi psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d "${2:-calendardb}" -c "$1"; }
# status, seconds and bytes of one anonymous GET, its body in $2
fetch() { curl -s -o "$2" -w '%{http_code} %{time_total} %{size_download}\n' --max-time 60 "${@:3}" "$GATEWAY$1"; }

command -v psql >/dev/null || die "psql not found on PATH"
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GATEWAY/alive" || true) == 200 ]] ||
  die "no gateway answers on $GATEWAY: start the platform first (see benchmarks/README.md)"

if ((seed)); then
  # shellcheck source=benchmarks/calendar-seed.sh
  source "$REPO_ROOT/benchmarks/calendar-seed.sh"
  # Ids of their own (batch) beside calendar.sh's events; no programme needed to list a territory's events.
  seed_calendar "$events" "department_code = '$department'" ALL -v batch="department-$department/" -v programmes=false
fi

# The first request of the run: rendered unless this page is still in the site's output cache
# from an earlier run (it keeps a page up to 10 minutes when no calendar change evicts it).
read -r status first_seconds plain_bytes < <(fetch "$PAGE" "$work/page.html")
[[ $status == 200 ]] ||
  die "GET $PAGE answered $status through the gateway: is the public site (services/PublicSite) in this build and routed at /?"

read -r _ _ gzip_bytes < <(fetch "$PAGE" "$work/page.gz" -D "$work/gzip-headers" -H 'Accept-Encoding: gzip')
compressed=0
grep -qi '^content-encoding: *gzip' "$work/gzip-headers" && compressed=1

# The page's own link to the following events (<a href="..." rel="next">), as HTML-encoded in its href.
next=$(grep -oE '<a [^>]*rel="next"[^>]*>' "$work/page.html" | head -n 1 | sed -E 's/.*href="([^"]*)".*/\1/; s/&amp;/\&/g' || true)
[[ -z $next || $next == /* ]] || next=$PAGE$next

say "building the benchmark client"
dotnet build "$REPO_ROOT/benchmarks/Ssi.Benchmarks" -c Release -nologo -v q >&2 || die "could not build benchmarks/Ssi.Benchmarks"
{
  printf 'get programme-page 1 %s %s\n' "$requests" "$PAGE"
  printf 'get programme-page-4-clients 4 %s %s\n' "$((requests * 2))" "$PAGE"
  [[ -z $next ]] || printf 'get programme-page-2 1 %s %s\n' "$requests" "$next"
} >"$work/warm.txt"
# The output cache varies by the whole query string, so a parameter it has never seen makes the site
# render the page (calling the calendar and the directory); the site reads only its own filters.
run=$(date +%s) rendered=$(((requests + 1) / 2))
for ((i = 0; i < rendered; i++)); do
  printf 'get programme-page-rendered 1 %s %s?mesure=%s-%s\n' "$rendered" "$PAGE" "$run" "$i"
done >"$work/rendered.txt"
printf 'get programme-page-gzip 1 %s %s\n' "$requests" "$PAGE" >"$work/gzip.txt"

client() { env -u SSI_BENCH_TOKEN dotnet "$REPO_ROOT/benchmarks/Ssi.Benchmarks/bin/Release/net10.0/Ssi.Benchmarks.dll" --gateway "$GATEWAY" "$@"; }

cat <<EOF
Public site benchmark through the gateway ($GATEWAY), anonymous, $(date -u '+%Y-%m-%d %H:%M UTC')
machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)
calendar: $(sql "SELECT count(*) FROM events WHERE moderation = 'Published'") published events, department $department holds $(sql "SELECT count(*) FROM events WHERE moderation = 'Published' AND department_code = '$department'")
page: $PAGE, next page: ${next:-none found on the page}

first request of the run: $(awk -v s="$first_seconds" 'BEGIN { printf "%.1f", s * 1000 }') ms
page size: $plain_bytes bytes; with Accept-Encoding: gzip $gzip_bytes bytes$( ((compressed)) || printf ' (not compressed: gzip -6 would make it %s)' "$(gzip -6 -c "$work/page.html" | wc -c)")

EOF
client --scenarios "$work/warm.txt"
client --scenarios "$work/rendered.txt" --warmup 0 | tail -n +2
if ((compressed)); then
  client --scenarios "$work/gzip.txt" --header 'Accept-Encoding: gzip' | tail -n +2
fi

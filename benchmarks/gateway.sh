#!/usr/bin/env bash
# benchmarks/gateway.sh: what the YARP gateway costs, next to the service answering directly and
# to nginx (Debian's) proxying the same service with the same keep-alive, measured in one run
# with the three targets taking turns, for four requests:
#   public-read   GET a territory (anonymous; the directory lets shared caches keep it an hour)
#   public-fresh  the same GET with `Cache-Control: no-cache`: every read goes to the service
#   db-list       GET the actors of a department, 100 per page (PostgreSQL-bound)
#   auth-write    POST a new actor with an admin's token (a transaction and an outbox event)
# It prints requests/s, p50 and p99 of each target (medians over the rounds), then the line
# `gateway/nginx throughput X.XX, gateway/direct p50 Y.YY` for the public read.
#
# Measures and prints; it is not a test and asserts nothing. It installs nginx and wrk from
# Debian when missing (./ssi install), starts the platform when none runs (./ssi up, with the
# gateway's rate limits raised through SSI_GATEWAY_CONFIG__*, nothing else changed) and stops it
# at the end; nginx runs from a temporary folder on a free port and stops with the script.
#
# usage: benchmarks/gateway.sh [--seconds N] [--rounds N] [--connections N]
#   --seconds N      length of one measurement (default 10)
#   --rounds N       rounds of direct, gateway, nginx in turn (default 3)
#   --connections N  concurrent keep-alive connections of the load generator (default 8)
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

seconds=10
rounds=3
connections=8
while (($#)); do
  case "$1" in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --connections) connections=${2:?--connections needs a number}; shift 2 ;;
    -h | --help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "gateway.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for value in "$seconds" "$rounds" "$connections"; do
  [[ $value =~ ^[1-9][0-9]*$ ]] || { echo "gateway.sh: options take positive whole numbers" >&2; exit 2; }
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

SSI=$REPO_ROOT/ssi
GATEWAY=http://127.0.0.1:${SSI_GATEWAY_PORT:-5080}
DIRECTORY=http://127.0.0.1:$((${SSI_SERVICE_PORT_BASE:-5100} + 1))
PREFIX=/api/directory

work=$(mktemp -d)
started_platform=0
cleanup() {
  [[ -s $work/nginx.pid ]] && kill -QUIT "$(<"$work/nginx.pid")" 2>/dev/null
  ((started_platform)) && "$SSI" down >&2
  rm -rf "$work"
}
trap cleanup EXIT

"$SSI" install nginx wrk

if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GATEWAY/alive" || true) == 200 ]]; then
  say "using the platform already running on $GATEWAY (its rate limits must be raised: see benchmarks/README.md)"
else
  say "starting the platform with the gateway's rate limits raised"
  SSI_GATEWAY_CONFIG__RateLimiting__Anonymous__PermitLimit=100000000 \
    SSI_GATEWAY_CONFIG__RateLimiting__Authenticated__PermitLimit=100000000 \
    "$SSI" up >/dev/null
  started_platform=1
fi
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$DIRECTORY/alive" || true) == 200 ]] ||
  die "the directory does not answer on $DIRECTORY (SSI_SERVICE_PORT_BASE)"

# nginx as a user would put it in front: the same upstream, HTTP/1.1 keep-alive to it, the same
# forwarded headers the gateway sends, one worker per core, no access log (the gateway keeps none).
nginx_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/logs"
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  client_max_body_size 1m;
  upstream directory {
    server ${DIRECTORY#http://};
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    location $PREFIX/ {
      proxy_pass http://directory/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-Prefix $PREFIX;
    }
  }
}
NGINX
nginx -p "$work" -c "$work/nginx.conf" -e "$work/logs/error.log" || die "nginx did not start (config: $work/nginx.conf)"
NGINX_URL=http://127.0.0.1:$nginx_port

# A platform just started still imports territories and demo data: wait until the cores are mostly idle.
cpu_idle_percent() { # over the next 5 seconds
  local a b
  read -ra a < <(head -n 1 /proc/stat)
  sleep 5
  read -ra b < <(head -n 1 /proc/stat)
  local total=0 i
  for ((i = 1; i < ${#a[@]}; i++)); do total=$((total + b[i] - a[i])); done
  echo $((100 * (b[4] + b[5] - a[4] - a[5]) / (total > 0 ? total : 1)))
}
say "waiting for the machine to be quiet (up to 5 minutes)"
quiet_deadline=$((SECONDS + 300))
until (($(cpu_idle_percent) >= 85)) || ((SECONDS >= quiet_deadline)); do :; done

token=$("$SSI" token --role admin --ttl 120)
# wrk sends each authenticated write with a new actor's name, on the gateway's own test commune (Billère).
cat >"$work/register.lua" <<'LUA'
local sent = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  sent = sent + 1
  local body = string.format('{"name":"Association du banc d\'essai %d-%d","kind":"association","territoryCode":"64129"}', os.time(), sent)
  return wrk.format(nil, nil, nil, body)
end
LUA

# scenario name, path below the service, wrk options
SCENARIOS=(
  "public-read|/territories/commune/64129|"
  "public-fresh|/territories/commune/64129|-H Cache-Control:\\ no-cache"
  "db-list|/actors?territory=department:64&limit=100|"
  "auth-write|/actors|-s $work/register.lua -H Authorization:\ Bearer\ $token"
)
TARGETS=(direct gateway nginx)
base_url() { case $1 in direct) printf '%s' "$DIRECTORY" ;; gateway) printf '%s%s' "$GATEWAY" "$PREFIX" ;; nginx) printf '%s%s' "$NGINX_URL" "$PREFIX" ;; esac; }

for scenario in "${SCENARIOS[@]}"; do
  IFS='|' read -r name path _ <<<"$scenario"
  for target in "${TARGETS[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$(base_url "$target")$path")
    [[ $name == auth-write || $code == 200 ]] || die "$target answers $code to GET $path"
  done
done

# One wrk run: prints "requests/s p50-ms p99-ms errors" (errors: non-2xx/3xx answers and socket errors).
measure() { # url seconds wrk-options...
  local url=$1 duration=$2
  shift 2
  wrk -t1 -c"$connections" -d"${duration}s" -T10s --latency "$@" "$url" | awk '
    function ms(value) {
      if (value ~ /us$/) return substr(value, 1, length(value) - 2) / 1000
      if (value ~ /ms$/) return substr(value, 1, length(value) - 2) + 0
      if (value ~ /s$/) return substr(value, 1, length(value) - 1) * 1000
      return value
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /^  Non-2xx or 3xx responses:/ { errors += $NF }
    /^  Socket errors:/ { for (i = 3; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) errors += $i }
    END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

median_of() { # scenario target column: the median over the rounds
  awk -v n="$1" -v t="$2" -v c="$3" '$1 == n && $2 == t { print $c }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

cat <<HEADER
Gateway benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO_ROOT" rev-parse --short HEAD)
machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)
load: wrk, 1 thread, $connections keep-alive connections, $seconds s per measurement, $rounds rounds (direct, gateway, nginx in turn); medians over the rounds
$(nginx -v 2>&1), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)

HEADER
printf '%-13s %-8s %10s %9s %9s %7s\n' scenario target 'req/s' 'p50 ms' 'p99 ms' errors
results=$work/results
: >"$results"
for scenario in "${SCENARIOS[@]}"; do
  IFS='|' read -r name path options <<<"$scenario"
  eval "wrk_options=($options)"
  for target in "${TARGETS[@]}"; do
    say "$name: warming up $target"
    measure "$(base_url "$target")$path" 2 "${wrk_options[@]}" >/dev/null
  done
  for ((round = 1; round <= rounds; round++)); do
    for target in "${TARGETS[@]}"; do
      say "$name: round $round, $target"
      printf '%s %s %s\n' "$name" "$target" "$(measure "$(base_url "$target")$path" "$seconds" "${wrk_options[@]}")" >>"$results"
    done
  done
  for target in "${TARGETS[@]}"; do
    printf '%-13s %-8s %10.1f %9.2f %9.2f %7d\n' "$name" "$target" "$(median_of "$name" "$target" 3)" \
      "$(median_of "$name" "$target" 4)" "$(median_of "$name" "$target" 5)" \
      "$(awk -v n="$name" -v t="$target" '$1 == n && $2 == t { e += $6 } END { print e + 0 }' "$results")"
  done
done

echo
echo "every round (scenario target req/s p50 p99 errors):"
sed 's/^/  /' "$results"
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "gateway/nginx throughput $(ratio "$(median_of public-read gateway 3)" "$(median_of public-read nginx 3)"), gateway/direct p50 $(ratio "$(median_of public-read gateway 4)" "$(median_of public-read direct 4)")"

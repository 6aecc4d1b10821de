#!/usr/bin/env bash
# benchmarks/messaging.sh: how long an integration event takes from its commit to its consumer,
# through the transactional outbox, next to RabbitMQ.Client alone on the same broker: latency (p50,
# p99) one event at a time and under a steady rate, and the relay's throughput with one and two
# replicas of a service next to the raw publisher-confirm rate. Last line:
# `event p50 / raw broker p50 Z.ZZ` (two replicas, idle, over raw publish->consume, idle).
#
# Measures and prints; it is not a test and asserts nothing. It needs no running platform: it
# installs RabbitMQ when missing (./ssi install), and the benchmark program
# (benchmarks/Ssi.Benchmarks.Messaging) starts PostgreSQL and RabbitMQ on free ports through the
# tests' infrastructure (tests/Ssi.Testing), hosts the outbox in-process with Ssi.Messaging's
# AddMessaging, and stops everything it started.
#
# usage: benchmarks/messaging.sh [--idle N] [--rate N] [--seconds N] [--events N]
#   --idle N     messages sent one at a time on each path (default 300), in 5 alternating rounds
#   --rate N     events a second of the steady load (default 500), for --seconds N (default 15)
#   --events N   events of the throughput bursts (default 2000)
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

bench_args=()
while (($#)); do
  case "$1" in
    --idle | --rate | --seconds | --events) bench_args+=("$1" "${2:?$1 needs a number}"); shift 2 ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "messaging.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

say "installing what the platform runs on, when missing (./ssi install)"
"$REPO_ROOT/ssi" install >&2 || die "could not install the platform's Debian packages"

say "building the benchmark program"
dotnet build "$REPO_ROOT/benchmarks/Ssi.Benchmarks.Messaging" -c Release -nologo -v q >&2 ||
  die "could not build benchmarks/Ssi.Benchmarks.Messaging"

cat <<HEADER
Messaging benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO_ROOT" rev-parse --short HEAD)
machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)

HEADER
(cd "$REPO_ROOT" && dotnet "benchmarks/Ssi.Benchmarks.Messaging/bin/Release/net10.0/Ssi.Benchmarks.Messaging.dll" "${bench_args[@]}")

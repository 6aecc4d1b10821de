#!/usr/bin/env bash
# benchmarks/communications.sh: one campaign to 20,000 recipients, sent through the local SMTP
# server (maildev), timed from the moment it is scheduled through the gateway until the last
# message is in the SMTP server's inbox. Prints messages per second and the end-to-end time next
# to listmonk's default rate (about 100 messages per second) as the reference.
#
# Measures and prints; it asserts nothing, though it says whether any address got two messages.
# It expects a running platform whose send rate is raised (communications sends 100 messages per
# second by default, listmonk's rate, which would take 200 s here):
#   SSI_GATEWAY_CONFIG__RateLimiting__Authenticated__PermitLimit=1000000 \
#   SSI_COMMUNICATIONS_CONFIG__Mail__MessagesPerSecond=5000 SSI_COMMUNICATIONS_CONFIG__Mail__Connections=4 ./ssi up
# It loads its recipients (benchmarks/communications-seed.sql), then uses curl.
#
# usage: benchmarks/communications.sh [--recipients N]
# Honours ./ssi's settings: SSI_PG_PORT, SSI_GATEWAY_PORT, SSI_SMTP_PORT, SSI_MAIL_INBOX_PORT.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

recipients=20000
while (($#)); do
  case "$1" in
    --recipients) recipients=${2:?--recipients needs a number}; shift 2 ;;
    -h | --help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "communications.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

PG_PORT=${SSI_PG_PORT:-55432}
GATEWAY=http://127.0.0.1:${SSI_GATEWAY_PORT:-5080}
INBOX=http://127.0.0.1:${SSI_MAIL_INBOX_PORT:-51080}
sql() { PGPASSWORD=ssi psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d commsdb -c "$1"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
inbox_total() { curl -s "$INBOX/api/email/summary?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

command -v psql >/dev/null || die "psql not found on PATH"
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$GATEWAY/alive" || true) == 200 ]] ||
  die "no gateway answers on $GATEWAY: start the platform first (see the header of this script)"
[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$INBOX/api/healthz" || true) == 200 ]] ||
  die "no maildev answers on $INBOX"

say "loading $recipients recipients into commsdb"
PGPASSWORD=ssi psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ssi -d commsdb \
  -v recipients="$recipients" -f "$REPO_ROOT/benchmarks/communications-seed.sql" >&2
token=$("$REPO_ROOT/ssi" token --role coordinator --territory department:64 --ttl 240)
api() { curl -s -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
run=$(date +%s)
sender='{"territory":"department:64"}'
template=$(api -X POST "$GATEWAY/api/communications/templates" -d @- <<EOF | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
{"sender":$sender,"name":"Mesure $run","subject":"Mesure $run : le programme du Festival",
 "htmlBody":"<p>Bonjour {{ recipient.name }} ({{ recipient.organisation }}),</p><p>Voici le programme de novembre.</p><p><a href=\"{{ unsubscribe_url }}\">Se désinscrire</a></p>",
 "textBody":"Bonjour {{ recipient.name }},\nVoici le programme de novembre.\nSe désinscrire : {{ unsubscribe_url }}"}
EOF
)
audience='{"segment":{"territory":"department:64","themes":["benchmark-campaign"]}}'
campaign=$(api -X POST "$GATEWAY/api/communications/campaigns" -d "{\"sender\":$sender,\"name\":\"Mesure $run\",\"senderName\":\"Mesure\",\"templateId\":\"$template\",\"audience\":$audience}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
preview=$(api -X POST "$GATEWAY/api/communications/audiences/preview" -d "{\"sender\":$sender,\"audience\":$audience}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
before=$(inbox_total)

say "sending campaign $campaign to $preview recipients"
started=$(now_ms)
api -X POST "$GATEWAY/api/communications/campaigns/$campaign/schedule" -d '{}' >/dev/null
deadline=$((SECONDS + 1800))
until [[ $(sql "SELECT status FROM campaigns WHERE id = '$campaign'") == Finished ]]; do
  ((SECONDS < deadline)) || die "the campaign did not finish within 30 minutes"
  sleep 0.2
done
finished=$(now_ms)
until (($(inbox_total) - before >= preview)); do
  ((SECONDS < deadline)) || die "maildev did not receive every message"
  sleep 0.2
done
received=$(now_ms)

read -r queue_ms send_ms sent failed <<<"$(sql "SELECT (extract(epoch FROM started_at - send_at) * 1000)::bigint, (extract(epoch FROM finished_at - started_at) * 1000)::bigint,
  (SELECT count(*) FROM deliveries WHERE campaign_id = c.id AND state = 'Sent'), (SELECT count(*) FROM deliveries WHERE campaign_id = c.id AND state <> 'Sent')
  FROM campaigns c WHERE id = '$campaign'" | tr '|' ' ')"
duplicates=$(sql "SELECT count(*) FROM (SELECT recipient_email FROM deliveries WHERE campaign_id = '$campaign' GROUP BY 1 HAVING count(*) > 1) d")
total_ms=$((received - started))
python3 - "$preview" "$sent" "$failed" "$queue_ms" "$send_ms" "$total_ms" "$((finished - started))" "$duplicates" <<'PY'
import sys
recipients, sent, failed, queue_ms, send_ms, total_ms, finished_ms, duplicates = map(int, sys.argv[1:])
rate = sent / (send_ms / 1000) if send_ms else float("nan")
print(f"Communications benchmark: one campaign through the gateway to maildev")
print(f"  recipients             {recipients}")
print(f"  sent / not sent        {sent} / {failed}   (addresses queued twice: {duplicates})")
print(f"  launch (audience resolved, every e-mail rendered and queued)   {queue_ms / 1000:.1f} s")
print(f"  sending (queued -> every message accepted by SMTP)   {send_ms / 1000:.1f} s   {rate:.0f} messages/s")
print(f"  scheduled -> campaign finished                    {finished_ms / 1000:.1f} s")
print(f"  scheduled -> last message in the SMTP inbox       {total_ms / 1000:.1f} s   {recipients / (total_ms / 1000):.0f} messages/s end to end")
print(f"  reference: listmonk's default rate, about 100 messages/s -> {recipients / 100:.0f} s for {recipients} recipients")
PY
# The same SMTP server fed by a bare client (Python's smtplib, 4 connections, no database): the
# most this server takes on this machine, to set the campaign's rate against.
raw=$(python3 - <<'PY'
import smtplib, sys, time, os
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
port, count, connections = int(os.environ.get("SSI_SMTP_PORT", "51025")), 2000, 4
def send(worker):
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for i in range(count // connections):
            message = EmailMessage()
            message["From"], message["To"], message["Subject"] = "mesure@example.org", f"brut-{worker}-{i}@bench.example.org", "Mesure brute"
            message.set_content("Bonjour, voici le programme de novembre. " * 5)
            message.add_alternative("<p>Bonjour, voici le programme de novembre.</p>" * 5, subtype="html")
            smtp.send_message(message)
started = time.time()
with ThreadPoolExecutor(connections) as pool:
    list(pool.map(send, range(connections)))
print(f"{count / (time.time() - started):.0f}")
PY
)
echo "  the SMTP server fed by a bare client (smtplib, 4 connections, no database): $raw messages/s"
cat <<EOF
machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)
EOF

#!/usr/bin/env bash
# Soak test: ClaimDesk on a fresh demo database plus 200 claims (heap capped at 256 MB), wrk sending mixed
# reads and writes (new articles, new sources linked to claims) from the three demo accounts for DURATION
# seconds (default 600), while the live heap is measured (full collection) every minute. Fails on any error response
# or socket error, or when the live heap at the end exceeds the one after warm-up by more than 25 %.
# Needs wrk (Debian: apt-get install wrk). Usage: bash bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8098}"
duration="${DURATION:-600}"
connections="${CONNECTIONS:-12}"
base="http://127.0.0.1:$port"
folder=target/soak-data
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

rm -rf "$folder"
CLAIMDESK_DEMO=true CLAIMDESK_DATA_DIR="$folder" QUARKUS_HTTP_PORT="$port" \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > target/soak-app.log 2>&1 &
app=$!
trap 'kill $app 2> /dev/null; wait $app 2> /dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "$base/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "$base/q/health/ready" > /dev/null || { echo "ClaimDesk did not start; see target/soak-app.log"; exit 1; }

# Each account signs in through the form and fetches a form page for its CSRF cookie; the token is the cookie.
accounts=""
for user in checker editor admin; do
  own=/desk/mine
  [ "$user" = admin ] && own=/admin/audit
  jar=$(mktemp)
  curl -s -o /dev/null -c "$jar" -d "j_username=$user&j_password=$user" "$base/j_security_check"
  curl -s -o /dev/null -b "$jar" -c "$jar" "$base/articles/new"
  session=$(awk '$6 == "claimdesk-session" {print $7}' "$jar")
  generation=$(awk '$6 == "claimdesk-session-generation" {print $7}' "$jar")
  csrf=$(awk '$6 == "claimdesk-csrf" {print $7}' "$jar")
  rm -f "$jar"
  [ -n "$session" ] && [ -n "$generation" ] && [ -n "$csrf" ] || { echo "Could not sign in as $user"; exit 1; }
  accounts="$accounts claimdesk-session=$session;claimdesk-session-generation=$generation;claimdesk-csrf=$csrf|$csrf|$own"
done
# A newsroom's working set: 200 claims (from 20 claimants) that the load reads and links sources to, so each
# claim gathers a realistic handful of sources rather than thousands.
claims=$(python3 - "$base" <<'PY'
import base64, json, sys, urllib.request
base = sys.argv[1]
auth = "Basic " + base64.b64encode(b"checker:checker").decode()
ids = []
for i in range(200):
    claim = {"statement": f"Waiting lists fell by {i % 40 + 2} percent in region {i}.",
             "claimReviewed": f"Waiting lists fell by {i % 40 + 2} percent in region {i}",
             "claimant": f"Soak Minister {i % 20}", "kind": "PARAPHRASE",
             "appearance": {"url": f"https://soak.example.org/claims/{i}"}}
    request = urllib.request.Request(base + "/api/claims", json.dumps(claim).encode(),
                                     {"Content-Type": "application/json", "Authorization": auth})
    ids.append(str(json.load(urllib.request.urlopen(request))["id"]))
print(" ".join(ids))
PY
)

# The live set: a class histogram forces a full collection and counts what survived, in one pause (reading
# the heap after a separate collection would also count what requests allocated in between).
live_heap() {
  jcmd "$app" GC.class_histogram | awk '/^Total/ {printf "%.0f", $3 / 1048576}'
}

exec > >(tee target/soak-results.md)
echo "Soak: $duration s, $connections connections, accounts checker/editor/admin, heap capped at 256 MB,"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB. One request in ten writes."
echo
echo "| minute | live heap after a full collection (MB) |"
echo "| --- | --- |"
echo "| 0 | $(live_heap) |"
ACCOUNTS="$accounts" CLAIMS="$claims" wrk -t3 -c"$connections" -d"${duration}s" --timeout 10s \
    -s bench/soak.lua "$base/" > target/soak-wrk.txt &
load=$!
minutes=$((duration / 60))
for minute in $(seq 1 "$minutes"); do
  sleep 60
  heap=$(live_heap)
  echo "| $minute | $heap |"
  [ "$minute" -eq 2 ] && warm="$heap"
done
wait $load
result=$(grep '^RESULT' target/soak-wrk.txt)
end_heap=$(live_heap)
echo "| end | $end_heap |"
echo
echo "wrk: ${result#RESULT }"
errors=$(echo "$result" | sed 's/.*status_errors=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 \2/')
warm="${warm:-$end_heap}"
growth=$(( (end_heap - warm) * 100 / warm ))
echo "Live heap after warm-up (minute 2): $warm MB; at the end: $end_heap MB ($growth %)."
if [ "$errors" != "0 0" ] || [ "$growth" -gt 25 ]; then
  echo "SOAK FAILED"
  exit 1
fi
echo "SOAK PASSED"

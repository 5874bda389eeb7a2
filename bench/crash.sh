#!/usr/bin/env bash
# Crash tests of the default deployment (embedded PostgreSQL with its real, durable settings), on a fresh demo
# data folder, with WRITERS (default 8) accounts' worth of claims recorded through the API meanwhile:
#  1. PostgreSQL killed outright (kill -9 of the postmaster) while claims are being written; ClaimDesk is
#     stopped and started again; every claim that was answered 201 must be there.
#  2. ClaimDesk itself killed (kill -9 of the Java process) while claims are being written: its PostgreSQL
#     must stop by itself (the watchdog), and ClaimDesk must start again at once on the same folder.
# Prints one line per scenario; exits non-zero when anything acknowledged is lost or a restart fails.
# Usage: bash bench/crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8097}"
writers="${WRITERS:-8}"
seconds="${SECONDS_WRITING:-10}"
base="http://127.0.0.1:$port"
folder=$(mktemp -d)
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
app=""
# However the script ends, the writers stop and nothing it started is left running.
trap 'touch "$folder/stop"; kill $(jobs -p) 2> /dev/null; wait 2> /dev/null; rm -rf "$folder"' EXIT

start_app() {
  local started=$SECONDS
  CLAIMDESK_DEMO=true CLAIMDESK_DATA_DIR="$folder/data" QUARKUS_HTTP_PORT="$port" \
      java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >> "$folder/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do
    curl -sf "$base/q/health/ready" > /dev/null && break
    sleep 1
  done
  curl -sf "$base/q/health/ready" > /dev/null || { echo "ClaimDesk did not start; see $folder/app.log"; exit 1; }
  restart=$((SECONDS - started))
}

write_claims() { # writer number, run name: records claims until the stop file appears
  local n=0 body status
  while [ ! -f "$folder/stop" ]; do
    n=$((n + 1))
    body=$(mktemp)
    status=$(curl -s -o "$body" -w '%{http_code}' -u checker:checker -H 'Content-Type: application/json' \
        -d "{\"statement\":\"Crash figure $2-$1-$n was reported\",\"claimReviewed\":\"Crash figure $2-$1-$n\",\"claimant\":\"Crash Office\",\"claimantType\":\"ORGANISATION\",\"kind\":\"FIGURE\",\"appearance\":{\"url\":\"https://news.example.org/crash/$2/$1/$n\"}}" \
        "$base/api/claims" || true)
    [ "$status" = 201 ] && grep -o '"id":[0-9]*' "$body" | head -1 | cut -d: -f2 >> "$folder/acknowledged-$2"
    rm -f "$body"
  done
}

run_writers() { # run name, what to kill
  rm -f "$folder/stop"; : > "$folder/acknowledged-$1"
  local pids=""
  for w in $(seq 1 "$writers"); do write_claims "$w" "$1" & pids="$pids $!"; done
  sleep "$seconds"
  eval "$2"
  sleep 1
  touch "$folder/stop"
  wait $pids 2> /dev/null || true
}

count_found() { # run name
  local found=0
  while read -r id; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u checker:checker "$base/api/claims/$id")" = 200 ] && found=$((found + 1))
  done < "$folder/acknowledged-$1"
  echo "$found"
}

failed=0
start_app

# 1. PostgreSQL killed mid-write.
run_writers postgres 'kill -9 $(head -1 "$folder/data/postgres/postmaster.pid")'
kill "$app"; wait "$app" 2> /dev/null || true
start_app
acknowledged=$(wc -l < "$folder/acknowledged-postgres"); found=$(count_found postgres)
echo "PostgreSQL killed: $acknowledged claims acknowledged, $found found after restart (restart ${restart} s)"
[ "$acknowledged" = "$found" ] || failed=1

# 2. ClaimDesk killed mid-write.
postmaster=$(head -1 "$folder/data/postgres/postmaster.pid")
run_writers java 'kill -9 $app'
stopped="no"
for _ in $(seq 1 30); do
  kill -0 "$postmaster" 2> /dev/null || { stopped="yes"; break; }
  sleep 1
done
start_app
acknowledged=$(wc -l < "$folder/acknowledged-java"); found=$(count_found java)
echo "ClaimDesk killed: PostgreSQL stopped by itself: $stopped; $acknowledged claims acknowledged, $found found after restart (restart ${restart} s)"
[ "$acknowledged" = "$found" ] && [ "$stopped" = yes ] || failed=1
exit $failed

#!/usr/bin/env bash
# Runs the HTTP benchmarks against a generated database (bench/generate.sh) and prints a table for
# docs/benchmarks.md. Needs wrk (Debian: apt-get install wrk). Bounded: each page is measured for DURATION
# seconds (default 20) after WARMUP seconds (default 10) of warm-up.
# Usage: bash bench/run.sh [data-folder (default ~/.claimdesk/bench)]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-$HOME/.claimdesk/bench}"
port="${PORT:-8099}"
duration="${DURATION:-20}"
connections="${CONNECTIONS:-32}"
base="http://127.0.0.1:$port"
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

CLAIMDESK_DATA_DIR="$folder" QUARKUS_HTTP_PORT="$port" java -Xmx256m -jar target/quarkus-app/quarkus-run.jar \
    > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app 2> /dev/null; wait $app 2> /dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "$base/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "$base/q/health/ready" > /dev/null || { echo "ClaimDesk did not start; see target/bench-app.log"; exit 1; }

cookie=$(curl -s -o /dev/null -D - -d "j_username=bench1&j_password=bench-password" "$base/j_security_check" \
    | grep -i '^set-cookie: claimdesk-session' | sed 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/' | paste -sd ';' -)
[ -n "$cookie" ] || { echo "Could not sign in as bench1"; exit 1; }
total=$(curl -s -u bench1:bench-password "$base/api/claims" \
    | python3 -c 'import json, sys; print(sum(json.load(sys.stdin)["counts"].values()))')
ids=$(for i in $(seq 1 200); do echo -n "/claims/$((1000000 + (i * 4999) % total + 1)) "; done)
similar=$(for i in $(seq 1 200); do echo -n "/api/claims/$((1000000 + (i * 4999) % total + 1))/similar "; done)
searches="/search?q=inflation+norland /search?q=unemployment+rose /search?q=%22housing+costs%22+-valmark /search?q=crime+estoria+2019"

run() {
  local name="$1" target="$2" paths="$3"
  local line
  line=$(LOGIN_COOKIE="$cookie" PATHS="$paths" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s \
      -s bench/percentiles.lua "$base$target" | grep '^RESULT' || true)
  echo "| $name | ${line#RESULT } |"
}

# Warm-up, not measured: the JIT compiles the hot paths, and the 200 benchmark claims, bulk-loaded without
# their similar claims, have them found and kept on a first view, as a claim recorded in ClaimDesk has when
# it is recorded.
for path in $ids; do
  curl -s -o /dev/null -b "$cookie" "$base$path"
done
for path in $similar; do
  curl -s -o /dev/null -u bench1:bench-password "$base$path"
done
# Then each measured page under load, and the feed once: ClaimDesk starts its own PostgreSQL, whose cache is
# empty at first, and a server holding a million claims is measured warm.
warm() {
  LOGIN_COOKIE="$cookie" PATHS="$2" wrk -t2 -c"$connections" -d"${WARMUP:-10}s" --timeout 10s \
      -s bench/percentiles.lua "$base$1" > /dev/null
}
warm /fact-checks ""
warm /claims ""
warm /claims/1000001 "$ids"
warm "/search?q=inflation" "$searches"
curl -s -o /dev/null "$base/claimreview/feed.json"

# The table goes to the terminal and to target/bench-results.md, for docs/benchmarks.md.
exec > >(tee target/bench-results.md)
echo "Database: $total claims. Heap: 256 MB. Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB."
echo "| page | result ($connections connections, ${duration} s) |"
echo "| --- | --- |"
# Reference rows: the anonymous fact-checks list (one query and a template) and the framework alone.
run "fact-checks list (reference)" "/fact-checks" ""
run "health (reference)" "/q/health/live" ""
run "claims list" "/claims" ""
run "claim page" "/claims/1000001" "$ids"
run "search" "/search?q=inflation" "$searches"
# The similar-claims lookup through the API uses HTTP Basic, so it gets its own header.
line=$(PATHS="$similar" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s \
    -H "Authorization: Basic $(printf 'bench1:bench-password' | base64)" -s bench/percentiles.lua \
    "$base/api/claims/1000001/similar" | grep '^RESULT' || true)
echo "| similar claims (API, Basic auth) | ${line#RESULT } |"
start=$(date +%s.%N)
size=$(curl -s -o /dev/null -w '%{size_download}' "$base/claimreview/feed.json")
end=$(date +%s.%N)
echo "| full ClaimReview feed | $(echo "$end - $start" | bc) s for $size bytes, heap capped at 256 MB |"

# One request at a time: the median of 20, signed in, for the claim page (20 of the benchmark claims) and each
# of the benchmark's searches.
median() {
  local times=""
  for path in "$@"; do
    times="$times $(curl -s -o /dev/null -b "$cookie" -w '%{time_total}' "$base$path")"
  done
  echo $times | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms", 1000 * (a[int((NR + 1) / 2)] + a[int(NR / 2) + 1]) / 2}'
}
echo
echo "| one request at a time (median of 20) | time |"
echo "| --- | --- |"
echo "| claim page | $(median $(echo $ids | tr ' ' '\n' | head -20)) |"
for search in $searches; do
  echo "| ${search#/search?q=} | $(median $(for _ in $(seq 1 20); do echo "$search"; done)) |"
done

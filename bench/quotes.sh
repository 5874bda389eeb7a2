#!/usr/bin/env bash
# Quote checks on one core: the labelled set's quotes against a transcript of about 1 MB (its sources among
# altered copies of their turns), read and indexed once, then 10 timed rounds after 5 warm-up rounds.
# Not part of the unit tests.
# Usage: bash bench/quotes.sh [characters]   (HEAP=64m bash bench/quotes.sh shows it fits in a small heap)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test > /dev/null
pin=()
if command -v taskset > /dev/null; then
  pin=(taskset -c 0)
fi
"${pin[@]}" java -Xmx${HEAP:-512m} -XX:+UseSerialGC \
    -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.claimdesk.quotes.QuoteBenchmark "${1:-1000000}"

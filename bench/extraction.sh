#!/usr/bin/env bash
# Extraction throughput and memory on one core: the gold corpus articles repeated into ~2 MB of text,
# extracted 5 times after 3 warm-up runs. Not part of the unit tests.
# Usage: bash bench/extraction.sh   (HEAP=64m bash bench/extraction.sh shows it fits in a small heap)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test > /dev/null
pin=()
if command -v taskset > /dev/null; then
  pin=(taskset -c 0)
fi
"${pin[@]}" java -Xmx${HEAP:-512m} -XX:+UseSerialGC \
    -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.claimdesk.extraction.ExtractionBenchmark

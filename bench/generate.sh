#!/usr/bin/env bash
# Fills a ClaimDesk data folder with synthetic benchmark data (fixed seed): 1,000,000 claims, 200,000 claimants,
# 300,000 sources, 100,000 published verdicts at scale 1.
# Usage: bash bench/generate.sh [data-folder (default ~/.claimdesk/bench)] [scale (default 1.0)]
# Then: CLAIMDESK_DATA_DIR=<data-folder> java -jar target/quarkus-app/quarkus-run.jar
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-$HOME/.claimdesk/bench}"
scale="${2:-1.0}"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test > /dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.claimdesk.bench.DataGenerator "$folder" "$scale"

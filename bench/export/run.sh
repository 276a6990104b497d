#!/usr/bin/env bash
# The application's site export from PostgreSQL (the export button's code path) against the library alone, at
# 10,000 published stories. Needs PostgreSQL at 127.0.0.1:5432 (database test; CERITA_TEST_PG_URL/_USER/_PASSWORD).
# Writes bench/results/export.md. Usage: bench/export/run.sh [number-of-stories]
# BENCH_OPTS="-Dcerita.bench.schema=bench_export -Dcerita.bench.runs=5" keeps the seeded stories for the next run.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# CI=true makes an unreachable PostgreSQL an error instead of a skipped run.
mkdir -p bench/work
# the JVM as ./cerita starts the application (-Xmx1g, the default collector), not the small serial test JVM
CI=true mvn -B -q -Pbench -pl cms-web -am test -Dtest.jvm="-Xmx1g -Xlog:gc:file=$PWD/bench/work/export-gc.log" \
  -Dtest=AppExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcerita.bench.stories="${1:-10000}" -Dcerita.bench.out="$PWD/bench/results/export.md" \
  -Dcerita.bench.work="$PWD/bench/work/export" ${BENCH_OPTS:-}
echo "Results: bench/results/export.md"

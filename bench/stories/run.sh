#!/usr/bin/env bash
# Story save and story list latency (p50/p99) over 10,000 stories on PostgreSQL, against plain JDBC as the peer.
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, database test; override with CERITA_TEST_PG_URL/_USER/_PASSWORD).
# Writes bench/results/stories.md. Usage: bench/stories/run.sh [number-of-stories]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
# CI=true makes an unreachable PostgreSQL an error instead of a skipped run.
CI=true mvn -B -q -Pbench -pl cms-web -am verify \
  -Dtest=StoriesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcerita.bench.stories="${1:-10000}" -Dcerita.bench.out="$PWD/bench/results/stories.md"
echo "Results: bench/results/stories.md"

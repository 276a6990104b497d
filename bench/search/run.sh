#!/usr/bin/env bash
# Search benchmark: index N generated stories (default 100,000) into a fresh embedded node, then compare Cerita's query
# service with the same request sent straight to Elasticsearch at concurrency 1, 8 and 32.
# Writes bench/results/search.md. Usage: bench/search/run.sh [stories]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -n 1 || true)
fi
export JAVA_HOME
mvn -B -q -Pbench -pl cms-search -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p bench/work
"$JAVA_HOME/bin/java" -Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} \
  -cp "cms-search/target/test-classes:cms-search/target/classes:$(cat cms-search/target/bench-classpath.txt)" \
  id.cerita.search.SearchBenchmark "${1:-100000}" "${2:-bench/results/search.md}"

#!/usr/bin/env bash
# Revisions benchmark: a story with 1,000 revisions on PostgreSQL (127.0.0.1:5432, database "test", own schema);
# listing and diffing latency against a plain SELECT of the same rows. Writes bench/results/revisions.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -Pbench -pl cms-core verify -Dtest=RevisionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcerita.bench=true -Dcerita.bench.out="$PWD/bench/results/revisions.md"
cat bench/results/revisions.md

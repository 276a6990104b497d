#!/usr/bin/env bash
# Press kit benchmark: full press kits (PDF + DOCX + text + ninjs + NewsML-G2 + one 6 MP photo + manifest, ZIP) for
# COUNT stories, against the peer baseline of the same articles rendered as plain text + ninjs only, each in its own
# JVM (so each has its own peak RSS). Writes bench/results/press.md.
# Usage: bench/press/run.sh            (COUNT=100 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
COUNT=${COUNT:-100}
SHARED=${CERITA_SHARED_DIR:-$ROOT/../shared}
WORK=$ROOT/bench/work/press
RESULTS=$ROOT/bench/results/press.md
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
[ -x /usr/bin/time ] || { SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo); $SUDO apt-get install -y -qq time >/dev/null; }

mkdir -p "$WORK" "$(dirname "$RESULTS")"
echo "building cms-export (no install)"
mvn -B -q -pl cms-export -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime
CP="$ROOT/cms-export/target/classes:$(cat "$WORK/cp.txt")"

load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_START=$(load)
run() {
  /usr/bin/time -f %M -o "$WORK/$1.rss" "$JAVA" -Xmx1g -XX:+UseSerialGC -Dfile.encoding=UTF-8 \
    -cp "$CP" "$ROOT/bench/press/PressBench.java" "$1" "$COUNT" "$SHARED" > "$WORK/$1.out"
  cat "$WORK/$1.out"
}
echo "peer: the same articles as plain text + ninjs"; run baseline
echo "Cerita: full press kits"; run full

LOAD_END=$(load)
val() { sed -n "s/^$2=//p" "$WORK/$1.out"; }
full_kps=$(val full kits_per_second); base_kps=$(val baseline kits_per_second)
full_rss=$(( $(cat "$WORK/full.rss") / 1024 )); base_rss=$(( $(cat "$WORK/baseline.rss") / 1024 ))
ratio=$(printf "%.3f" "$(echo "scale=6; $full_kps / $base_kps" | bc)")
cat > "$RESULTS" <<MD
# Press kit benchmark

Date: $(date -u +%Y-%m-%dT%H:%MZ) · machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) · JDK: $("$JAVA" -version 2>&1 | head -1) · -Xmx1g SerialGC, one thread

$COUNT stories (bodies of ~40 sentences from the shared UD Indonesian corpus, every 4th with an English translation,
so $(( COUNT + COUNT / 4 )) articles), rendered from resolved stories (no database read: both sides start from the same
\`StoryDetails\`). The timed phase follows a 10-kit warm-up. Peak heap is the timed phase's (pools reset after the
warm-up); peak RSS is the whole JVM's (/usr/bin/time). The machine is shared with other work: load average
(1, 5, 15 min) was $LOAD_START at the start and $LOAD_END at the end, so absolute figures are pessimistic; both sides
ran under the same conditions, back to back.

| | kits/s | seconds | files | ZIP bytes | peak heap (MiB) | peak RSS (MiB) |
|---|---:|---:|---:|---:|---:|---:|
| Cerita full kit (PDF, DOCX, text, ninjs, NewsML-G2, 1 photo 3000×2000, manifest, ZIP) | $full_kps | $(val full seconds) | $(val full files) | $(val full zip_bytes) | $(val full peak_heap_mib) | $full_rss |
| Peer baseline: same articles as plain text + ninjs only (ZIP + manifest) | $base_kps | $(val baseline seconds) | $(val baseline files) | $(val baseline zip_bytes) | $(val baseline peak_heap_mib) | $base_rss |

Ratio full / baseline (kits/s): **$ratio**

Run with \`bench/press/run.sh\` (COUNT=$COUNT).
MD
cat "$RESULTS"

#!/usr/bin/env bash
# Heap safety under concurrent huge uploads (run through bench/media/run.sh overload): starts the application jar with
# -Xmx1g (demo profile, a fresh data folder, embedded database), sends UPLOADS different SIDE×SIDE PNGs (default
# 8 × 10000×10000 = 100 MP each, the upload limit) to POST /api/media at the same moment, and appends a dated
# section to bench/results/media.md. Passes when every answer is 201 or 503 + Retry-After and no OutOfMemoryError
# appears in the server's log.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
UPLOADS=${UPLOADS:-8}
SIDE=${SIDE:-10000}
PORT=${PORT:-18089}
WORK=$ROOT/bench/work/media-overload
RESULTS=$ROOT/bench/results/media.md
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java

rm -rf "$WORK"; mkdir -p "$WORK"
echo "building the application jar and the cms-export class path (no install)"
mvn -B -q ${MVN_OFFLINE:+-o} -pl cms-web -am package -DskipTests -Djacoco.skip=true
mvn -B -q ${MVN_OFFLINE:+-o} -pl cms-export dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime
JAR=$(ls "$ROOT"/cms-web/target/cms-web-*.jar | grep -v plain | head -n 1)
CP="$ROOT/cms-export/target/classes:$(cat "$WORK/cp.txt")"

echo "starting $JAR with -Xmx1g on port $PORT"
"$JAVA" -Xmx1g --enable-native-access=ALL-UNNAMED -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --server.address=127.0.0.1 --cerita.data-dir="$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
deadline=$((SECONDS + 600))
until curl -s -o /dev/null "http://127.0.0.1:$PORT/login"; do
  kill -0 "$SERVER" 2>/dev/null || { tail -50 "$WORK/server.log"; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "server did not start"; exit 1; }
  sleep 2
done

echo "uploading $UPLOADS PNGs of ${SIDE}x${SIDE} at once"
"$JAVA" -Xmx2g -cp "$CP" "$ROOT/bench/media/MediaBench.java" overload "http://127.0.0.1:$PORT" budi \
  "${CERITA_DEMO_PASSWORD:-cerita-demo}" "$UPLOADS" "$SIDE" | tee "$WORK/answers.txt"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; trap - EXIT

created=$(grep -c ' status=201 ' "$WORK/answers.txt" || true)
busy=$(grep ' status=503 ' "$WORK/answers.txt" | grep -vc 'retry-after=-' || true)
other=$(grep '^upload=' "$WORK/answers.txt" | grep -vcE ' status=(201|503) ' || true)
busy_without_retry=$(grep ' status=503 ' "$WORK/answers.txt" | grep -c 'retry-after=-' || true)
ooms=$(grep -c OutOfMemoryError "$WORK/server.log" || true)
records=$(grep -c ' status=201 ' "$WORK/answers.txt" || true)
originals=$(find "$WORK/data/media/originals" -type f 2>/dev/null | wc -l)
total=$(sed -n 's/^seconds=//p' "$WORK/answers.txt")
verdict="met"
{ [ "$other" = 0 ] && [ "$busy_without_retry" = 0 ] && [ "$ooms" = 0 ] && [ "$originals" = "$records" ]; } || verdict="NOT met"

cat >> "$RESULTS" <<MD

## Concurrent 100 MP uploads on a 1 GB heap ($(date -u '+%Y-%m-%d %H:%M UTC'))

Command: \`bench/media/run.sh overload\` (UPLOADS=$UPLOADS, SIDE=$SIDE). Machine: $(nproc) cores, shared with other builds
(1-min load average at the end: $(cut -d' ' -f1 /proc/loadavg)).
The application jar runs with \`-Xmx1g\` (demo profile, embedded H2, fresh data folder); $UPLOADS different PNGs of
${SIDE}×${SIDE} pixels ($(( SIDE * SIDE / 1000000 )) MP, the upload limit; $(( $(sed -n 's/.* bytes=\([0-9]*\)$/\1/p' "$WORK/answers.txt" | head -1) / 1024 )) KB each) are sent to \`POST /api/media\` at the same moment.

| answer | count |
| --- | --- |
| 201 Created | $created |
| 503 problem detail with Retry-After | $busy |
| 503 without Retry-After | $busy_without_retry |
| anything else | $other |
| \`OutOfMemoryError\` in the server log | $ooms |
| originals on disk / images created | $originals / $records |

All $UPLOADS answered in ${total} s. Goal (every upload 201 or a clean 503 + Retry-After, no OutOfMemoryError,
nothing kept of refused uploads): **$verdict**.

Per upload:

\`\`\`
$(grep '^upload=' "$WORK/answers.txt")
\`\`\`
MD
echo "appended to $RESULTS"; tail -30 "$RESULTS"
[ "$verdict" = met ]

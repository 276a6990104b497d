#!/usr/bin/env bash
# Load and faults (issue 18): two Cerita instances of the distribution behind HAProxy, on one PostgreSQL database and
# one Elasticsearch node, with the demo content. Gatling runs 50 journalists (search, press kits) and 5 writers and
# editors (create, save, submit, request changes) for DURATION seconds, while this script:
#   at KILL_AT s        kills instance A with SIGKILL (restarted 30 s later, as an orchestrator would)
#   at ES_STOP_AT s     stops Elasticsearch for ES_DOWN s (then starts it again on its data)
#   at PG_RESTART_AT s  restarts PostgreSQL
# and writes bench/results/load.md: per action p50/p99, errors inside and outside the fault windows, lost edits
# (every save Cerita acknowledged is read back) and the recovery after each fault.
# Environment: DURATION (300), JOURNALISTS (50), WRITERS (5), WORK (/tmp/cerita-load). Needs root for
# pg_ctlcluster and apt (HAProxy). A short smoke run: DURATION=90 KILL_AT=20 ES_STOP_AT=35 ES_DOWN=20 PG_RESTART_AT=65
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DURATION=${DURATION:-300} JOURNALISTS=${JOURNALISTS:-50} WRITERS=${WRITERS:-5}
KILL_AT=${KILL_AT:-60} ES_STOP_AT=${ES_STOP_AT:-120} ES_DOWN=${ES_DOWN:-60} PG_RESTART_AT=${PG_RESTART_AT:-220}
WORK=${WORK:-/tmp/cerita-load}
PROXY=8180 PORT_A=8181 PORT_B=8182 ES_PORT=8189 DB=cerita_load
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED -Dsun.misc.unsafe.memory.access=allow"
PG_VERSION=$(ls /etc/postgresql | head -n 1)

now_ms() { date +%s%3N; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

./cerita build -o >/dev/null
command -v haproxy >/dev/null || apt-get install -y -qq haproxy >/dev/null
DIST=$ROOT/cms-web/target/cerita
rm -rf "$WORK" && mkdir -p "$WORK/es" "$WORK/data" "$WORK/gatling"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  pkill -f "cerita-load-instance" 2>/dev/null || true
  pkill -f "$WORK/es" 2>/dev/null || true
  pkill -f "sleep 987654" 2>/dev/null || true
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  # whatever happened, PostgreSQL runs again afterwards
  pg_isready -q -h 127.0.0.1 || pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start || true
}
trap cleanup EXIT

# --- PostgreSQL: a fresh database
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# --- Elasticsearch: the distribution's node jars, a process of its own so it can be stopped and started again
start_es() {
  # NodeMain stops when its standard input closes: the sleep keeps it open until the node is stopped
  (sleep 987654 | java -Xms512m -Xmx512m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED \
      --add-modules=jdk.incubator.vector -Dsun.misc.unsafe.memory.access=allow -Djava.io.tmpdir="$WORK/es" \
      -Dlog4j2.disable.jmx=true -cp "$DIST/elasticsearch/*:$ROOT/cms-search/target/classes" \
      id.cerita.search.embedded.node.NodeMain "$WORK/es" "$ES_PORT" >> "$WORK/es.log" 2>&1) &
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$ES_PORT/" >/dev/null && return 0; sleep 1; done
  echo "Elasticsearch did not start" >&2; return 1
}
stop_es() { pkill -TERM -f "NodeMain $WORK/es" || true; for _ in $(seq 1 60); do pgrep -f "NodeMain $WORK/es" >/dev/null || return 0; sleep 1; done; }
start_es
log "Elasticsearch on $ES_PORT"

# --- two instances, the demo content loaded by the first
start_instance() {
  local name=$1 port=$2
  java -Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -Dcerita-load-instance="$name" -jar "$DIST/cerita.jar" \
    --spring.profiles.active=postgres,demo --server.port="$port" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
    --spring.datasource.password= --cerita.search.uris="http://127.0.0.1:$ES_PORT" --cerita.search.index=load-stories \
    --cerita.data-dir="$WORK/data" --cerita.security.second-factor.required-roles= >> "$WORK/$name.log" 2>&1 &
  echo $! > "$WORK/$name.pid"
}
wait_ready() { for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0; sleep 1; done; return 1; }
start_instance a $PORT_A; wait_ready $PORT_A
for _ in $(seq 1 120); do
  n=$(curl -s -u jurnalis:cerita-demo "http://127.0.0.1:$PORT_A/api/search/stories?q=donat" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
  [ "${n:-0}" -gt 0 ] && break; sleep 1
done
start_instance b $PORT_B; wait_ready $PORT_B
log "Instances on $PORT_A and $PORT_B, demo content indexed"

# --- HAProxy in front: round robin, a dead instance is taken out by its health check and requests are retried
cat > "$WORK/haproxy.cfg" <<EOF
global
  pidfile $WORK/haproxy.pid
  daemon
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch
frontend cerita
  bind 127.0.0.1:$PROXY
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /actuator/health/liveness
  server a 127.0.0.1:$PORT_A check inter 1s fall 2 rise 2
  server b 127.0.0.1:$PORT_B check inter 1s fall 2 rise 2
EOF
haproxy -f "$WORK/haproxy.cfg"

# --- an API token per account (scripts use tokens; HTTP Basic would hash a password on every request)
for user in jurnalis sari rina budi dewi; do
  secret=$(curl -sf -u "$user:cerita-demo" -H 'Content-Type: application/json' \
    -d '{"name":"uji beban","days":1}' "http://127.0.0.1:$PROXY/api/tokens" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')
  export "LOAD_TOKEN_${user^^}=$secret"
done

# --- the faults, on their own clock, each window written to faults.csv
faults() {
  local t0=$1 s back
  wait_until() { local at=$(( ($(now_ms) - t0) / 1000 )); [ "$1" -gt "$at" ] && sleep $(( $1 - at )); return 0; }
  echo "fault,start_ms,end_ms" > "$WORK/faults.csv"
  wait_until "$KILL_AT"; s=$(now_ms)
  kill -9 "$(cat "$WORK/a.pid")"; log "killed instance A (SIGKILL)"
  echo "kill -9 instance A,$s,$(now_ms)" >> "$WORK/faults.csv"
  # restarted 30 s later, as an orchestrator would, while the schedule goes on
  (sleep 30; start_instance a $PORT_A; wait_ready $PORT_A && log "instance A back") &
  wait_until "$ES_STOP_AT"; s=$(now_ms); stop_es; log "Elasticsearch stopped"
  sleep "$ES_DOWN"; start_es; back=$(now_ms); log "Elasticsearch started again"
  echo "Elasticsearch stopped ${ES_DOWN} s,$s,$back" >> "$WORK/faults.csv"
  # how long until the index holds every change made while it was away
  for _ in $(seq 1 300); do
    w=$(curl -s -u admin:cerita-demo "http://127.0.0.1:$PORT_B/api/admin/search/status" | sed -n 's/.*"waiting":\([0-9]*\).*/\1/p')
    [ "${w:-1}" = 0 ] && break; sleep 1
  done
  echo "$(( $(now_ms) - back ))" > "$WORK/index-catch-up-ms"
  wait_until "$PG_RESTART_AT"; s=$(now_ms)
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main restart; log "PostgreSQL restarted"
  echo "PostgreSQL restart,$s,$(now_ms)" >> "$WORK/faults.csv"
}

log "Gatling: $JOURNALISTS journalists, $WRITERS writers and editors, ${DURATION} s"
export LOAD_BASE="http://127.0.0.1:$PROXY" LOAD_OUT="$WORK/gatling" LOAD_DURATION=$DURATION \
  LOAD_JOURNALISTS=$JOURNALISTS LOAD_WRITERS=$WRITERS
(cd bench/load && mvn -B -q test-compile)
(cd bench/load && mvn -B -q gatling:test) > "$WORK/gatling.log" 2>&1 &
gatling=$!
# the faults' clock starts with the simulation's first users
for _ in $(seq 1 120); do grep -q "Simulation cerita.LoadSimulation started" "$WORK/gatling.log" && break; sleep 0.5; done
faults "$(now_ms)" > "$WORK/faults.log" 2>&1 || true
wait "$gatling" || true
cat "$WORK/faults.log"

python3 bench/load/report.py "$WORK" "$JOURNALISTS" "$WRITERS" "$DURATION" > bench/results/load.md
cat bench/results/load.md

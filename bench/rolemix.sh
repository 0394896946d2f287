#!/usr/bin/env bash
# The real roles' mix of requests against Đảng vụ on the national data set (issue 13, "Load and scale"):
# one application node, two nodes behind HAProxy, and two nodes whose read-only transactions go to a streaming
# replica (DANGVU_DB_READ_URL, decision 0221). Report: bench/results/rolemix-<UTC time>.md.
#
#   bench/rolemix.sh [scale]      scale of bench/run.sh's data set (default 1: 474,270 units, 5.8 M people)
#
# Environment: JAR (default target/dangvu-*.jar), WARMUP seconds per configuration (default 30), DURATION
# measured seconds (default 60), CONFIGS (default "one two replica"), ROLEMIX_DIR (default /tmp/dv-rolemix:
# the primary and replica data directories, kept between runs; PURGE=1 removes them at the end).
# Ports: PostgreSQL primary 55460, replica 55461, app nodes 18101-18102, HAProxy 18110.
# The load (bench RoleMix, 14 users without think time: 2 of the province office, a leader, 3 grassroots
# offices, 4 cell secretaries writing through the API, 4 members) runs on the same machine as everything else.
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$(pwd)
ROOT=$(cd .. && pwd)
source ./pg-cluster.sh
SCALE="${1:-1}"
WARMUP="${WARMUP:-30}"
DURATION="${DURATION:-60}"
CONFIGS="${CONFIGS:-one two replica}"
DIR="${ROLEMIX_DIR:-/tmp/dv-rolemix}"
P1=55460
P2=55461
LB=18110
JAR="${JAR:-$(ls "$ROOT"/target/dangvu-*.jar 2>/dev/null | grep -v original | head -1)}"
STAMP=$(date -u +%Y%m%d-%H%M)
OUT="$BENCH/results/rolemix-$STAMP.md"
NODE_PIDS=()
HAPROXY_PID=""

[ -f "$JAR" ] || { echo "no jar: ./mvnw -q -DskipTests package, or set JAR" >&2; exit 1; }
command -v haproxy >/dev/null || apt-get install -y haproxy >/dev/null

stop_nodes() {
  for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  NODE_PIDS=()
}

cleanup() {
  stop_nodes
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  for d in replica primary; do
    [ -f "$DIR/$d/postmaster.pid" ] && as_postgres "$PGBIN/pg_ctl -D '$DIR/$d' -m fast stop" >/dev/null 2>&1 || true
  done
  if [ "${PURGE:-0}" = 1 ]; then rm -rf "$DIR"; fi
}
trap cleanup EXIT

psql_p1() { "$PGBIN/psql" -h localhost -p $P1 -U postgres -d bench -v ON_ERROR_STOP=1 "$@"; }

# --- the primary with the national data set, loaded once
mkdir -p "$DIR" && chmod 755 "$DIR" && chown postgres:postgres "$DIR"
../mvnw -q -f pom.xml -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="target/classes:$(cat target/classpath.txt)"
if [ ! -f "$DIR/primary/loaded" ]; then
  rm -rf "$DIR/primary" "$DIR/replica"
  mkdir -p "$DIR/primary" && chown postgres:postgres "$DIR/primary"
  pg_cluster "$DIR/primary" $P1
  cat >> "$DIR/primary/postgresql.conf" <<CONF
shared_buffers = 2GB
effective_cache_size = 8GB
maintenance_work_mem = 1GB
random_page_cost = 1.1
timezone = 'Asia/Ho_Chi_Minh'
max_connections = 100
CONF
  as_postgres "$PGBIN/pg_ctl -D '$DIR/primary' -l '$DIR/primary.log' -w start" >/dev/null
  "$PGBIN/createdb" -h localhost -p $P1 -U postgres bench
  java -Xmx6g -cp "$CP" vn.dangvu.bench.NationalDataSet "jdbc:postgresql://localhost:$P1/bench?user=postgres" "$SCALE" \
    | tee "$DIR/load.txt"
  # from now on a replica can follow it
  cat >> "$DIR/primary/postgresql.conf" <<CONF
wal_level = replica
max_wal_senders = 5
hot_standby = on
CONF
  as_postgres "$PGBIN/pg_ctl -D '$DIR/primary' -m fast -w restart -l '$DIR/primary.log'" >/dev/null
  touch "$DIR/primary/loaded"
else
  as_postgres "$PGBIN/pg_ctl -D '$DIR/primary' -l '$DIR/primary.log' -w start" >/dev/null
fi
psql_p1 -qAt -F $'\t' -f rolemix.sql > "$DIR/accounts.tsv"
echo "accounts: $(wc -l < "$DIR/accounts.tsv")" >&2

# --- the streaming replica, copied once
if [ ! -f "$DIR/replica/PG_VERSION" ]; then
  mkdir -p "$DIR/replica" && chown postgres:postgres "$DIR/replica" && chmod 700 "$DIR/replica"
  as_postgres "$PGBIN/pg_basebackup -h localhost -p $P1 -U postgres -D '$DIR/replica' -R -X stream -c fast"
  cat >> "$DIR/replica/postgresql.conf" <<CONF
port = $P2
unix_socket_directories = '$DIR/replica'
CONF
fi
as_postgres "$PGBIN/pg_ctl -D '$DIR/replica' -l '$DIR/replica.log' -w start" >/dev/null

# --- application nodes and the balancer
start_node() { # index, read URL or empty
  local port=$((18100 + $1))
  (cd "$DIR" && PORT=$port DANGVU_DB_URL="jdbc:postgresql://localhost:$P1/bench" DANGVU_DB_USER=postgres \
    DANGVU_DB_PASSWORD=unused DANGVU_DB_READ_URL="$2" DANGVU_DEMO=false \
    exec java -Xmx1g -jar "$JAR" >"$DIR/node$1.log" 2>&1) &
  NODE_PIDS+=($!)
}

wait_ready() { # port (the first start may apply migrations to the national data: minutes)
  for _ in $(seq 1 900); do
    curl -sf -o /dev/null "http://localhost:$1/actuator/health/readiness" && return 0
    sleep 1
  done
  echo "node on $1 not ready" >&2; exit 1
}

cat > "$DIR/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 5s
  timeout client 120s
  timeout server 120s
frontend app
  bind 127.0.0.1:$LB
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  server node1 127.0.0.1:18101 check inter 2s
  server node2 127.0.0.1:18102 check inter 2s
CFG
haproxy -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid" -D
HAPROXY_PID=$(cat "$DIR/haproxy.pid")

mkdir -p results
{
  echo "# Role mix, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)."
  echo "Data set: bench/run.sh's national set at scale $SCALE ($(psql_p1 -qAt -c "select count(*) from person") people,"
  echo "$(psql_p1 -qAt -c "select count(*) from org_unit") units); commit $(git -C "$ROOT" rev-parse --short HEAD)."
  echo "Each configuration: $WARMUP s warm-up, $DURATION s measured, 14 users without think time (command: \`bench/rolemix.sh $SCALE\`)."
} > "$OUT"

run_config() { # label, target port
  echo "$1: load average before $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  java -cp "$CP" vn.dangvu.bench.RoleMix "http://localhost:$2" "$DIR/accounts.tsv" "$WARMUP" "$DURATION" \
    "$1 (load average at the end: \$LOAD)" "$DIR/run.md" >/dev/null
  sed -i "s|\\\$LOAD|$(cut -d' ' -f1-3 /proc/loadavg)|" "$DIR/run.md"
  cat "$DIR/run.md" >> "$OUT"
  rm -f "$DIR/run.md"
}

for config in $CONFIGS; do
  case "$config" in
    one)
      start_node 1 ""; wait_ready 18101
      run_config "One node, every transaction on the primary" 18101 ;;
    two)
      start_node 1 ""; start_node 2 ""; wait_ready 18101; wait_ready 18102; sleep 3
      run_config "Two nodes behind HAProxy, every transaction on the primary" $LB ;;
    replica)
      start_node 1 "jdbc:postgresql://localhost:$P2/bench"; start_node 2 "jdbc:postgresql://localhost:$P2/bench"
      wait_ready 18101; wait_ready 18102; sleep 3
      run_config "Two nodes behind HAProxy, read-only transactions on the replica" $LB ;;
  esac
  stop_nodes
done
echo "report: $OUT" >&2
cat "$OUT"

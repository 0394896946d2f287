#!/usr/bin/env bash
# Membership statistics / status-as-of benchmark on a throw-away PostgreSQL 15 cluster.
#   bench/membership/run.sh [members]   (default 5,200,000; the committee of interest has 10,200)
# Output: bench/results/membership-<members>.txt
set -euo pipefail
cd "$(dirname "$0")"
MEMBERS="${1:-5200000}"
source ../pg-cluster.sh
PORT=55439
DATA=$(mktemp -d /tmp/mship-bench-XXXX)
chown postgres:postgres "$DATA"
pg_cluster "$DATA/pg" $PORT
cat >> "$DATA/pg/postgresql.conf" <<CONF
shared_buffers = 1GB
maintenance_work_mem = 1GB
fsync = off
CONF
# Before (decision 0280): the former MembershipStatistics.SQL, kept in statistics-before.sql. After: the
# MembershipStatistics.CHILDREN and ROOTS texts read from the source. Named parameters become those of the prepared
# statements (psql) or literals (pgbench); unit_ref is the benchmark's view over its org_unit.
STATS_SQL=$(sed '/^--/d; s/unit_ref/org_unit/; s/:patterns/$1/; s/:from/$2/; s/:to/$3/' statistics-before.sql)
java_sql() {
  sed -n "/static final String $1 = \"\"\"/,/\"\"\";/p" \
    ../../src/main/java/vn/dangvu/membership/statistics/MembershipStatistics.java | sed '1d; s/""";$//; s/^\t*//'
}
CHILDREN_SQL=$(java_sql CHILDREN | sed 's/:unit/$1/g; s/:from/$2/; s/:to/$3/')
ROOTS_SQL=$(java_sql ROOTS | sed 's/:scopeAll/$1/; s/:paths/$2/; s/:from/$3/; s/:to/$4/')
as_postgres "$PGBIN/pg_ctl -D '$DATA/pg' -l '$DATA/log' -w start" >/dev/null
trap 'as_postgres "$PGBIN/pg_ctl -D \"$DATA/pg\" -m fast stop" >/dev/null; rm -rf "$DATA"' EXIT
mkdir -p ../results
PSQL=("$PGBIN/psql" -h localhost -p $PORT -U postgres -d postgres)
OUT="../results/membership-$MEMBERS.txt"
"${PSQL[@]}" -v members="$MEMBERS" -v stats_sql="$STATS_SQL" -v children_sql="$CHILDREN_SQL" \
  -v roots_sql="$ROOTS_SQL" -f membership.sql > "$OUT" 2>&1
# p50/p95 of each report, prepared and warm: pgbench runs the statement N times after 3 warm-up runs and logs
# each latency (microseconds, 3rd column of its per-transaction log).
period="date '2025-01-01'"; until="date '2026-11-22'"
timed() { # name runs sql
  local name=$1 runs=$2 file="$DATA/script-$1.sql"
  printf '%s;\n' "$3" > "$file"
  "$PGBIN/pgbench" -h localhost -p $PORT -U postgres -n -M prepared -f "$file" -t 3 postgres >/dev/null 2>&1
  (cd "$DATA" && "$PGBIN/pgbench" -h localhost -p $PORT -U postgres -n -M prepared -f "$file" -t "$runs" -l \
    --log-prefix="$name" postgres >/dev/null 2>&1)
  cat "$DATA/$name".* | awk '{print $3}' | sort -n | awk -v name="$name" '{v[NR]=$1}
    END {printf "%-28s runs %4d  p50 %8.1f ms  p95 %8.1f ms\n", name, NR, v[int(NR*0.5+0.5)]/1000, v[int(NR*0.95+0.5)]/1000}'
}
{
  echo "== p50/p95 (pgbench, prepared, warm), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  timed before-committee 50 "$(sed "/^--/d; s/unit_ref/org_unit/; s|:patterns|array['/1/2/%']|; s/:from/$period/; s/:to/$until/" statistics-before.sql)"
  timed before-national 10 "$(sed "/^--/d; s/unit_ref/org_unit/; s|:patterns|array['/1/%']|; s/:from/$period/; s/:to/$until/" statistics-before.sql)"
  timed after-committee 200 "$(java_sql CHILDREN | sed "s/:unit/2/g; s/:from/$period/; s/:to/$until/")"
  timed after-national 200 "$(java_sql CHILDREN | sed "s/:unit/1/g; s/:from/$period/; s/:to/$until/")"
  timed after-roots-whole-tree 200 "$(java_sql ROOTS | sed "s/:scopeAll/true/; s/:paths/cast('{}' as text[])/; s/:from/$period/; s/:to/$until/")"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$OUT"
grep -E "^(Time|== | Execution Time| Planning Time|  [0-9]+$|before-|after-|load average|drift)" "$OUT" || true

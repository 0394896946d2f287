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
# The statistics query is MembershipStatistics.SQL itself, read from the source: its named parameters become
# those of the prepared statement and unit_ref (a view of the application) the benchmark's org_unit.
STATS_SQL=$(sed -n '/static final String SQL = """/,/""";/p' \
  ../../src/main/java/vn/dangvu/membership/statistics/MembershipStatistics.java \
  | sed '1d; s/""";$//; s/^\t*//; s/unit_ref/org_unit/; s/:patterns/$1/; s/:from/$2/; s/:to/$3/')
as_postgres "$PGBIN/pg_ctl -D '$DATA/pg' -l '$DATA/log' -w start" >/dev/null
trap 'as_postgres "$PGBIN/pg_ctl -D \"$DATA/pg\" -m fast stop" >/dev/null; rm -rf "$DATA"' EXIT
mkdir -p ../results
"$PGBIN/psql" -h localhost -p $PORT -U postgres -d postgres -v members="$MEMBERS" -v stats_sql="$STATS_SQL" -f membership.sql \
  > "../results/membership-$MEMBERS.txt" 2>&1
grep -E "^(Time|== | Execution Time| Planning Time|  [0-9]+$)" "../results/membership-$MEMBERS.txt" || true

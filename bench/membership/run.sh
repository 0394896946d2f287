#!/usr/bin/env bash
# Membership statistics / status-as-of benchmark on a throw-away PostgreSQL 15 cluster.
#   bench/membership/run.sh [members]   (default 5,200,000; the committee of interest has 10,200)
# Output: bench/results/membership-<members>.txt
set -euo pipefail
cd "$(dirname "$0")"
MEMBERS="${1:-5200000}"
PGBIN=/usr/lib/postgresql/15/bin
PORT=55439
DATA=$(mktemp -d /tmp/mship-bench-XXXX)
chown postgres:postgres "$DATA"
as_postgres() { su postgres -s /bin/bash -c "$*"; }
as_postgres "$PGBIN/initdb -D '$DATA/pg' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
cat >> "$DATA/pg/postgresql.conf" <<CONF
port = $PORT
listen_addresses = 'localhost'
unix_socket_directories = '$DATA/pg'
shared_buffers = 1GB
work_mem = 32MB
maintenance_work_mem = 1GB
max_wal_size = 8GB
wal_level = minimal
max_wal_senders = 0
fsync = off
CONF
as_postgres "$PGBIN/pg_ctl -D '$DATA/pg' -l '$DATA/log' -w start" >/dev/null
trap 'as_postgres "$PGBIN/pg_ctl -D \"$DATA/pg\" -m fast stop" >/dev/null; rm -rf "$DATA"' EXIT
mkdir -p ../results
"$PGBIN/psql" -h localhost -p $PORT -U postgres -d postgres -v members="$MEMBERS" -f membership.sql \
  > "../results/membership-$MEMBERS.txt" 2>&1
grep -E "^(Time|== | Execution Time| Planning Time|  [0-9]+$)" "../results/membership-$MEMBERS.txt" || true

# A throw-away PostgreSQL 15 cluster (Debian packages) for the benchmarks, sourced by bench/run.sh and
# bench/membership/run.sh.
PGBIN=/usr/lib/postgresql/15/bin

as_postgres() { su postgres -s /bin/bash -c "$*"; }

# pg_cluster DIR PORT: initdb a trusted UTF-8 cluster in DIR (owned by postgres) that listens on localhost:PORT
# with its socket in DIR and the WAL settings of a bulk load; the caller appends its memory settings to
# DIR/postgresql.conf.
pg_cluster() {
  local dir=$1 port=$2
  as_postgres "$PGBIN/initdb -D '$dir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  cat >> "$dir/postgresql.conf" <<CONF
port = $port
listen_addresses = 'localhost'
unix_socket_directories = '$dir'
work_mem = 32MB
max_wal_size = 8GB
wal_level = minimal
max_wal_senders = 0
CONF
}

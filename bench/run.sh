#!/usr/bin/env bash
# National-scale benchmark of Đảng vụ on a standalone PostgreSQL 15 (Debian packages), port 55432.
#   bench/run.sh start            initdb (first time) and start PostgreSQL in bench/data
#   bench/run.sh load [scale]     generate and COPY the data set (scale 1 = 52,000 grassroots, ~5.6 M people)
#   bench/run.sh query [variant]  timings + EXPLAIN plans into bench/results (variant base | scoped)
#   bench/run.sh scope            add the denormalised person.scope_path column and its index (alternative)
#   bench/run.sh cover            add a covering index (scope_path) include (search_text, sort_key) (alternative)
#   bench/run.sh person-scope     rebuild the person_scope read model (decision 0070) on the loaded data
#   bench/run.sh directive-board  tracking board of one directive cascaded to 3,000 units (own database)
#   bench/run.sh meeting-oversight [without-indexes]
#                                 cell meetings of a province-size committee: the oversight month view (own database)
#   bench/run.sh programme-board
#                                 a work programme cascaded to 3,000 units: board, roll-up, home card (own database)
#   bench/run.sh stop             stop PostgreSQL
#   bench/run.sh all [scale]      start, load, query base, scope, query scoped, stop
#   bench/run.sh extract          citation extraction throughput (JMH, no database) into bench/results/extraction.*
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$(pwd)
source ./pg-cluster.sh
PORT=55432
DATA="$BENCH/data"
URL="jdbc:postgresql://localhost:$PORT/bench?user=postgres"
RESULTS="${RESULTS:-$BENCH/results}"

build() {
  ../mvnw -q -f pom.xml -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
}

java_run() {
  java -Xmx6g -cp "target/classes:$(cat target/classpath.txt)" "$@"
}

psql_run() { "$PGBIN/psql" -h localhost -p $PORT -U postgres -d bench -v ON_ERROR_STOP=1 "$@"; }

start() {
  if [ ! -x "$PGBIN/initdb" ]; then
    apt-get update && apt-get install -y postgresql
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA" && chown postgres:postgres "$DATA"
    pg_cluster "$DATA" $PORT
    cat >> "$DATA/postgresql.conf" <<CONF
shared_buffers = 2GB
effective_cache_size = 8GB
maintenance_work_mem = 2GB
checkpoint_timeout = 30min
synchronous_commit = off
random_page_cost = 1.1
timezone = 'Asia/Ho_Chi_Minh'
CONF
  fi
  chmod 755 "$BENCH"
  as_postgres "$PGBIN/pg_ctl -D '$DATA' -l '$DATA/server.log' -w start"
  "$PGBIN/psql" -h localhost -p $PORT -U postgres -tc "select 1 from pg_database where datname = 'bench'" | grep -q 1 \
    || "$PGBIN/createdb" -h localhost -p $PORT -U postgres bench
}

stop() { as_postgres "$PGBIN/pg_ctl -D '$DATA' -m fast stop" || true; }

load() {
  build
  java_run vn.dangvu.bench.NationalDataSet "$URL" "${1:-1}" | tee "$RESULTS/load-${1:-1}.txt"
  psql_run -c "select kind, count(*) from org_unit group by kind order by kind" \
           -c "select count(*) as people, count(party_unit_id) as party, count(union_unit_id) as union_members, count(youth_unit_id) as youth from person" \
           -c "select pg_size_pretty(pg_database_size('bench')) as database_size" | tee -a "$RESULTS/load-${1:-1}.txt"
}

query() {
  build
  java_run vn.dangvu.bench.QueryBench "$URL" "$RESULTS" "${1:-base}" "${2:-50}"
}

scope() {
  local t0=$(date +%s)
  psql_run <<'SQL'
alter table person add column if not exists scope_path text;
update person p set scope_path = u.path from org_unit u where u.id = p.work_unit_id;
create index if not exists person_scope_path_idx on person (scope_path text_pattern_ops);
vacuum (analyze) person;
SQL
  echo "scope column + index: $(( $(date +%s) - t0 )) s" | tee -a "$RESULTS/scope.txt"
}

person_scope() {
  local t0=$(date +%s)
  psql_run -c '\timing on' -f person-scope.sql | tee "$RESULTS/person-scope.txt"
  psql_run -c "select pg_size_pretty(pg_relation_size('person_scope')) as person_scope, pg_size_pretty(pg_relation_size('person_scope_pkey')) as pkey, pg_size_pretty(pg_relation_size('person_scope_path_idx')) as path_idx" | tee -a "$RESULTS/person-scope.txt"
  echo "person_scope rebuilt: $(( $(date +%s) - t0 )) s" | tee -a "$RESULTS/person-scope.txt"
}

cover() {
  local t0=$(date +%s)
  psql_run <<'SQL'
create index if not exists person_scope_cover_idx on person (scope_path text_pattern_ops) include (search_text, sort_key);
vacuum (analyze) person;
SQL
  echo "covering scope index: $(( $(date +%s) - t0 )) s" | tee -a "$RESULTS/scope.txt"
}

extract() {
  build
  java_run org.openjdk.jmh.Main CitationExtractionBench -rf json -rff "$RESULTS/extraction.json" \
    | tee "$RESULTS/extraction.txt"
}

mkdir -p "$RESULTS"
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  load) load "${2:-1}" ;;
  query) query "${2:-base}" "${3:-50}" ;;
  scope) scope ;;
  cover) cover ;;
  person-scope) person_scope ;;
  extract) extract ;;

  directive-board) build; java_run vn.dangvu.bench.DirectiveBoardBench "$URL" "$RESULTS" ;;
  meeting-oversight) build; java_run vn.dangvu.bench.MeetingOversightBench "$URL" "$RESULTS" "${2:-}" ;;
  programme-board) build; java_run vn.dangvu.bench.ProgrammeBoardBench "$URL" "$RESULTS" ;;
  all) start; load "${2:-1}"; query base; scope; query scoped; stop ;;
  *) sed -n 2,14p "$0"; exit 2 ;;
esac

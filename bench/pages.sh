#!/usr/bin/env bash
# Page throughput and latency of Đảng vụ on its demo data, side by side with spring-petclinic's owners page.
#
#   bench/pages.sh                    run everything, write bench/results/pages-<UTC time>.md
#
# Environment:
#   JAR            Đảng vụ jar (default: target/dangvu-*.jar; build it with ./mvnw -q -DskipTests package)
#   PETCLINIC_JAR  spring-petclinic jar (optional). Build it yourself from
#                  https://github.com/spring-projects/spring-petclinic (./mvnw -DskipTests package) and point
#                  this variable at target/spring-petclinic-*.jar; nothing of petclinic is kept in this
#                  repository. Without it the petclinic rows and the ratios are left out.
#   DURATION       seconds of each measured wrk run (default 15); WARMUP seconds per page (default 5)
#   ROLES          space-separated demo accounts to measure (default: all six)
#   JAVA_OPTS      extra JVM options for both applications (default -Xmx1g)
#   PAGES          pages measured for every role of ROLES instead of each role's main pages
#                  (e.g. PAGES=/membership ROLES="vanphong bithu.cautreo admin")
#   REPEAT         rounds over all roles and pages in the same run (default 1); with more than one,
#                  the report ends with each page's median over the rounds
#   PAGES=crawl    every kind of page each role reaches by links from home (bench/crawl_pages.py: one
#                  address per kind, numbers aside), each timed with one connection only (p50, p99, CPU):
#                  the whole list is fetched over and over for CRAWL_WARMUP seconds first (default 60, at
#                  least three passes) to warm the JVM up, then each page gets WARMUP seconds (default 2 in
#                  this mode) and DURATION seconds (default 4)
#
# Each page is warmed up, then measured by wrk with 2 threads and 8 connections (requests/s) and with
# 1 thread and 1 connection (p50 / p99 latency, and the CPU time the application and its embedded
# PostgreSQL spent per request: on a loaded machine latency mostly measures the queue for the cores,
# CPU time per request much less so). Both applications run at the same time on the same
# machine; petclinic's owners page (/owners?lastName=, its list page, 10 owners a page, H2 in memory) is
# measured between the Đảng vụ roles so that both see the same load.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PAGES="${PAGES:-}"
if [ "$PAGES" = crawl ]; then DURATION="${DURATION:-4}"; WARMUP="${WARMUP:-2}"; fi
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-5}"
ROLES="${ROLES:-vanphong bithu.cautreo congdoan doanthanhnien dangvien admin}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
REPEAT="${REPEAT:-1}"
DV_PORT="${DV_PORT:-18090}"
PC_PORT="${PC_PORT:-18091}"
JAR="${JAR:-$(ls "$ROOT"/target/dangvu-*.jar 2>/dev/null | grep -v original | head -1)}"
STAMP=$(date -u +%Y%m%d-%H%M)
OUT="${OUT:-$ROOT/bench/results/pages-$STAMP.md}"
WORK=$(mktemp -d /tmp/dv-pages.XXXXXX)
PIDS=()

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null); }
[ -f "$JAR" ] || { echo "no Đảng vụ jar: build it (./mvnw -q -DskipTests package) or set JAR" >&2; exit 1; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

wait_for() { # url, seconds
  for _ in $(seq 1 "$2"); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "not up: $1" >&2; exit 1
}

# --- start the applications
mkdir -p "$WORK/dv"
(cd "$WORK/dv" && PORT=$DV_PORT DANGVU_DATA_DIR="$WORK/dv/data" exec java $JAVA_OPTS -jar "$JAR" >"$WORK/dv.log" 2>&1) &
PIDS+=($!)
if [ -n "${PETCLINIC_JAR:-}" ] && [ -f "$PETCLINIC_JAR" ]; then
  (cd "$WORK" && exec java $JAVA_OPTS -jar "$PETCLINIC_JAR" --server.port=$PC_PORT >"$WORK/pc.log" 2>&1) &
  PIDS+=($!)
  PETCLINIC=1
else
  echo "PETCLINIC_JAR not set or missing: petclinic skipped" >&2
  PETCLINIC=0
fi
wait_for "http://localhost:$DV_PORT/login" 300
DV_PID=${PIDS[0]}
PG_PID=$(pgrep -o -f -- "-D $WORK/dv/data" || true)
[ -n "$PG_PID" ] || echo "the embedded PostgreSQL was not found: CPU times are the JVM's alone" >&2
[ "$PETCLINIC" = 1 ] && wait_for "http://localhost:$PC_PORT/owners?lastName=" 300

# --- sign in with the form (CSRF token from the login page), print the SESSION cookie
sign_in() {
  local jar="$WORK/cookies-$1" token
  token=$(curl -s -c "$jar" "http://localhost:$DV_PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo123" \
    --data-urlencode "_csrf=$token" "http://localhost:$DV_PORT/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}

pages_of() {
  case "$1" in
    vanphong) echo "/ /people /people?q=nguyen /units /membership /reminders /reminders/count /directives /audit /rules" ;;
    bithu.cautreo) echo "/ /people /membership /reminders /directives" ;;
    congdoan) echo "/ /people /membership /reminders" ;;
    doanthanhnien) echo "/ /people /membership /reminders" ;;
    dangvien) echo "/ /people /reminders /directives" ;;
    admin) echo "/ /people?q=nguyen /units /accounts /membership" ;;
  esac
}

# CPU clock ticks used so far by the application and its PostgreSQL (server and live backends)
cpu_ticks() {
  local t=0 pid
  for pid in $DV_PID $PG_PID; do
    [ -r "/proc/$pid/stat" ] && t=$((t + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat")))
  done
  for pid in $( [ -n "$PG_PID" ] && pgrep -P "$PG_PID"); do
    [ -r "/proc/$pid/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}

# wrk output → "requests/s p50-ms p99-ms non2xx requests"
measure() { # url, threads, connections, seconds, cookie
  local out
  out=$(wrk -t"$2" -c"$3" -d"$4"s --latency ${5:+-H "Cookie: SESSION=$5"} "$1")
  awk -v o="$out" 'BEGIN {
      n = split(o, L, "\n"); rps = ""; p50 = ""; p99 = ""; bad = 0; done = 0
      for (i = 1; i <= n; i++) {
        split(L[i], f, " ")
        if (L[i] ~ /Requests\/sec:/) rps = f[2]
        if (f[1] == "50%") p50 = f[2]
        if (f[1] == "99%") p99 = f[2]
        if (L[i] ~ /Non-2xx/) bad = f[5]
        if (L[i] ~ / requests in /) done = f[1]
      }
      print rps, ms(p50), ms(p99), bad, done
    }
    function ms(v) { if (v ~ /us$/) return sprintf("%.2f", v / 1000); if (v ~ /ms$/) return sprintf("%.2f", v + 0);
                     if (v ~ /s$/) return sprintf("%.2f", v * 1000); return v }'
}

row() { # label, url, cookie, "cpu" to count the application's CPU time
  local status t0 t1 cpu="–"
  status=$(curl -s -o /dev/null -w '%{http_code}' ${3:+-H "Cookie: SESSION=$3"} "$2")
  wrk -t2 -c4 -d"$WARMUP"s ${3:+-H "Cookie: SESSION=$3"} "$2" >/dev/null
  if [ "$PAGES" = crawl ]; then rps8="–"; bad8=0; else
    read -r rps8 _ _ bad8 _ <<<"$(measure "$2" 2 8 "$DURATION" "$3")"
  fi
  t0=$(cpu_ticks)
  read -r rps1 p50 p99 bad1 done1 <<<"$(measure "$2" 1 1 "$DURATION" "$3")"
  t1=$(cpu_ticks)
  if [ "${4:-}" = cpu ] && [ "${done1:-0}" -gt 0 ]; then
    cpu=$(awk -v d=$((t1 - t0)) -v n="$done1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", d * 1000 / hz / n }')
  fi
  echo "$1|$status|$rps8|$rps1|$p50|$p99|$((bad8 + bad1))|$cpu" >>"$WORK/rows"
  echo "$1 status $status: ${rps8} req/s (8 conn), p50 ${p50} ms p99 ${p99} ms, CPU ${cpu} ms/request (1 conn)" >&2
}

: >"$WORK/rows"
PC_URL="http://localhost:$PC_PORT/owners?lastName="
[ "$PETCLINIC" = 1 ] && row "petclinic /owners?lastName=" "$PC_URL" ""
for round in $(seq 1 "$REPEAT"); do
  for role in $ROLES; do
    cookie=$(sign_in "$role")
    [ -n "$cookie" ] || { echo "sign-in failed for $role" >&2; exit 1; }
    if [ "$PAGES" = crawl ]; then
      list=$(python3 "$ROOT/bench/crawl_pages.py" "http://localhost:$DV_PORT" "$cookie")
      echo "$role: $(echo "$list" | wc -l) kinds of page" >&2
      # the JIT compiles what every page uses: passes over the whole list for CRAWL_WARMUP seconds (at least 3)
      end=$((SECONDS + ${CRAWL_WARMUP:-60})); passes=0
      while [ "$passes" -lt 3 ] || [ "$SECONDS" -lt "$end" ]; do
        for page in $list; do curl -s -o /dev/null -H "Cookie: SESSION=$cookie" "http://localhost:$DV_PORT$page"; done
        passes=$((passes + 1))
      done
      echo "$role: $passes warm-up passes" >&2
    else
      list=${PAGES:-$(pages_of "$role")}
    fi
    for page in $list; do
      row "$role $page" "http://localhost:$DV_PORT$page" "$cookie" cpu
    done
  done
done
[ "$PETCLINIC" = 1 ] && row "petclinic /owners?lastName= (again)" "$PC_URL" ""

# --- report
mkdir -p "$(dirname "$OUT")"
{
  echo "# Pages, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)," \
    "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). wrk ${DURATION} s per run after ${WARMUP} s warm-up;" \
    "JVM options: $JAVA_OPTS. Jar: $(basename "$JAR")."
  echo
  echo "| page (account path) | status | req/s, 2 threads 8 conn | req/s, 1 conn | p50 ms, 1 conn | p99 ms, 1 conn | CPU ms/request, 1 conn | × petclinic req/s | × petclinic p50 | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  awk -F'|' -v pc="$PETCLINIC" '
    NR == FNR { if ($1 ~ /^petclinic/) { n++; r += $3; p += $5 } next }
    { if (pc == 1 && n > 0) { rr = ($3 == "–" || r == 0) ? "–" : sprintf("%.2f", $3 / (r / n)); pp = sprintf("%.1f", $5 / (p / n)) } else { rr = "–"; pp = "–" }
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $8, rr, pp, $7 }
  ' "$WORK/rows" "$WORK/rows"
  echo
  echo "× petclinic: this page's requests/s (8 connections) divided by petclinic's mean over its runs; p50 likewise"
  echo "(above 1 = slower). Command: \`DURATION=$DURATION WARMUP=$WARMUP ${PAGES:+PAGES=\"$PAGES\" }REPEAT=$REPEAT PETCLINIC_JAR=... bench/pages.sh\`."
  if [ "$REPEAT" -gt 1 ]; then
    echo
    echo "Median over the $REPEAT rounds:"
    echo
    echo "| page (account path) | req/s, 2 threads 8 conn | p50 ms, 1 conn | p99 ms, 1 conn | CPU ms/request |"
    echo "|---|---|---|---|---|"
    # a round in which no request finished within wrk's timeout has no latency (0.00): it counts as the slowest
    awk -F'|' '{ n[$1]++; r[$1, n[$1]] = $3; c[$1, n[$1]] = ($8 == "–") ? 1e9 : $8; p[$1, n[$1]] = ($5 > 0) ? $5 : 1e9; q[$1, n[$1]] = ($6 > 0) ? $6 : 1e9
      if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
      function ms(v) { return (v >= 1e9) ? "none in time" : sprintf("%.2f", v) }
      function med(a, key, m,   i, j, t, v) { for (i = 1; i <= m; i++) v[i] = a[key, i] + 0
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2 }
      END { for (i = 1; i <= k; i++) { l = order[i]; m = n[l]
        printf "| %s | %.2f | %s | %s | %s |\n", l, med(r, l, m), ms(med(p, l, m)), ms(med(q, l, m)), ms(med(c, l, m)) } }' "$WORK/rows"
  fi
} >"$OUT"
cat "$OUT"

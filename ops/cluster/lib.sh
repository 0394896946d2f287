# Shared by up, down and status. Sourced, not run.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
# shellcheck source=cluster.env
. "$HERE/cluster.env"
DIR="$DANGVU_CLUSTER_DIR"
LOGS="$DIR/log"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "FAILED: $*" >&2; exit 1; }

# PostgreSQL refuses to run as root: when root, everything of the cluster runs as the postgres user.
if [ "$(id -u)" = 0 ]; then
  RUN_AS=(runuser -u postgres --)
else
  RUN_AS=()
fi
as_owner() { "${RUN_AS[@]}" "$@"; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every half second.
wait_for() {
  local limit=$1 what=$2; shift 2
  local end=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $end ] || die "$what not reached within ${limit}s (logs in $LOGS)"
    sleep 0.5
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

patroni_config() { echo "$DIR/pg$1/patroni.yml"; }
patroni_port() { if [ "$1" = 1 ]; then echo "$PATRONI1_PORT"; else echo "$PATRONI2_PORT"; fi; }
app_port() { echo $((APP_BASE_PORT + $1)); }

app_jar() { ls "$REPO"/target/dangvu-*.jar 2>/dev/null | grep -v original | head -1; }

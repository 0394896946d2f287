# Shared by ops/local-backup and ops/local-restore (one machine, the embedded database). Sourced, not run.
set -euo pipefail
DATA="${DANGVU_DATA_DIR:-./data/postgres}"
CLIENT_BIN="${PG_CLIENT_BIN:-/usr/lib/postgresql/15/bin}"
say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "KHÔNG THỰC HIỆN ĐƯỢC: $*" >&2; exit 1; }

[ -d "$DATA" ] || die "không thấy dữ liệu ở $DATA (đặt DANGVU_DATA_DIR nếu dữ liệu ở chỗ khác)"
[ -x "$CLIENT_BIN/pg_dump" ] || die "thiếu công cụ PostgreSQL 15: sudo apt-get install postgresql-client-15"

# The server of the data directory, when it runs: its port (line 4 of postmaster.pid).
running_port() {
  local pid_file="$DATA/postmaster.pid"
  [ -f "$pid_file" ] && kill -0 "$(head -1 "$pid_file")" 2>/dev/null && sed -n 4p "$pid_file"
}

# Starts the data directory's server on a private socket, for as long as this script runs: the embedded
# server's own binary (extracted by the application, the same version), else Debian's. PostgreSQL refuses to
# run as root: as root, it runs as the data directory's owner, or, when that is root too (the application
# started as root), in a user namespace as the application's embedded server does (unshare -U).
TEMP_SOCKET=""
SERVER_PID=""
start_private_server() {
  local postgres as=()
  postgres=$(ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin/postgres 2>/dev/null | head -1 || true)
  [ -n "$postgres" ] || postgres="$CLIENT_BIN/postgres"
  [ -x "$postgres" ] || die "hãy khởi động Đảng vụ một lần trên máy này rồi tắt đi, sau đó chạy lại lệnh này"
  if [ "$(id -u)" = 0 ]; then
    if [ "$(stat -c %U "$DATA")" = root ]; then as=(unshare -U); else as=(runuser -u "$(stat -c %U "$DATA")" --); fi
  fi
  TEMP_SOCKET=$(mktemp -d /tmp/dangvu-local.XXXXXX)
  [ "${as[0]:-}" != runuser ] || chown "$(stat -c %U "$DATA")" "$TEMP_SOCKET"
  "${as[@]}" "$postgres" -D "$DATA" -p 55499 -c listen_addresses= -k "$TEMP_SOCKET" >"$TEMP_SOCKET/log" 2>&1 &
  SERVER_PID=$!
  trap 'kill -INT $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null; rm -rf "$TEMP_SOCKET"' EXIT
  local tries=0
  until "$CLIENT_BIN/pg_isready" -q -h "$TEMP_SOCKET" -p 55499; do
    kill -0 $SERVER_PID 2>/dev/null || die "cơ sở dữ liệu không khởi động được (nhật ký: $TEMP_SOCKET/log)"
    tries=$((tries + 1)); [ $tries -lt 240 ] || die "cơ sở dữ liệu không sẵn sàng sau 2 phút"
    sleep 0.5
  done
  PGHOST="$TEMP_SOCKET" PGPORT=55499
  export PGHOST PGPORT
}
export PGUSER=postgres PGDATABASE=postgres

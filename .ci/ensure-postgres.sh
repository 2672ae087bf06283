#!/usr/bin/env bash
# Print (on stdout) an admin URL of a running PostgreSQL server for the tests, starting one if
# needed: SUNLIGHT_TEST_PG_URL if it answers, else a server on 127.0.0.1:5432, else a throwaway
# cluster of Debian's postgresql package on a free port (installed when missing and root).
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
py=".venv/bin/python"

answers() {
  "$py" - "$1" <<'PY' >/dev/null 2>&1
import sys, psycopg
url = sys.argv[1].replace("postgresql+psycopg://", "postgresql://", 1)
psycopg.connect(url, connect_timeout=3).close()
PY
}

if [ -n "${SUNLIGHT_TEST_PG_URL:-}" ] && answers "$SUNLIGHT_TEST_PG_URL"; then
  echo "$SUNLIGHT_TEST_PG_URL"; exit 0
fi
for user in postgres root; do
  url="postgresql+psycopg://$user@127.0.0.1:5432/postgres"
  if answers "$url"; then echo "$url"; exit 0; fi
done

# Start a throwaway cluster.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "未找到 PostgreSQL：请安装 postgresql，或用 SUNLIGHT_TEST_PG_URL 指定一个测试服务器。" >&2
    exit 1
  fi
  echo "Installing postgresql…" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
datadir=/tmp/sunlight-test-pg
port=55432
run_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ ! -f "$datadir/PG_VERSION" ]; then
  mkdir -p "$datadir"
  [ "$(id -u)" = 0 ] && chown postgres "$datadir"
  run_as "$bindir/initdb -D $datadir -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! answers "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"; then
  run_as "$bindir/pg_ctl -D $datadir -l $datadir/server.log -w -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' start" >/dev/null
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"

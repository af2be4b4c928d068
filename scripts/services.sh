#!/usr/bin/env bash
# Starts (start) or stops (stop) the private MariaDB, Redis and S3-compatible server (s3rver, from tools/s3rver) the
# tests use, by PID, under .test-services/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
D="$ROOT/.test-services"
MYSQL_PORT="${S2M_TEST_MYSQL_PORT:-3307}"
REDIS_PORT="${S2M_TEST_REDIS_PORT:-6390}"
S3_PORT="${S2M_TEST_S3_PORT:-4580}"
S3RVER="$ROOT/tools/s3rver/node_modules/s3rver/bin/s3rver.js"

wait_gone() { local pid=$1; for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$pid" 2>/dev/null || true; }

start() {
  mkdir -p "$D"
  if ! { [ -f "$D/mysqld.pid" ] && kill -0 "$(cat "$D/mysqld.pid")" 2>/dev/null; }; then
    if [ ! -d "$D/mysql/mysql" ]; then
      rm -rf "$D/mysql"
      mariadb-install-db --no-defaults --user=root --datadir="$D/mysql" --auth-root-authentication-method=normal --skip-test-db >"$D/install-db.log" 2>&1
    fi
    # Every in-process test host keeps its own connection pool open until the test class ends; 151 is too few.
    mariadbd --no-defaults --user=root --datadir="$D/mysql" --socket="$D/mysqld.sock" --pid-file="$D/mysqld.pid" \
      --port="$MYSQL_PORT" --bind-address=127.0.0.1 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --skip-log-bin --innodb-flush-log-at-trx-commit=0 --max-connections=2000 --log-error="$D/mysqld.err" >/dev/null 2>&1 &
    for _ in $(seq 1 100); do mariadb-admin --no-defaults --socket="$D/mysqld.sock" -uroot ping >/dev/null 2>&1 && break; sleep 0.1; done
    mariadb --no-defaults --socket="$D/mysqld.sock" -uroot -e "CREATE USER IF NOT EXISTS 's2m'@'127.0.0.1' IDENTIFIED BY 's2m'; GRANT ALL ON *.* TO 's2m'@'127.0.0.1'; FLUSH PRIVILEGES;"
  fi
  if ! { [ -f "$D/redis.pid" ] && kill -0 "$(cat "$D/redis.pid")" 2>/dev/null; }; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --pidfile "$D/redis.pid" --logfile "$D/redis.log" --dir "$D" --save "" --appendonly no
    for _ in $(seq 1 50); do [ -f "$D/redis.pid" ] && break; sleep 0.1; done
  fi
  if [ -f "$S3RVER" ] && ! { [ -f "$D/s3rver.pid" ] && kill -0 "$(cat "$D/s3rver.pid")" 2>/dev/null; }; then
    rm -rf "$D/s3"; mkdir -p "$D/s3"
    # Its credentials are S3RVER/S3RVER; each test makes its own bucket.
    node "$S3RVER" -d "$D/s3" -a 127.0.0.1 -p "$S3_PORT" --silent --no-vhost-buckets >"$D/s3rver.log" 2>&1 &
    echo $! >"$D/s3rver.pid"
    for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/" && break; sleep 0.1; done
  fi
  [ -f "$S3RVER" ] && echo "export S2M_TEST_S3='http://127.0.0.1:$S3_PORT'"
  echo "export S2M_TEST_MYSQL='mysql://s2m:s2m@127.0.0.1:$MYSQL_PORT/'"
  echo "export S2M_TEST_REDIS='127.0.0.1:$REDIS_PORT'"
}

stop() {
  for f in mysqld redis s3rver; do
    if [ -f "$D/$f.pid" ]; then pid=$(cat "$D/$f.pid"); kill "$pid" 2>/dev/null || true; wait_gone "$pid"; rm -f "$D/$f.pid"; fi
  done
}

"${1:-start}"

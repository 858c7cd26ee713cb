#!/usr/bin/env bash
# Starts (or stops) a throw-away MariaDB and Redis on loopback for the integration tests, without systemd.
#   eval "$(scripts/test-services.sh start DIR)"   prints export lines for NEXTEVENT_TEST_* variables
#   scripts/test-services.sh stop DIR
set -euo pipefail
cmd=${1:?start|stop} dir=${2:?state directory}

free_port() {
    local p
    for p in $(shuf -i 20000-40000 -n 50); do
        if ! ss -Hltn "sport = :$p" | grep -q .; then echo "$p"; return; fi
    done
    echo "test-services: no free port" >&2; exit 1
}

stop() {
    if [ -f "$dir/mysqld.pid" ]; then
        kill -TERM "$(cat "$dir/mysqld.pid")" 2>/dev/null || true
        for _ in $(seq 100); do [ -e "$dir/mysqld.pid" ] || break; sleep 0.05; done
    fi
    if [ -f "$dir/redis.pid" ]; then
        kill -TERM "$(cat "$dir/redis.pid")" 2>/dev/null || true
        for _ in $(seq 100); do [ -e "$dir/redis.pid" ] || break; sleep 0.05; done
    fi
}

case "$cmd" in
stop) stop; exit 0 ;;
start) ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
myport=$(free_port)
cat > "$dir/my.cnf" <<CNF
[client-server]
socket=$dir/mysqld.sock
port=$myport
[mariadbd]
datadir=$dir/data
pid-file=$dir/mysqld.pid
log-error=$dir/mariadbd.err
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=64M
innodb_flush_log_at_trx_commit=1
max_connections=500
CNF
mariadb_ok=0
if command -v mariadbd >/dev/null 2>&1; then
    if mariadb-install-db --defaults-file="$dir/my.cnf" --user=root --auth-root-authentication-method=socket \
        --skip-test-db --skip-name-resolve --force >"$dir/install-db.log" 2>&1; then
        (exec mariadbd --defaults-file="$dir/my.cnf" --user=root >/dev/null 2>&1) &
        for _ in $(seq 200); do
            mariadb-admin --defaults-file="$dir/my.cnf" --silent ping >/dev/null 2>&1 && { mariadb_ok=1; break; }
            sleep 0.1
        done
    fi
fi
if [ "$mariadb_ok" = 1 ]; then
    mariadb --defaults-file="$dir/my.cnf" -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'nextevent_test'@'127.0.0.1' IDENTIFIED BY 'nextevent-test-pw';
GRANT ALL PRIVILEGES ON *.* TO 'nextevent_test'@'127.0.0.1' WITH GRANT OPTION;
SQL
    echo "export NEXTEVENT_TEST_MYSQL_URL='mysql://nextevent_test:nextevent-test-pw@127.0.0.1:$myport/'"
else
    echo "test-services: MariaDB could not start (see $dir)" >&2
fi

rport=$(free_port)
if command -v redis-server >/dev/null 2>&1 &&
    redis-server --port "$rport" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null 2>&1; then
    for _ in $(seq 100); do
        [ "$(redis-cli -h 127.0.0.1 -p "$rport" ping 2>/dev/null)" = PONG ] && break
        sleep 0.05
    done
    echo "export NEXTEVENT_TEST_REDIS_URL='redis://127.0.0.1:$rport/0'"
else
    echo "test-services: Redis could not start" >&2
fi

#!/usr/bin/env bash
# Starts (or stops) a throw-away MariaDB and Redis on loopback for the integration tests, without systemd.
#   eval "$(scripts/test-services.sh start DIR)"   prints export lines for NEXTEVENT_TEST_* variables
#   scripts/test-services.sh stop DIR
# For fault tests, one service of a started DIR can be stopped and started again on the same port and data:
#   scripts/test-services.sh stop-mariadb|start-mariadb|stop-redis|start-redis DIR
set -euo pipefail
cmd=${1:?start|stop|stop-mariadb|start-mariadb|stop-redis|start-redis} dir=${2:?state directory}

# A port nobody listens on now, below the kernel's ephemeral range (32768+ here), so outgoing connections do not
# take it; another process may still take it before the daemon binds, so the callers retry on a new one.
free_port() {
    local p
    for p in $(shuf -i 20000-32000 -n 50); do
        if ! ss -Hltn "sport = :$p" | grep -q .; then echo "$p"; return; fi
    done
    echo "test-services: no free port" >&2; exit 1
}

# SIGTERM (a clean shutdown), then wait for the pidfile to go: the daemon deletes it when it has exited.
stop_pidfile() {
    if [ -f "$1" ]; then
        kill -TERM "$(cat "$1")" 2>/dev/null || true
        for _ in $(seq 200); do [ -e "$1" ] || break; sleep 0.05; done
    fi
}

stop() {
    stop_pidfile "$dir/mysqld.pid"
    stop_pidfile "$dir/redis.pid"
}

# mariadbd on the my.cnf and data directory of DIR; waits (up to 20 s) until it answers.
start_mariadbd() {
    (exec mariadbd --defaults-file="$dir/my.cnf" --user=root >/dev/null 2>&1) &
    local pid=$!
    for _ in $(seq 200); do
        mariadb-admin --defaults-file="$dir/my.cnf" --silent ping >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || return 1 # it gave up (a taken port, say): no use waiting
        sleep 0.1
    done
    return 1
}

# redis-server on port $1 (kept in DIR/redis.port); waits (up to 5 s) until it answers PING.
start_redis() {
    echo "$1" >"$dir/redis.port"
    redis-server --port "$1" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null 2>&1 || return 1
    for _ in $(seq 100); do
        [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ] && return 0
        sleep 0.05
    done
    return 1
}

case "$cmd" in
stop) stop; exit 0 ;;
stop-mariadb) stop_pidfile "$dir/mysqld.pid"; exit 0 ;;
start-mariadb) start_mariadbd; exit ;;
stop-redis) stop_pidfile "$dir/redis.pid"; exit 0 ;;
start-redis) start_redis "$(cat "$dir/redis.port")"; exit ;;
start) ;;
*) echo "usage: $0 start|stop|stop-mariadb|start-mariadb|stop-redis|start-redis DIR" >&2; exit 2 ;;
esac

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
write_mycnf() {
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
}
myport=$(free_port)
write_mycnf
mariadb_ok=0
if command -v mariadbd >/dev/null 2>&1; then
    if mariadb-install-db --defaults-file="$dir/my.cnf" --user=root --auth-root-authentication-method=socket \
        --skip-test-db --skip-name-resolve --force >"$dir/install-db.log" 2>&1; then
        for _ in 1 2 3; do
            if start_mariadbd; then mariadb_ok=1; break; fi
            # Most likely the port was taken between the probe and the bind: another one.
            myport=$(free_port)
            write_mycnf
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

redis_ok=0
if command -v redis-server >/dev/null 2>&1; then
    for _ in 1 2 3; do
        rport=$(free_port)
        if start_redis "$rport"; then redis_ok=1; break; fi
    done
fi
if [ "$redis_ok" = 1 ]; then
    echo "export NEXTEVENT_TEST_REDIS_URL='redis://127.0.0.1:$rport/0'"
else
    echo "test-services: Redis could not start" >&2
fi

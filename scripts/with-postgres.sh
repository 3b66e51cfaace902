#!/bin/sh
# Run a command beside a throwaway PostgreSQL server: `scripts/with-postgres.sh pytest -q`.
#
# Installs the server from Debian's packages when no initdb is found, starts it on loopback
# (a free port, its socket and data in a temporary folder, trust authentication), exports
# STORYLINE_TEST_PG for the command, and stops the server and removes the folder afterwards,
# whether the command passed or failed. A STORYLINE_TEST_PG already set is used as it is.
set -eu

if [ -n "${STORYLINE_TEST_PG:-}" ]; then
    exec "$@"
fi

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN=$(pg_bin)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ] || [ ! -x "$BIN/pg_ctl" ]; then
    echo "with-postgres: no PostgreSQL server here; installing it from Debian's packages" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    BIN=$(pg_bin)
fi

# initdb and postgres refuse to run as root: as root, run them as the postgres user.
if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home postgres
    AS="runuser -u postgres --"
else
    AS=""
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/storyline-pg.XXXXXX")
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"

stop() {
    $AS "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop EXIT
trap 'exit 130' INT TERM

$AS "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
# Durability is not what the tests measure: fsync off makes the many small databases cheap.
$AS "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }

export STORYLINE_TEST_PG="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') at $STORYLINE_TEST_PG" >&2
status=0
"$@" || status=$?
exit $status

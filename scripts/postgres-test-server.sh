# A throwaway PostgreSQL server for the tests, sourced by test.sh.
#
# start_test_postgres makes a new cluster in a temporary folder (as the postgres user when
# we are root: PostgreSQL refuses to run as root), listening only on a Unix socket in that
# folder, so it never meets a server the machine already runs. It creates the role
# "trefpuntje" (LOGIN CREATEDB, no superuser: the app must work without) and the database
# "trefpuntje_test", and sets TREFPUNTJE_TEST_DATABASE_URL. stop_test_postgres stops it and
# removes the folder. fsync is off: the data is thrown away, and it halves the run.
# Autovacuum is off too: its worker, owned by the server, would hold a test database
# that DROP DATABASE ... WITH (FORCE) may not end as the unprivileged test role.

TEST_PG_DIR=""

_pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL's server programs are missing: install the Debian package postgresql" >&2
    return 1
  fi
  echo "$bin"
}

_as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_test_postgres() {
  local bin
  bin=$(_pg_bin) || return 1
  TEST_PG_DIR=$(mktemp -d /tmp/trefpuntje-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$TEST_PG_DIR"
  _as_pg_owner "$bin/initdb" -D "$TEST_PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >/dev/null
  _as_pg_owner "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 60 \
    -o "-k $TEST_PG_DIR -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off" \
    start >/dev/null
  "$bin/psql" -h "$TEST_PG_DIR" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE trefpuntje LOGIN CREATEDB" \
    -c "CREATE DATABASE trefpuntje_test OWNER trefpuntje" >/dev/null
  export TREFPUNTJE_TEST_DATABASE_URL="postgresql+psycopg://trefpuntje@/trefpuntje_test?host=$TEST_PG_DIR"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests: $TEST_PG_DIR"
}

stop_test_postgres() {
  [ -n "$TEST_PG_DIR" ] || return 0
  local bin
  bin=$(_pg_bin) || return 0
  _as_pg_owner "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
  TEST_PG_DIR=""
}

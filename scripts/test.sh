#!/usr/bin/env bash
# Install what the tests need (Debian packages, .venv with the test extras) and run them,
# once on SQLite and once on PostgreSQL (a throwaway server, started and stopped here).
# Arguments go to pytest: scripts/test.sh -k idle
# TREFPUNTJE_TEST_BACKENDS="sqlite" (or "postgresql") runs one pass only; with
# TREFPUNTJE_TEST_DATABASE_URL set, the PostgreSQL pass uses that server instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
source scripts/postgres-test-server.sh
ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_venv ".[test,camera,postgres]"  # the camera extra too, so its QtMultimedia code is tested
# A CUPS queue that prints to PDF files, for the print tests (needs root).
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" bash scripts/setup-cups-pdf.sh >/dev/null

# Each pass must pass; pytest exits 5 when it collected no test, and that fails too.
# With both backends the two passes run side by side, one on each of CI's two cores
# (about 9 minutes instead of 14); each writes its own log, printed when both are done.
# TREFPUNTJE_TEST_SERIAL=1 runs them one after the other, straight to the terminal.
backends=(${TREFPUNTJE_TEST_BACKENDS:-sqlite postgresql})
for backend in "${backends[@]}"; do
  case "$backend" in sqlite|postgresql) ;; *) echo "unknown test backend: $backend (sqlite or postgresql)" >&2; exit 2 ;; esac
done
started_postgres=""
if [[ " ${backends[*]} " == *" postgresql "* && -z "${TREFPUNTJE_TEST_DATABASE_URL:-}" ]]; then
  trap stop_test_postgres EXIT
  start_test_postgres
  started_postgres=1
fi

run_pass() {  # run_pass BACKEND [pytest args]: the pass's pytest, with its database
  local backend=$1
  shift
  if [ "$backend" = sqlite ]; then
    env -u TREFPUNTJE_TEST_DATABASE_URL .venv/bin/python -m pytest "$@"
  else
    .venv/bin/python -m pytest "$@"
  fi
}

failed=()
if [ ${#backends[@]} -gt 1 ] && [ -z "${TREFPUNTJE_TEST_SERIAL:-}" ]; then
  logs=$(mktemp -d)
  for backend in "${backends[@]}"; do
    (if run_pass "$backend" "$@" > "$logs/$backend.log" 2>&1; then echo 0; else echo $?; fi > "$logs/$backend.rc") &
  done
  wait
  for backend in "${backends[@]}"; do
    echo "=== the tests on $backend ==="
    cat "$logs/$backend.log"
    rc=$(cat "$logs/$backend.rc")
    [ "$rc" = 0 ] || failed+=("$backend (exit $rc)")
  done
  rm -rf "$logs"
else
  for backend in "${backends[@]}"; do
    echo "=== the tests on $backend ==="
    run_pass "$backend" "$@" || failed+=("$backend (exit $?)")
  done
fi
[ -z "$started_postgres" ] || stop_test_postgres
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}" >&2
  exit 1
fi

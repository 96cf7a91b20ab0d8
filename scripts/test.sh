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
failed=()
for backend in ${TREFPUNTJE_TEST_BACKENDS:-sqlite postgresql}; do
  case "$backend" in
    sqlite)
      echo "=== the tests on SQLite ==="
      env -u TREFPUNTJE_TEST_DATABASE_URL .venv/bin/python -m pytest "$@" || failed+=("SQLite (exit $?)")
      ;;
    postgresql)
      echo "=== the tests on PostgreSQL ==="
      if [ -z "${TREFPUNTJE_TEST_DATABASE_URL:-}" ]; then
        trap stop_test_postgres EXIT
        start_test_postgres
      fi
      .venv/bin/python -m pytest "$@" || failed+=("PostgreSQL (exit $?)")
      stop_test_postgres
      ;;
    *)
      echo "unknown test backend: $backend (sqlite or postgresql)" >&2
      exit 2
      ;;
  esac
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}" >&2
  exit 1
fi

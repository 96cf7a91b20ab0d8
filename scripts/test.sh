#!/usr/bin/env bash
# Install what the tests need (Debian packages, .venv with the test extras) and run them.
# Arguments go to pytest: scripts/test.sh -k idle
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_venv ".[test,camera]"  # the camera extra too, so its QtMultimedia code is tested
# A CUPS queue that prints to PDF files, for the print tests (needs root).
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" bash scripts/setup-cups-pdf.sh >/dev/null
# pytest exits 5 when it collected no test: that fails here too, as it should.
exec .venv/bin/python -m pytest "$@"

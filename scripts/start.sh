#!/usr/bin/env bash
# Install Trefpuntje (system libraries, then a virtual environment in .venv) and start it.
# Arguments go to the `trefpuntje` command: scripts/start.sh --kiosk, scripts/start.sh demo, ...
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
ensure_packages "${RUN_PACKAGES[@]}"
ensure_venv "."
exec .venv/bin/trefpuntje "$@"

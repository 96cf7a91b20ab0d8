# Debian packages Trefpuntje needs, sourced by start.sh and test.sh.
# Qt's xcb window plugin (PySide6 from PyPI) links these; ui/platform_check.py names
# the same packages when one is missing.
RUN_PACKAGES=(
  libxcb-cursor0 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libglx0 libopengl0
  libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libx11-6 libx11-xcb1 libxcb1 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1
  cups-client poppler-utils
)
# Printing goes through CUPS (lp); poppler draws the schedule preview in the office.
# What the tests add: a real X server and input for end-to-end tests, and a CUPS
# printer whose jobs land as PDF files (scripts/setup-cups-pdf.sh makes the queue).
# libpulse0 lets QtMultimedia (the camera extra, installed for the tests) load.
# postgresql: the suite's second pass runs on a throwaway PostgreSQL server
# (scripts/postgres-test-server.sh starts its own cluster, not the system's).
TEST_PACKAGES=(xvfb xdotool cups printer-driver-cups-pdf libpulse0 postgresql)

ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Debian's python3 needs python3-venv for `python3 -m venv`; other Pythons bring it.
if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
  RUN_PACKAGES+=(python3-venv)
fi

ensure_venv() {
  # $1: what to install with pip, for example "." or ".[test]"
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  local stamp=".venv/.installed-$(echo "$1" | tr -c 'a-z' '_')"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet --editable "$1"
    touch "$stamp"
  fi
}

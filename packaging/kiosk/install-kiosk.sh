#!/bin/bash
# Turn a Debian 12 machine into a Trefpuntje kiosk. Run as root; safe to run again
# (it also upgrades the app from the checkout).
#
#   sudo packaging/kiosk/install-kiosk.sh [CHECKOUT]
#
# CHECKOUT is a Trefpuntje source tree (default: the repository this script is in).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=$(cd "${1:-$HERE/../..}" && pwd)
APP_USER=trefpuntje
APP_HOME=/var/lib/trefpuntje
PREFIX=/opt/trefpuntje
VENV=$PREFIX/.venv
UNIT=trefpuntje-kiosk.service

# cage (Debian 12's cage 0.1.4 refuses to start without the Xwayland binary, and
# its package does not pull it in), plus what Qt's wayland platform plugin from
# PySide6-Essentials links against (ldd of PySide6/Qt/plugins/platforms/libqwayland.so
# and the wayland-egl plugin); the Qt libraries themselves come inside the PySide6
# wheel. libcups2 is for printing through CUPS (Qt's print support plugin).
PACKAGES=(
  cage xwayland
  python3 python3-venv
  libwayland-client0 libwayland-cursor0 libwayland-egl1 libxkbcommon0
  libegl1 libgl1 libegl-mesa0 libgl1-mesa-dri
  libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libcups2
)

if [[ $EUID -ne 0 ]]; then
  echo "install-kiosk.sh: run as root" >&2
  exit 1
fi
if [[ ! -f $SRC/pyproject.toml ]]; then
  echo "install-kiosk.sh: $SRC has no pyproject.toml; give a Trefpuntje checkout" >&2
  exit 1
fi

echo "== packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y "${PACKAGES[@]}"

echo "== user $APP_USER"
if ! id -u "$APP_USER" >/dev/null 2>&1; then
  # A system user with no password and no login shell: it only runs the kiosk.
  useradd --system --create-home --home-dir "$APP_HOME" \
    --shell /usr/sbin/nologin --comment "Trefpuntje kiosk" "$APP_USER"
fi

echo "== app into $VENV (from $SRC)"
# Owned by root, so the kiosk user can run the app but not change it.
install -d -m 0755 "$PREFIX"
if [[ ! -x $VENV/bin/python ]]; then
  # Debian's own Python, by full path: a python3 of root's (pyenv, conda) could
  # live where the kiosk user cannot read it.
  /usr/bin/python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --upgrade --quiet pip
"$VENV/bin/pip" install --upgrade "$SRC"
"$VENV/bin/trefpuntje" --version

echo "== systemd unit $UNIT"
install -m 0644 "$HERE/$UNIT" "/etc/systemd/system/$UNIT"
systemctl daemon-reload
# tty1 is the kiosk's; no login prompt competes for it at boot.
systemctl disable getty@tty1.service
systemctl set-default graphical.target
systemctl enable "$UNIT"
if systemctl is-active --quiet "$UNIT"; then
  systemctl restart "$UNIT"
fi

cat <<DONE

Done. Next:
  - create the coordinator (their PIN opens staff mode and leaves the kiosk):
      runuser -u $APP_USER -- $VENV/bin/trefpuntje setup
  - start the kiosk now, or reboot:
      systemctl start $UNIT
  - stop it again (from ssh):
      systemctl stop $UNIT
DONE
